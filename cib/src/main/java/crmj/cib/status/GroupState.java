package crmj.cib.status;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A group (or a clone instance of a group, {@code grp:N}).
 *
 * @param id the id
 * @param children the members, in order
 * @param runningOn the nodes where members run
 * @param disabled target-role Stopped (or Unpromoted in a promotable clone)
 * @param flags its flags
 */
public record GroupState(String id, List<ResourceState> children, List<String> runningOn, boolean disabled,
                         Set<ResourceFlag> flags) implements ResourceState {
    public GroupState {
        Objects.requireNonNull(id, "id");
        children = List.copyOf(children);
        runningOn = List.copyOf(runningOn);
        flags = Set.copyOf(flags);
    }
}

package crmj.cib.status;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A clone or promotable clone with its instances.
 *
 * @param id the clone id
 * @param childId the configured child's id
 * @param children the instances ({@link PrimitiveState} or {@link GroupState}), orphans included
 * @param runningOn the nodes where instances run
 * @param cloneMax the number of instances (clone-max)
 * @param allowedNodes names of the nodes instances may run on (as unpacked, before constraints)
 * @param knownOn names of the nodes where an instance's state is known from history
 * @param targetRole the clone's (or first instance's) target-role, if any
 * @param disabled target-role Stopped (or Unpromoted for a promotable clone)
 * @param flags its flags (PROMOTABLE, UNIQUE, MANAGED, ...)
 */
public record CloneState(String id, String childId, List<ResourceState> children, List<String> runningOn,
                         int cloneMax, List<String> allowedNodes, List<String> knownOn,
                         Optional<String> targetRole, boolean disabled, Set<ResourceFlag> flags)
        implements ResourceState {
    public CloneState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(childId, "childId");
        children = List.copyOf(children);
        runningOn = List.copyOf(runningOn);
        allowedNodes = List.copyOf(allowedNodes);
        knownOn = List.copyOf(knownOn);
        Objects.requireNonNull(targetRole, "targetRole");
        flags = Set.copyOf(flags);
    }
}

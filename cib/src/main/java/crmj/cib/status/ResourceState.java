package crmj.cib.status;

import java.util.List;
import java.util.Set;

/** A resource as the status shows it: a primitive (or clone instance), group, clone or bundle. */
public sealed interface ResourceState permits PrimitiveState, GroupState, CloneState, BundleState {
    /** The resource id (with {@code :N} for clone instances). */
    public String id();

    /** The resource's flags. */
    public Set<ResourceFlag> flags();

    /** The members, instances or replicas' resources (empty for primitives). */
    public List<ResourceState> children();

    /** Names of the nodes it runs on (for collective resources, where any member runs). */
    public List<String> runningOn();

    /** True when the flag is set. */
    public default boolean has(ResourceFlag flag) {
        return flags().contains(flag);
    }
}

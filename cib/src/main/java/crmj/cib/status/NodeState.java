package crmj.cib.status;

import java.util.Map;
import java.util.Objects;

/**
 * A node as the status shows it.
 *
 * @param id the node id
 * @param name the node name (uname)
 * @param kind cluster member, remote or guest node, or ping node
 * @param online up and able to run resources
 * @param unclean needs fencing (or its state is unknown while fencing is enabled)
 * @param pending joining the cluster
 * @param standby in standby (configured, transient, pending or on-fail)
 * @param standbyOnFail in standby because of an on-fail=standby failure
 * @param maintenance in maintenance
 * @param shutdown shutting down
 * @param health the node health colour from #health attributes (GREEN when no strategy is configured)
 * @param runningResources how many primitives run there
 * @param attributes the node attributes (configured and transient, plus Pacemaker's #uname, #id, ...)
 */
public record NodeState(String id, String name, Kind kind, boolean online, boolean unclean, boolean pending,
                        boolean standby, boolean standbyOnFail, boolean maintenance, boolean shutdown,
                        Health health, int runningResources, Map<String, String> attributes) {
    /** Node kinds. */
    public enum Kind { CLUSTER, REMOTE, GUEST, PING }

    /** Node health colours. */
    public enum Health { GREEN, YELLOW, RED }

    public NodeState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(health, "health");
        attributes = Map.copyOf(attributes);
    }
}

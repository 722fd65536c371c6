package crmj.cib.status;

import crmj.cib.model.Cib;
import crmj.cib.xml.CibXmlWriter;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of a cluster as Pacemaker derives it from a CIB ({@code cluster_status}): node states from
 * {@code node_state} entries, and where each resource instance runs, in which role, from the operation
 * history. This is what {@code crm status} shows and what the scheduler starts from.
 *
 * <p>The configuration is read through the model's exact XML mapping, so rules, id-refs and templates are
 * seen as Pacemaker sees them; the status section is parsed here.
 *
 * @param nodes the nodes, ordered by name as Pacemaker orders them
 * @param resources the top-level resources in crm_mon's order (by priority, then configuration order,
 *                  orphans last)
 * @param failedActions failed operations, in the order they were found
 * @param haveQuorum the CIB's have-quorum
 * @param dcNode the designated controller's name, if known
 * @param maintenanceMode cluster-wide maintenance-mode
 * @param stopAllResources cluster-wide stop-all-resources
 * @param stonithEnabled fencing enabled
 * @param instances resource instances counted as crm_mon counts them
 * @param disabledInstances instances with target-role Stopped
 * @param blockedInstances instances blocked from further action
 * @param now the time the state was evaluated at (epoch seconds)
 * @param cibAttributes the {@code <cib>} element's attributes (epoch, cib-last-written, update-user, ...)
 * @param properties the cluster properties in effect (crm_config, rules evaluated)
 */
public record ClusterState(List<NodeState> nodes, List<ResourceState> resources, List<FailedAction> failedActions,
                           boolean haveQuorum, Optional<String> dcNode, boolean maintenanceMode,
                           boolean stopAllResources, boolean stonithEnabled, int instances, int disabledInstances,
                           int blockedInstances, long now, Map<String, String> cibAttributes,
                           Map<String, String> properties) {
    public ClusterState {
        cibAttributes = Map.copyOf(cibAttributes);
        properties = Map.copyOf(properties);
        nodes = List.copyOf(nodes);
        resources = List.copyOf(resources);
        failedActions = List.copyOf(failedActions);
        Objects.requireNonNull(dcNode, "dcNode");
    }

    /**
     * The state of a CIB evaluated at its {@code execution-date} if it has one (as crm_simulate does),
     * else now. For {@code crm status} use {@link #of(Cib, Instant)} with the current time, as crm_mon
     * ignores the execution date.
     */
    public static ClusterState of(Cib cib) {
        return ofXml(CibXmlWriter.write(cib), null);
    }

    /** The state of a CIB evaluated at a given time (rules, failure timeouts, shutdown locks). */
    public static ClusterState of(Cib cib, Instant now) {
        return ofXml(CibXmlWriter.write(cib), now);
    }

    /** The state of a CIB given as XML text; {@code now} null means its execution-date, else the clock. */
    public static ClusterState ofXml(String cibXml, Instant now) {
        XmlDocument doc = XmlDocument.parse(cibXml);
        long seconds = now != null ? now.getEpochSecond() : executionDate(doc).orElse(Instant.now().getEpochSecond());
        WorkingSet ws = Unpacker.unpack(doc, seconds);
        return Snapshot.of(ws);
    }

    private static Optional<Long> executionDate(XmlDocument doc) {
        String value = doc.root().attr("execution-date");
        if (value == null) {
            return Optional.empty();
        }
        long v = Values.leadingLong(value, Long.MIN_VALUE);
        return v == Long.MIN_VALUE ? Optional.empty() : Optional.of(v);
    }

    /** The node with this name, if any. */
    public Optional<NodeState> node(String name) {
        for (NodeState n : nodes) {
            if (n.name().equals(name)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** The fail counts recorded on all nodes, node by node. */
    public List<FailCount> failCounts() {
        List<FailCount> out = new java.util.ArrayList<>();
        for (NodeState n : nodes) {
            out.addAll(FailCount.of(n));
        }
        return out;
    }

    /** The resource (or instance, member, replica resource) with this id, searched depth first. */
    public Optional<ResourceState> resource(String id) {
        for (ResourceState r : resources) {
            Optional<ResourceState> found = find(r, id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<ResourceState> find(ResourceState r, String id) {
        if (r.id().equals(id)) {
            return Optional.of(r);
        }
        for (ResourceState c : r.children()) {
            Optional<ResourceState> found = find(c, id);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}

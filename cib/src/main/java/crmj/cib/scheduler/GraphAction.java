package crmj.cib.scheduler;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One action of a transition graph, as Pacemaker's scheduler writes it into its graph
 * ({@code <rsc_op>}, {@code <pseudo_event>}, {@code <crm_event>}).
 *
 * @param id the action's number in the graph
 * @param type what executes it
 * @param task the operation: start, stop, monitor, promote, demote, notify, migrate_to, stonith,
 *             do_shutdown, running, stopped, promoted, demoted, notified, confirmed-pre/post, ...
 * @param key the operation key ({@code rsc_start_0}, {@code rsc_monitor_10000},
 *            {@code ms_drbd_promoted_0}, {@code stonith-node1-reboot})
 * @param resource the resource (instance) id as the graph names it ({@code drbd:0}), empty for cluster actions
 *                 and pseudo actions that belong to no resource
 * @param resourceLongId the instance's long id ({@code ms_drbd:drbd:0}) when it differs from {@code resource}
 * @param agent the resource agent for resource actions
 * @param node the node's name ({@code on_node}), empty for pseudo actions
 * @param nodeUuid the node's id ({@code on_node_uuid})
 * @param intervalMs the operation interval in milliseconds (0 for one-shot actions and probes)
 * @param attributes the action's attributes ({@code CRM_meta_*} such as {@code CRM_meta_op_target_rc},
 *                   {@code CRM_meta_notify_type}, {@code CRM_meta_stonith_action}, and instance parameters)
 * @param inputs the ids of the actions this one waits for
 */
public record GraphAction(int id, Type type, String task, String key, Optional<String> resource,
                          Optional<String> resourceLongId, Optional<Agent> agent, Optional<String> node,
                          Optional<String> nodeUuid, long intervalMs, Map<String, String> attributes,
                          List<Integer> inputs) {
    /** What executes an action. */
    public enum Type {
        /** A resource agent operation on a node ({@code rsc_op}). */
        RESOURCE,
        /** A point in the graph with no execution of its own ({@code pseudo_event}). */
        PSEUDO,
        /** A cluster action: fencing ({@code stonith}), shutdown, clearing fail counts ({@code crm_event}). */
        CLUSTER
    }

    /** A resource agent: {@code class}, {@code provider} (OCF only) and {@code type}. */
    public record Agent(String agentClass, Optional<String> provider, String type) {
        public Agent {
            Objects.requireNonNull(agentClass, "agentClass");
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(type, "type");
        }
    }

    public GraphAction {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(resourceLongId, "resourceLongId");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(nodeUuid, "nodeUuid");
        attributes = Map.copyOf(attributes);
        inputs = List.copyOf(inputs);
    }

    /** An attribute's value, if set. */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }
}

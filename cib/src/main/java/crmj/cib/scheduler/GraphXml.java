package crmj.cib.scheduler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pacemaker's transition graph XML ({@code <transition_graph>}, as {@code crm_simulate -G} saves it): read
 * into {@link GraphAction}s with their synapse priorities, and written from them.
 */
public final class GraphXml {
    private static final Map<String, GraphAction.Type> TYPES = Map.of("rsc_op", GraphAction.Type.RESOURCE,
            "pseudo_event", GraphAction.Type.PSEUDO, "crm_event", GraphAction.Type.CLUSTER);

    /**
     * A graph: its actions in synapse order and the synapses' priorities.
     *
     * @param actions one action per synapse, in graph order, each with its inputs
     * @param priorities the non-zero synapse priorities, by action id
     */
    public record Graph(List<GraphAction> actions, Map<Integer, Integer> priorities) {
        public Graph {
            actions = List.copyOf(actions);
            priorities = Map.copyOf(priorities);
        }
    }

    private GraphXml() {
    }

    /** Reads a transition graph. */
    public static Graph parse(String xml) {
        XmlTree root = XmlTree.parse(xml);
        List<GraphAction> actions = new ArrayList<>();
        Map<Integer, Integer> priorities = new HashMap<>();
        for (XmlTree synapse : root.elements("synapse")) {
            List<Integer> inputs = new ArrayList<>();
            synapse.elements("inputs").forEach(in -> in.elements("trigger").forEach(t ->
                    t.elements().forEach(e -> inputs.add(OpResult.leadingInt(e.attr("id"))))));
            int priority = OpResult.leadingInt(synapse.attr("priority"));
            for (XmlTree set : synapse.elements("action_set")) {
                for (XmlTree e : set.elements()) {
                    GraphAction a = action(e, inputs);
                    actions.add(a);
                    if (priority != 0) {
                        priorities.put(a.id(), priority);
                    }
                }
            }
        }
        return new Graph(actions, priorities);
    }

    private static GraphAction action(XmlTree e, List<Integer> inputs) {
        GraphAction.Type type = TYPES.get(e.tag());
        if (type == null) {
            throw new IllegalArgumentException("unknown transition graph action <" + e.tag() + ">");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        e.first("attributes").ifPresent(a -> attributes.putAll(a.attributes()));
        Optional<XmlTree> rsc = e.first("primitive");
        Optional<GraphAction.Agent> agent = rsc.filter(r -> r.attr("class") != null && r.attr("type") != null)
                .map(r -> new GraphAction.Agent(r.attr("class"), Optional.ofNullable(r.attr("provider")),
                        r.attr("type")));
        long interval = Math.max(0, OpResult.leadingInt(attributes.get("CRM_meta_interval")));
        return new GraphAction(OpResult.leadingInt(e.attr("id")), type, value(e, "operation"),
                value(e, "operation_key"), rsc.map(r -> r.attr("id")),
                rsc.map(r -> r.attr("long-id")), agent, Optional.ofNullable(e.attr("on_node")),
                Optional.ofNullable(e.attr("on_node_uuid")), interval, attributes, inputs);
    }

    private static String value(XmlTree e, String name) {
        String v = e.attr(name);
        return v == null ? "" : v;
    }

    /**
     * Writes a graph in Pacemaker's format (one synapse per action; inputs as triggers naming their action),
     * with the graph attributes crm_simulate writes by default.
     */
    public static String write(List<GraphAction> actions, Map<Integer, Integer> priorities) {
        Map<Integer, GraphAction> byId = new HashMap<>();
        actions.forEach(a -> byId.put(a.id(), a));
        XmlTree root = XmlTree.element("transition_graph").set("cluster-delay", "60s").set("stonith-timeout", "60s")
                .set("failed-stop-offset", "INFINITY").set("failed-start-offset", "INFINITY")
                .set("batch-limit", "0").set("transition_id", "0");
        int n = 0;
        for (GraphAction a : actions) {
            XmlTree synapse = root.add(XmlTree.element("synapse").set("id", Integer.toString(n++)));
            if (priorities.getOrDefault(a.id(), 0) != 0) {
                synapse.set("priority", Integer.toString(priorities.get(a.id())));
            }
            synapse.add(XmlTree.element("action_set")).add(element(a, true));
            XmlTree inputs = synapse.add(XmlTree.element("inputs"));
            for (int id : a.inputs()) {
                GraphAction in = byId.get(id);
                if (in != null) {
                    inputs.add(XmlTree.element("trigger")).add(element(in, false));
                }
            }
        }
        return root.print();
    }

    private static XmlTree element(GraphAction a, boolean full) {
        String tag = switch (a.type()) {
            case RESOURCE -> "rsc_op";
            case PSEUDO -> "pseudo_event";
            case CLUSTER -> "crm_event";
        };
        XmlTree e = XmlTree.element(tag).set("id", Integer.toString(a.id())).set("operation", a.task())
                .set("operation_key", a.key()).set("on_node", a.node().orElse(null))
                .set("on_node_uuid", a.nodeUuid().orElse(null));
        if (!full) {
            return e;
        }
        a.resource().ifPresent(r -> {
            XmlTree p = e.add(XmlTree.element("primitive").set("id", r));
            p.set("long-id", a.resourceLongId().orElse(null));
            a.agent().ifPresent(ag -> p.set("class", ag.agentClass()).set("provider", ag.provider().orElse(null))
                    .set("type", ag.type()));
        });
        XmlTree attrs = e.add(XmlTree.element("attributes"));
        new java.util.TreeMap<>(a.attributes()).forEach(attrs::set);
        return e;
    }
}

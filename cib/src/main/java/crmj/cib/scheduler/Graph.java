package crmj.cib.scheduler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The transition graph: the actions that will be executed, with the actions each waits for. */
final class Graph {
    private Graph() {
    }

    /** {@code should_add_action_to_graph}, in essence: required, runnable actions (and pseudo-actions). */
    static boolean inGraph(Act a) {
        if (a.is(Act.OPTIONAL) && !a.is(Act.PRINT_ALWAYS)) {
            return false;
        }
        if (!a.is(Act.RUNNABLE)) {
            return false;
        }
        if (a.rsc != null && !a.rsc.is(crmj.cib.status.WRsc.Flag.MANAGED) && !a.is(Act.PSEUDO)
                && !"monitor".equals(a.task)) {
            return false;
        }
        return a.is(Act.PSEUDO) || a.node != null;
    }

    static List<GraphAction> actions(Sched s) {
        List<Act> chosen = new ArrayList<>();
        for (Act a : s.actions) {
            if (inGraph(a)) {
                chosen.add(a);
            }
        }
        chosen.sort(Comparator.comparingInt(a -> a.id));
        Map<Act, Boolean> in = new HashMap<>();
        for (Act a : chosen) {
            in.put(a, true);
        }
        List<GraphAction> out = new ArrayList<>();
        for (Act a : chosen) {
            List<Integer> inputs = new ArrayList<>();
            for (Act.Link l : a.before) {
                if (l.type != OrderCons.NONE && in.containsKey(l.action) && !inputs.contains(l.action.id)) {
                    inputs.add(l.action.id);
                }
            }
            inputs.sort(Integer::compare);
            out.add(toGraphAction(a, inputs));
        }
        return out;
    }

    private static GraphAction toGraphAction(Act a, List<Integer> inputs) {
        GraphAction.Type type = a.is(Act.PSEUDO) ? GraphAction.Type.PSEUDO
                : a.rsc == null ? GraphAction.Type.CLUSTER : GraphAction.Type.RESOURCE;
        Map<String, String> attrs = new HashMap<>();
        for (Map.Entry<String, String> e : a.meta.entrySet()) {
            attrs.put("CRM_meta_" + e.getKey().replace('-', '_'), e.getValue());
        }
        Optional<GraphAction.Agent> agent = Optional.empty();
        if (a.rsc != null && a.rsc.xml.attr("type") != null) {
            agent = Optional.of(new GraphAction.Agent(a.rsc.xml.attr("class") == null ? "" : a.rsc.xml.attr("class"),
                    Optional.ofNullable(a.rsc.xml.attr("provider")), a.rsc.xml.attr("type")));
        }
        Optional<String> longId = Optional.empty();
        if (a.rsc != null && a.rsc.cloneName != null && !a.rsc.cloneName.equals(a.rsc.id)) {
            longId = Optional.of(a.rsc.cloneName);
        }
        boolean onNode = a.node != null && !a.is(Act.PSEUDO);
        return new GraphAction(a.id, type, a.task, a.uuid, Optional.ofNullable(a.rsc == null ? null : a.rsc.id), longId,
                agent, onNode ? Optional.of(a.node.uname) : Optional.empty(),
                onNode ? Optional.of(a.node.id) : Optional.empty(), a.intervalMs, attrs, inputs);
    }
}

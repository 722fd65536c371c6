package crmj.cib.scheduler;

import crmj.cib.status.Values;
import crmj.cib.status.WRsc;
import crmj.cib.status.WRsc.Flag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The transition graph ({@code pcmk__create_graph}): the actions to execute in Pacemaker's synapse order (each
 * resource's actions, its children's, then the remaining actions), each with the actions it waits for.
 */
final class Graph {
    private final Sched s;
    private final List<Act> synapses = new ArrayList<>();
    private final Map<Act, List<Act>> inputs = new HashMap<>();

    private Graph(Sched s) {
        this.s = s;
    }

    static List<GraphAction> actions(Sched s) {
        Graph g = new Graph(s);
        for (WRsc r : s.ws.resources) {
            g.addResource(r);
        }
        for (Act a : s.newestFirst()) {
            g.add(a);
        }
        List<GraphAction> out = new ArrayList<>();
        for (Act a : g.synapses) {
            List<Integer> ids = new ArrayList<>();
            for (Act in : g.inputs.get(a)) {
                ids.add(in.id);
            }
            out.add(g.toGraphAction(a, ids));
        }
        return out;
    }

    /** {@code add_actions_to_graph}: a clone expands its notifications and adds its instances first. */
    private void addResource(WRsc rsc) {
        if (rsc.isClone()) {
            for (Act a : new ArrayList<>(s.rs(rsc).actions)) {
                Resources.actionFlags(s, a, null);
            }
            Notifications.createAll(s, rsc);
            for (WRsc c : rsc.children) {
                addResource(c);
            }
        }
        for (Act a : new ArrayList<>(s.rs(rsc).actions)) {
            add(a);
        }
        for (WRsc c : rsc.children) {
            addResource(c);
        }
    }

    /** {@code should_add_action_to_graph}. */
    static boolean shouldAdd(Act a) {
        if (!a.is(Act.RUNNABLE)) {
            return false;
        }
        if (a.is(Act.OPTIONAL) && !a.is(Act.PRINT_ALWAYS)) {
            return false;
        }
        if (a.rsc != null && !a.rsc.is(Flag.MANAGED) && !"monitor".equals(a.task)) {
            String interval = a.meta.get("interval");
            if (interval == null || interval.equals("0")) {
                return false;
            }
        }
        if (a.is(Act.PSEUDO) || "stonith".equalsIgnoreCase(a.task) || "do_shutdown".equalsIgnoreCase(a.task)) {
            return true;
        }
        if (a.node == null) {
            return false;
        }
        if (a.is(Act.DC)) {
            return true;
        }
        if (a.node.isGuest() && !a.node.remoteRequiresReset) {
            return true;
        }
        return a.node.online && !a.node.unclean;
    }

    private static boolean canChange(Act.Link l) {
        return (l.type & ~(OrderCons.IMPLIES_FIRST_PRINTED | OrderCons.IMPLIES_THEN_PRINTED
                | OrderCons.OPTIONAL)) != 0;
    }

    /** {@code should_add_input_to_graph}. */
    private static boolean shouldAddInput(Act action, Act.Link input) {
        Act in = input.action;
        if (input.dumped) {
            return true;
        }
        if (input.type == OrderCons.NONE) {
            return false;
        } else if (!in.is(Act.RUNNABLE) && !canChange(input)) {
            return false;
        } else if (!in.is(Act.RUNNABLE) && (input.type & OrderCons.ONE_OR_MORE) != 0) {
            return false;
        } else if ((input.type & OrderCons.IMPLIES_FIRST_MIGRATABLE) != 0 && !in.is(Act.RUNNABLE)) {
            return false;
        } else if ((input.type & OrderCons.APPLY_FIRST_NON_MIGRATABLE) != 0 && in.is(Act.MIGRATE_RUNNABLE)) {
            return false;
        } else if (input.type == OrderCons.OPTIONAL && in.is(Act.MIGRATE_RUNNABLE) && in.uuid.endsWith("_stop_0")) {
            return false;
        } else if (input.type == OrderCons.LOAD) {
            if (in.node == null || action.node == null || in.node != action.node || in.is(Act.OPTIONAL)) {
                input.type = OrderCons.NONE;
                return false;
            }
        } else if (input.type == OrderCons.ANTI_COLOCATION) {
            if (in.node != null && action.node != null && in.node != action.node) {
                input.type = OrderCons.NONE;
                return false;
            } else if (in.is(Act.OPTIONAL)) {
                input.type = OrderCons.NONE;
                return false;
            }
        } else if (in.rsc != null && in.rsc != action.rsc && in.rsc.is(Flag.FAILED) && !in.rsc.is(Flag.MANAGED)
                && in.uuid.endsWith("_stop_0") && action.rsc != null && action.rsc.isClone()) {
            return false;
        } else if (in.is(Act.OPTIONAL) && !in.is(Act.PRINT_ALWAYS) && !in.is(Act.DUMPED) && !shouldAdd(in)) {
            return false;
        }
        return true;
    }

    /** {@code pcmk__deduplicate_action_inputs}: inputs by action id, duplicates merged. */
    private static void dedup(Act a) {
        a.before.sort((x, y) -> Integer.compare(x.action.id, y.action.id));
        List<Act.Link> out = new ArrayList<>();
        Act.Link last = null;
        for (Act.Link l : a.before) {
            if (last != null && l.action.id == last.action.id) {
                last.type |= l.type;
                last.dumped |= l.dumped;
            } else {
                last = l;
                l.dumped = false;
                out.add(l);
            }
        }
        a.before.clear();
        a.before.addAll(out);
    }

    private void add(Act a) {
        if (!a.is(Act.DEDUP)) {
            dedup(a);
            a.set(Act.DEDUP);
        }
        if (a.is(Act.DUMPED) || !shouldAdd(a)) {
            return;
        }
        a.set(Act.DUMPED);
        synapses.add(a);
        List<Act> in = new ArrayList<>();
        for (Act.Link l : a.before) {
            if (shouldAddInput(a, l)) {
                l.dumped = true;
                in.add(l.action);
            }
        }
        inputs.put(a, in);
    }

    /** {@code clone_op_key}: the operation key under the instance's name from the history. */
    private static String cloneOpKey(Act a, String cloneName) {
        if (a.task.equals("notify")) {
            return Notifications.key(cloneName, a.meta.get("notify_type"), a.meta.get("notify_operation"));
        }
        String task = a.task.equals("cancel") ? a.meta.getOrDefault("operation", a.task) : a.task;
        return Sched.opKey(cloneName, task, Values.leadingLong(a.meta.get("interval"), 0));
    }

    private GraphAction toGraphAction(Act a, List<Integer> inputs) {
        GraphAction.Type type = a.is(Act.PSEUDO) ? GraphAction.Type.PSEUDO
                : a.rsc == null || a.task.equals("clear_failcount") || a.task.equals("lrm_delete")
                ? GraphAction.Type.CLUSTER : GraphAction.Type.RESOURCE;
        Map<String, String> attrs = new HashMap<>();
        if (a.rsc != null && a.node != null) {
            attrs.putAll(Digests.params(s, a.rsc, a.node));
            attrs.putAll(Ops.extra(s, a.opEntry, a.node.attrs));
        }
        for (Map.Entry<String, String> e : a.meta.entrySet()) {
            attrs.put("CRM_meta_" + e.getKey().replace('-', '_'), e.getValue());
        }
        Optional<GraphAction.Agent> agent = Optional.empty();
        if (a.rsc != null && a.rsc.xml.attr("type") != null) {
            agent = Optional.of(new GraphAction.Agent(a.rsc.xml.attr("class") == null ? "" : a.rsc.xml.attr("class"),
                    Optional.ofNullable(a.rsc.xml.attr("provider")), a.rsc.xml.attr("type")));
        }
        String rscId = null;
        Optional<String> longId = Optional.empty();
        String key = a.uuid;
        if (a.rsc != null) {
            WRsc r = a.rsc;
            if (r.is(Flag.ORPHAN) && r.cloneName != null) {
                rscId = r.cloneName;
                longId = Optional.of(r.id);
            } else if (!r.is(Flag.UNIQUE)) {
                rscId = r.xml.id();
                longId = Optional.of(r.cloneName != null && !r.cloneName.equals(rscId) ? r.cloneName : r.id);
            } else {
                rscId = r.id;
            }
            if (r.cloneName != null) {
                key = cloneOpKey(a, r.cloneName);
            }
        }
        boolean onNode = a.node != null && !a.is(Act.PSEUDO);
        return new GraphAction(a.id, type, a.task, key, Optional.ofNullable(rscId), longId, agent, onNode ? Optional.of(a.node.uname) : Optional.empty(),
                onNode ? Optional.of(a.node.id) : Optional.empty(), a.intervalMs, attrs, inputs);
    }
}

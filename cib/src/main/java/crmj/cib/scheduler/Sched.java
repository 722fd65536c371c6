package crmj.cib.scheduler;

import crmj.cib.status.ClusterOptions;
import crmj.cib.status.Role;
import crmj.cib.status.Snapshot;
import crmj.cib.status.Values;
import crmj.cib.status.WNode;
import crmj.cib.status.WRsc;
import crmj.cib.status.WRsc.Flag;
import crmj.cib.status.WRsc.Variant;
import crmj.cib.status.WorkingSet;
import crmj.cib.status.XmlElement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scheduler's working state over an unpacked working set ({@code pe_working_set_t} during
 * {@code pcmk__schedule_actions}): the actions, orderings, colocations and locations, and the basic
 * operations on them (creating actions, ordering them, propagating flags along orderings).
 */
final class Sched {
    static final int INFINITY = Values.INFINITY;

    final WorkingSet ws;
    /** crm_simulate --show-scores lines, collected while scheduling; null when not asked for. */
    List<String> scores;
    /** {@code pcmk__readable_interval}'s static buffer: a zero interval reads as the last one formatted. */
    private String readableInterval = "";

    /** {@code pcmk__readable_interval}, with its static buffer (used in the notes crm_simulate prints). */
    String readableInterval(long ms) {
        if (ms > 0) {
            readableInterval = crmj.cib.status.FailedActionText.readableInterval(ms);
        } else if (readableInterval.isEmpty()) {
            readableInterval = "0s";
        }
        return readableInterval;
    }
    /** All actions, oldest first (Pacemaker's {@code data_set->actions} is this list reversed). */
    final List<Act> actions = new ArrayList<>();
    final Map<String, Act> singletons = new HashMap<>();
    /** Ordering constraints in creation order. */
    final List<OrderCons> orderings = new ArrayList<>();
    final List<Coloc> colocations = new ArrayList<>();
    /** Location constraints, newest first ({@code placement_constraints}). */
    final List<Loc> locations = new ArrayList<>();
    private final Map<WRsc, RS> states = new IdentityHashMap<>();
    private final Map<WNode, Integer> numResources = new IdentityHashMap<>();
    /** Discovery modes recorded on resources' allowed nodes by location constraints. */
    private final Map<WRsc, Map<String, Loc.Discover>> discovery = new IdentityHashMap<>();
    /** Instance counts on allowed nodes ({@code pe_node_t.count}), by table owner and node id. */
    private final Map<WRsc, Map<String, Integer>> counts = new IdentityHashMap<>();
    int actionId;
    int orderId;

    private Map<String, WRsc> resourceIndex;
    private Map<String, WNode> nodeIndex;

    Sched(WorkingSet ws) {
        this.ws = ws;
    }

    /** {@code pe_find_resource} through an index built on first use (the first match depth first wins). */
    WRsc findResource(String id) {
        if (resourceIndex == null) {
            resourceIndex = new HashMap<>();
            for (WRsc r : ws.resources) {
                index(r);
            }
        }
        return id == null ? null : resourceIndex.get(id);
    }

    private void index(WRsc r) {
        resourceIndex.putIfAbsent(r.id, r);
        if (r.cloneName != null) {
            resourceIndex.putIfAbsent(r.cloneName, r);
        }
        for (WRsc c : r.children) {
            index(c);
        }
    }

    RS rs(WRsc rsc) {
        return states.computeIfAbsent(rsc, RS::new);
    }

    ClusterOptions options() {
        return ws.options;
    }

    static String opKey(String rscId, String task, long intervalMs) {
        return rscId + "_" + task + "_" + intervalMs;
    }

    // ---- nodes

    int count(WRsc owner, String nodeId) {
        return counts.getOrDefault(owner, Map.of()).getOrDefault(nodeId, 0);
    }

    void setCount(WRsc owner, String nodeId, int value) {
        counts.computeIfAbsent(owner, k -> new HashMap<>()).put(nodeId, value);
    }

    void resetCounts(WRsc owner) {
        counts.remove(owner);
    }

    void raiseDiscovery(WRsc rsc, String nodeId, Loc.Discover mode) {
        Map<String, Loc.Discover> modes = discovery.computeIfAbsent(rsc, k -> new HashMap<>());
        Loc.Discover old = modes.getOrDefault(nodeId, Loc.Discover.ALWAYS);
        if (old.compareTo(mode) < 0) {
            modes.put(nodeId, mode);
        }
    }

    boolean exclusiveOn(WRsc rsc, WNode node) {
        return discovery.getOrDefault(rsc, Map.of()).get(node.id) == Loc.Discover.EXCLUSIVE;
    }

    boolean discoverNeverOn(WRsc rsc, WNode node) {
        return discovery.getOrDefault(rsc, Map.of()).get(node.id) == Loc.Discover.NEVER;
    }

    int numResources(WNode node) {
        return numResources.getOrDefault(node, 0);
    }

    void addNumResources(WNode node, int delta) {
        numResources.merge(node, delta, Integer::sum);
    }

    /** {@code pcmk__node_available}. */
    static boolean nodeAvailable(WNode node, Integer weight, boolean considerScore) {
        if (node == null || !node.online || node.shutdown || node.unclean || node.standby || node.maintenance) {
            return false;
        }
        return !considerScore || weight == null || weight >= 0;
    }

    WNode nodeById(String id) {
        if (nodeIndex == null) {
            nodeIndex = new HashMap<>();
            for (WNode n : ws.nodes) {
                nodeIndex.putIfAbsent(n.id, n);
            }
        }
        return nodeIndex.get(id);
    }

    /** {@code pcmk__any_node_available} over a node-id to weight table. */
    boolean anyNodeAvailable(Map<String, Integer> table) {
        for (Map.Entry<String, Integer> e : table.entrySet()) {
            if (nodeAvailable(nodeById(e.getKey()), e.getValue(), true)) {
                return true;
            }
        }
        return false;
    }

    static WNode currentNode(WRsc rsc) {
        return Snapshot.currentNode(rsc);
    }

    // ---- actions

    /** {@code custom_action}. */
    Act customAction(WRsc rsc, String key, String task, WNode node, boolean optional, boolean save) {
        Act action = null;
        if (save) {
            if (rsc == null) {
                Act single = singletons.get(key);
                action = single != null && (node == null || single.node == null || single.node == node) ? single : null;
                if (action != null && action.node == null && node != null) {
                    action.node = node;
                }
            } else {
                List<Act> matches = matchNode(keyed(rsc, key), node);
                action = matches.isEmpty() ? null : matches.get(0);
            }
        }
        if (action == null) {
            action = newAction(key, task, rsc, node, optional, save);
        }
        updateActionOptional(action, optional);
        if (rsc != null) {
            updateRunnable(action, save);
        }
        return action;
    }

    private Act newAction(String key, String task, WRsc rsc, WNode node, boolean optional, boolean save) {
        Act a = new Act(save ? actionId++ : -1, key, task, rsc, node);
        if (task.equals("lrm_delete")) {
            a.set(Act.DC);
        }
        a.set(Act.RUNNABLE);
        if (optional) {
            a.set(Act.OPTIONAL);
        }
        if (rsc != null) {
            Ops.unpack(this, a);
        }
        if (save) {
            actions.add(a);
            if (rsc == null) {
                singletons.put(key, a);
            } else {
                RS st = rs(rsc);
                st.actions.add(0, a);
                st.byKey.computeIfAbsent(key.toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(0, a);
                st.byTask.computeIfAbsent(task.toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(0, a);
            }
        }
        return a;
    }

    private static void updateActionOptional(Act a, boolean optional) {
        if (a.rsc != null && a.node != null && !a.is(Act.PSEUDO) && !a.rsc.is(Flag.MANAGED)
                && !a.meta.containsKey("interval")) {
            a.set(Act.OPTIONAL);
        } else if (!optional) {
            a.clear(Act.OPTIONAL);
        }
    }

    private void updateRunnable(Act a, boolean forGraph) {
        if (a.is(Act.PSEUDO)) {
            return;
        }
        if (a.node == null) {
            a.clear(Act.RUNNABLE);
        } else if (!a.is(Act.DC) && !a.node.online && (!a.node.isGuest() || a.node.remoteRequiresReset)) {
            a.clear(Act.RUNNABLE);
            if (a.rsc.is(Flag.MANAGED) && forGraph && a.task.equals("stop") && !a.node.unclean) {
                Fencing.fenceNode(this, a.node, "stop is unrunnable", false);
            }
        } else if (!a.is(Act.DC) && a.node.pending) {
            a.clear(Act.RUNNABLE);
        } else if (a.needs == Act.Needs.NOTHING) {
            a.reason = null;
            a.set(Act.RUNNABLE);
        } else {
            switch (effectiveQuorumPolicy(a.rsc)) {
                case STOP -> {
                    a.clear(Act.RUNNABLE);
                    a.setReason("no quorum", true);
                }
                case FREEZE -> {
                    if (!Resources.active(a.rsc) || a.rsc.nextRole.isAfter(a.rsc.role)) {
                        a.clear(Act.RUNNABLE);
                        a.setReason("quorum freeze", true);
                    }
                }
                default -> a.set(Act.RUNNABLE);
            }
        }
    }

    private ClusterOptions.NoQuorumPolicy effectiveQuorumPolicy(WRsc rsc) {
        ClusterOptions.NoQuorumPolicy policy = ws.options.noQuorumPolicy;
        if (ws.options.haveQuorum) {
            return ClusterOptions.NoQuorumPolicy.IGNORE;
        }
        if (policy == ClusterOptions.NoQuorumPolicy.DEMOTE) {
            if (rsc.role == Role.PROMOTED || rsc.role == Role.UNPROMOTED) {
                if (rsc.nextRole.isAfter(Role.UNPROMOTED)) {
                    rsc.nextRole = Role.UNPROMOTED;
                }
                return ClusterOptions.NoQuorumPolicy.IGNORE;
            }
            return ClusterOptions.NoQuorumPolicy.STOP;
        }
        return policy;
    }

    /** The actions in Pacemaker's list order (newest first). */
    List<Act> newestFirst() {
        List<Act> out = new ArrayList<>(actions);
        java.util.Collections.reverse(out);
        return out;
    }

    Act pseudoOp(String name) {
        Act op = singletons.get(name);
        if (op == null) {
            op = customAction(null, name, name, null, true, true);
            op.set(Act.PSEUDO | Act.RUNNABLE);
        }
        return op;
    }

    private final Map<WRsc, Map<WNode, Map<String, String>>> paramCache = new IdentityHashMap<>();
    private final Map<WRsc, Map<String, java.util.Optional<XmlElement>>> opCache = new IdentityHashMap<>();
    private final Map<String, Map<String, String>> opDefaultsCache = new HashMap<>();

    /** {@code find_rsc_op_entry} (disabled ops included), cached per resource and key. */
    XmlElement opEntry(WRsc rsc, String key) {
        return opCache.computeIfAbsent(rsc, r -> new HashMap<>())
                .computeIfAbsent(key, k -> java.util.Optional.ofNullable(crmj.cib.status.OpConfig.find(rsc, k, ws)))
                .orElse(null);
    }

    /** op_defaults' meta-attributes for an agent and operation, evaluated once each. */
    Map<String, String> opDefaults(String cacheKey, java.util.function.Supplier<Map<String, String>> compute) {
        return opDefaultsCache.computeIfAbsent(cacheKey, k -> compute.get());
    }

    /** A resource's parameters for a node, computed once ({@code pe_rsc_params}'s cache); not to be changed. */
    Map<String, String> params(WRsc rsc, WNode node, java.util.function.Supplier<Map<String, String>> compute) {
        return paramCache.computeIfAbsent(rsc, r -> new HashMap<>()).computeIfAbsent(node, n -> compute.get());
    }

    /** {@code find_first_action(rsc->actions, NULL, task, node)} through the task index. */
    Act firstByTask(WRsc rsc, String task, WNode node) {
        List<Act> list = rs(rsc).byTask.get(task.toLowerCase(java.util.Locale.ROOT));
        return list == null ? null : findFirstAction(list, null, task, node);
    }

    /** Renames an action's task (Pacemaker turns the recurring op found by key into the cancellation). */
    void renameTask(Act a, String task) {
        if (a.rsc != null) {
            List<Act> old = rs(a.rsc).byTask.get(a.task.toLowerCase(java.util.Locale.ROOT));
            if (old != null) {
                old.remove(a);
            }
            List<Act> list = rs(a.rsc).byTask.computeIfAbsent(task.toLowerCase(java.util.Locale.ROOT),
                    k -> new ArrayList<>());
            // keep the list newest first
            int at = 0;
            while (at < list.size() && list.get(at).id > a.id) {
                at++;
            }
            list.add(at, a);
        }
        a.task = task;
    }

    /** A resource's actions with this key (ignoring case), newest first: what {@code find_actions} scans. */
    List<Act> keyed(WRsc rsc, String key) {
        List<Act> list = rs(rsc).byKey.get(key.toLowerCase(java.util.Locale.ROOT));
        return list == null ? List.of() : list;
    }

    /** {@code find_actions} over actions already matching the key (from {@link #keyed}). */
    static List<Act> matchNode(List<Act> sameKey, WNode node) {
        List<Act> result = new ArrayList<>();
        for (Act a : sameKey) {
            if (node == null) {
                result.add(0, a);
            } else if (a.node == null) {
                a.node = node;
                result.add(0, a);
            } else if (node == a.node) {
                result.add(0, a);
            }
        }
        return result;
    }

    /** {@code find_actions}: matches, unassigned ones assigned to the node (result oldest first). */
    static List<Act> findActions(List<Act> input, String key, WNode node) {
        List<Act> sameKey = new ArrayList<>();
        for (Act a : input) {
            if (key.equalsIgnoreCase(a.uuid)) {
                sameKey.add(a);
            }
        }
        return matchNode(sameKey, node);
    }

    /** {@code find_actions_exact}. */
    static List<Act> findActionsExact(List<Act> input, String key, WNode node) {
        List<Act> result = new ArrayList<>();
        if (node == null) {
            return result;
        }
        for (Act a : input) {
            if (a.node != null && key.equalsIgnoreCase(a.uuid) && a.node.id.equalsIgnoreCase(node.id)) {
                result.add(0, a);
            }
        }
        return result;
    }

    /** {@code find_first_action}. */
    static Act findFirstAction(List<Act> input, String uuid, String task, WNode node) {
        for (Act a : input) {
            if (uuid != null && !uuid.equalsIgnoreCase(a.uuid)) {
                continue;
            }
            if (task != null && !task.equalsIgnoreCase(a.task)) {
                continue;
            }
            if (node == null) {
                return a;
            }
            if (a.node != null && a.node == node) {
                return a;
            }
        }
        return null;
    }

    /** {@code pe__resource_actions}. */
    List<Act> resourceActions(WRsc rsc, WNode node, String task, boolean requireNode) {
        String key = opKey(rsc.id, task, 0);
        return requireNode ? findActionsExact(keyed(rsc, key), key, node) : matchNode(keyed(rsc, key), node);
    }

    Act first(List<Act> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    Act startAction(WRsc rsc, WNode node, boolean optional) {
        return customAction(rsc, opKey(rsc.id, "start", 0), "start", node, optional, true);
    }

    Act stopAction(WRsc rsc, WNode node, boolean optional) {
        return customAction(rsc, opKey(rsc.id, "stop", 0), "stop", node, optional, true);
    }

    Act promoteAction(WRsc rsc, WNode node, boolean optional) {
        return customAction(rsc, opKey(rsc.id, "promote", 0), "promote", node, optional, true);
    }

    Act demoteAction(WRsc rsc, WNode node, boolean optional) {
        return customAction(rsc, opKey(rsc.id, "demote", 0), "demote", node, optional, true);
    }

    // ---- orderings

    /** {@code order_actions}: links two actions; false when already linked with an overlapping type. */
    static boolean orderActions(Act first, Act then, int type) {
        if (type == OrderCons.NONE || first == null || then == null || first == then) {
            return false;
        }
        for (Act.Link after : first.after) {
            if (after.action == then && (after.type & type) != 0) {
                return false;
            }
        }
        first.after.add(0, new Act.Link(then, type));
        then.before.add(0, new Act.Link(first, type));
        return true;
    }

    /** {@code pcmk__new_ordering}. */
    void newOrdering(WRsc firstRsc, String firstTask, Act firstAction, WRsc thenRsc, String thenTask,
                     Act thenAction, int flags) {
        orderings.add(new OrderCons(orderId++, flags, firstRsc, firstTask, firstAction, thenRsc, thenTask,
                thenAction));
    }

    /** {@code pcmk__order_resource_actions}. */
    void orderResourceActions(WRsc first, String firstTask, WRsc then, String thenTask, int flags) {
        newOrdering(first, opKey(first.id, firstTask, 0), null, then, opKey(then.id, thenTask, 0), null, flags);
    }

    void orderStarts(WRsc first, WRsc then, int flags) {
        orderResourceActions(first, "start", then, "start", flags);
    }

    void orderStops(WRsc first, WRsc then, int flags) {
        orderResourceActions(first, "stop", then, "stop", flags);
    }

    /** {@code pcmk__apply_orderings}. */
    void applyOrderings() {
        for (OrderCons order : orderings) {
            if (order.firstRsc != null) {
                orderFirst(order.firstRsc, order);
            } else if (order.thenRsc != null) {
                orderActionsAfter(order.firstAction, order.thenRsc, order);
            } else {
                orderActions(order.firstAction, order.thenAction, order.flags);
            }
        }
        List<Act> newestFirst = newestFirst();
        for (Act a : newestFirst) {
            Colocations.blockDependents(this, a);
        }
        Probes.orderProbes(this);
        for (Act a : newestFirst) {
            Orderings.update(this, a);
        }
    }

    private List<Act> findActionsByTask(WRsc rsc, String originalKey) {
        List<Act> list = matchNode(keyed(rsc, originalKey), null);
        if (list.isEmpty()) {
            String[] parsed = parseOpKey(originalKey);
            if (parsed != null) {
                String key = opKey(rsc.id, parsed[1], Long.parseLong(parsed[2]));
                list = matchNode(keyed(rsc, key), null);
            }
        }
        return list;
    }

    private void orderActionsAfter(Act firstAction, WRsc rsc, OrderCons order) {
        int flags = order.flags;
        List<Act> thens = order.thenAction != null ? List.of(order.thenAction) : findActionsByTask(rsc, order.thenTask);
        if (thens.isEmpty()) {
            return;
        }
        if (firstAction != null && firstAction.rsc == rsc && firstAction.is(Act.DANGLE)) {
            flags &= ~OrderCons.IMPLIES_THEN;
        }
        if (firstAction == null && (flags & OrderCons.IMPLIES_THEN) == 0) {
            return;
        }
        for (Act then : thens) {
            if (firstAction != null) {
                orderActions(firstAction, then, flags);
            } else {
                then.clear(Act.RUNNABLE);
            }
        }
    }

    private void orderFirst(WRsc firstRsc, OrderCons order) {
        List<Act> firsts = order.firstAction != null ? List.of(order.firstAction)
                : findActionsByTask(firstRsc, order.firstTask);
        WRsc thenRsc = order.thenRsc;
        if (firsts.isEmpty() && firstRsc == thenRsc) {
            return;
        }
        if (firsts.isEmpty()) {
            String[] parsed = parseOpKey(order.firstTask);
            String opType = parsed[1];
            Role state = Resources.state(firstRsc, true);
            if (state == Role.STOPPED && opType.equalsIgnoreCase("stop")) {
                return;
            }
            if (state == Role.UNPROMOTED && opType.equalsIgnoreCase("demote")) {
                return;
            }
            String key = opKey(firstRsc.id, opType, Long.parseLong(parsed[2]));
            firsts = List.of(customAction(firstRsc, key, opType, null, true, true));
        }
        if (thenRsc == null) {
            if (order.thenAction == null) {
                return;
            }
            thenRsc = order.thenAction.rsc;
        }
        for (Act first : firsts) {
            if (thenRsc == null) {
                orderActions(first, order.thenAction, order.flags);
            } else {
                orderActionsAfter(first, thenRsc, order);
            }
        }
    }

    /** {@code parse_op_key}: {rsc, task, interval} or null. */
    static String[] parseOpKey(String key) {
        if (key == null) {
            return null;
        }
        int last = key.lastIndexOf('_');
        if (last <= 0 || last == key.length() - 1) {
            return null;
        }
        for (int i = last + 1; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        String interval = key.substring(last + 1);
        String rest = key.substring(0, last);
        if (rest.contains("_notify_")) {
            String[] notifyTasks = {"_pre_notify_", "_post_notify_", "_confirmed-pre_notify_",
                "_confirmed-post_notify_"};
            for (String marker : notifyTasks) {
                int at = rest.indexOf(marker);
                if (at > 0) {
                    return new String[] {rest.substring(0, at), rest.substring(at + 1), interval};
                }
            }
        }
        int sep = rest.lastIndexOf('_');
        if (sep <= 0) {
            return null;
        }
        String task = rest.substring(sep + 1);
        String rsc = rest.substring(0, sep);
        if (rsc.endsWith("_migrate") && (task.equals("to") || task.equals("from"))) {
            task = "migrate_" + task;
            rsc = rsc.substring(0, rsc.length() - "_migrate".length());
        }
        return new String[] {rsc, task, interval};
    }

    static boolean isParent(WRsc child, WRsc rsc) {
        WRsc parent = child;
        if (parent == null || rsc == null) {
            return false;
        }
        while (parent.parent != null) {
            if (parent.parent == rsc) {
                return true;
            }
            parent = parent.parent;
        }
        return false;
    }

    static boolean isGroup(WRsc rsc) {
        return rsc.variant == Variant.GROUP;
    }

    static XmlElement rscXml(WRsc rsc) {
        return rsc.xml;
    }
}

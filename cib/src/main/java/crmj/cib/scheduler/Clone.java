package crmj.cib.scheduler;

import crmj.cib.status.Role;
import crmj.cib.status.Values;
import crmj.cib.status.WNode;
import crmj.cib.status.WRsc;
import crmj.cib.status.WRsc.Flag;
import crmj.cib.status.WRsc.Variant;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assignment and actions of clones ({@code pcmk_sched_clone.c}, instance parts of {@code pcmk_sched_resource.c}). */
final class Clone {
    private Clone() {
    }

    static boolean ordered(WRsc clone) {
        return Values.isTrue(clone.meta.get("ordered"));
    }

    static boolean interleave(WRsc clone) {
        return Values.isTrue(clone.meta.get("interleave"));
    }

    /** {@code pcmk__top_allowed_node}: the weight on the parent's (or own) table, null when absent. */
    static WRsc topOwner(WRsc rsc) {
        return rsc.parent == null ? rsc : rsc.parent;
    }

    // ---- assignment

    /** {@code pcmk__clone_allocate}. */
    static WNode assign(Sched s, WRsc rsc, WNode prefer) {
        RS st = s.rs(rsc);
        if (!st.provisional || st.allocating) {
            return null;
        }
        if (rsc.is(Flag.PROMOTABLE)) {
            Promotable.addPromotionScores(s, rsc);
        }
        st.allocating = true;
        for (Coloc c : new ArrayList<>(st.thisWith)) {
            Resources.assign(s, c.primary(), prefer);
        }
        for (Coloc c : new ArrayList<>(st.withThis)) {
            if (Colocations.hasInfluence(c, null)) {
                Map<String, Integer> result = Colocations.addColocatedNodeScores(s, c.dependent(), rsc.id,
                        rsc.allowedNodes, c.nodeAttribute(), c.score() / (float) Sched.INFINITY,
                        Colocations.SELECT_ACTIVE | Colocations.SELECT_NONNEGATIVE);
                Prim.replaceAllowed(rsc, result);
            }
        }
        Scores.nodeWeights(s, rsc, "pcmk__clone_allocate");
        List<WNode> nodes = Prim.sortedAllowed(s, rsc, rsc.allowedNodes, null);
        rsc.children.sort(instanceComparator(s));
        distribute(s, rsc, nodes, rsc.cloneMax, rsc.cloneNodeMax);
        if (rsc.is(Flag.PROMOTABLE)) {
            Promotable.setInstanceRoles(s, rsc);
        }
        st.provisional = false;
        st.allocating = false;
        return null;
    }

    private static void distribute(Sched s, WRsc rsc, List<WNode> nodes, int max, int perHostMax) {
        int available = 0;
        s.resetCounts(rsc);
        for (WNode n : nodes) {
            if (Sched.nodeAvailable(n, null, false)) {
                available++;
            }
        }
        boolean allColoc = max < available;
        int loopMax = available > 0 ? max / available : 0;
        if (loopMax < 1) {
            loopMax = 1;
        }
        int allocated = 0;
        for (WRsc child : rsc.children) {
            if (allocated >= max) {
                break;
            }
            if (child.runningOn.isEmpty() || !s.rs(child).provisional || Resources.failed(child)) {
                continue;
            }
            WNode childNode = Sched.currentNode(child);
            if (!Sched.nodeAvailable(childNode, null, true)) {
                continue;
            }
            if (rsc.allowedNodes.containsKey(childNode.id) && s.count(rsc, childNode.id) >= loopMax) {
                continue;
            }
            if (allocateInstance(s, child, childNode, allColoc, perHostMax) != null) {
                allocated++;
            }
        }
        for (WRsc child : rsc.children) {
            if (!s.rs(child).provisional) {
                continue;
            }
            if (allocated >= max) {
                banAll(s, child);
            } else if (allocateInstance(s, child, null, allColoc, perHostMax) != null) {
                allocated++;
            }
        }
    }

    /** resource_location(rsc, NULL, -INFINITY): banned everywhere, any assignment dropped. */
    static void banAll(Sched s, WRsc rsc) {
        s.ws.locationAll(rsc, -Sched.INFINITY);
        unassignRecursive(s, rsc, false);
    }

    private static void unassignRecursive(Sched s, WRsc rsc, boolean count) {
        RS st = s.rs(rsc);
        if (count) {
            Prim.unassign(s, rsc);
        } else {
            st.allocatedTo = null;
        }
        for (WRsc c : rsc.children) {
            unassignRecursive(s, c, count);
        }
    }

    private static void canRunInstance(Sched s, WRsc rsc, int limit) {
        for (String id : new ArrayList<>(rsc.allowedNodes.keySet())) {
            WNode node = s.nodeById(id);
            boolean ok = false;
            int penalty = -Sched.INFINITY;
            if (node != null && Sched.nodeAvailable(node, null, false) && !rsc.is(Flag.ORPHAN)) {
                WRsc owner = topOwner(rsc);
                Integer local = owner.allowedNodes.get(node.id);
                if (local == null) {
                    ok = false;
                } else if (local < 0) {
                    penalty = local;
                } else if (s.count(owner, node.id) < limit) {
                    ok = true;
                }
            }
            if (!ok) {
                updateScore(rsc, id, penalty);
            }
        }
    }

    /** {@code common_update_score}: sets a score on a resource's node and all its children's. */
    private static void updateScore(WRsc rsc, String nodeId, int score) {
        if (rsc.allowedNodes.containsKey(nodeId)) {
            rsc.allowedNodes.put(nodeId, score);
        }
        for (WRsc c : rsc.children) {
            updateScore(c, nodeId, score);
        }
    }

    private static WNode allocateInstance(Sched s, WRsc rsc, WNode prefer, boolean allColoc, int limit) {
        RS st = s.rs(rsc);
        if (!st.provisional) {
            return Resources.location(s, rsc);
        }
        if (st.allocating) {
            return null;
        }
        appendParentColocation(s, rsc.parent, rsc, allColoc);
        if (prefer != null) {
            Integer w = rsc.allowedNodes.get(prefer.id);
            if (w == null || w < 0) {
                return null;
            }
        }
        canRunInstance(s, rsc, limit);
        Map<String, Integer> backup = deepAllowed(rsc);
        WNode chosen = Resources.assign(s, rsc, prefer);
        if (chosen != null && prefer != null && chosen != prefer) {
            restoreAllowed(rsc, backup);
            unassignResource(s, rsc);
            chosen = null;
        }
        if (chosen != null) {
            WRsc owner = topOwner(rsc);
            if (owner.allowedNodes.containsKey(chosen.id)) {
                s.setCount(owner, chosen.id, s.count(owner, chosen.id) + 1);
            }
        }
        return chosen;
    }

    /** {@code pcmk__unassign_resource}. */
    static void unassignResource(Sched s, WRsc rsc) {
        RS st = s.rs(rsc);
        if (st.allocatedTo == null) {
            return;
        }
        if (rsc.children.isEmpty()) {
            s.addNumResources(st.allocatedTo, -1);
            st.allocatedTo = null;
            st.provisional = true;
        } else {
            st.allocatedTo = null;
            for (WRsc c : rsc.children) {
                unassignResource(s, c);
            }
        }
    }

    private static Map<String, Integer> deepAllowed(WRsc rsc) {
        return new LinkedHashMap<>(rsc.allowedNodes);
    }

    private static void restoreAllowed(WRsc rsc, Map<String, Integer> backup) {
        Prim.replaceAllowed(rsc, backup);
    }

    private static void appendParentColocation(Sched s, WRsc parent, WRsc child, boolean all) {
        for (Coloc c : s.rs(parent).thisWith) {
            if (all || c.score() < 0 || c.score() == Sched.INFINITY) {
                Colocations.addThisWith(s, child, c);
            }
        }
        for (Coloc c : s.rs(parent).withThis) {
            if (!Colocations.hasInfluence(c, child)) {
                continue;
            }
            if (all || c.score() < 0) {
                Colocations.addWithThis(s, child, c);
            }
        }
    }

    // ---- instance ordering

    static int instanceNumber(WRsc rsc) {
        int at = rsc.id.lastIndexOf(':');
        if (at < 0) {
            at = rsc.id.lastIndexOf('-');
        }
        return (int) Values.leadingLong(rsc.id.substring(at + 1), 0);
    }

    static Comparator<WRsc> byInstanceNumber() {
        return Comparator.comparingInt(Clone::instanceNumber);
    }

    private static WNode allowedOrNull(WRsc rsc, WNode node) {
        if (node == null) {
            return null;
        }
        Integer w = rsc.allowedNodes.get(node.id);
        return w == null || w < 0 ? null : node;
    }

    /** {@code pcmk__cmp_instance}. */
    static Comparator<WRsc> instanceComparator(Sched s) {
        return (i1, i2) -> {
            int n1 = i1.runningOn.size();
            int n2 = i2.runningOn.size();
            WNode node1 = Sched.currentNode(i1);
            WNode node2 = Sched.currentNode(i2);
            if (n1 > 0 && n2 > 0) {
                if (n1 < n2) {
                    return -1;
                } else if (n1 > n2) {
                    return 1;
                }
            }
            boolean can1 = node1 == null || allowedOrNull(i1, node1) != null;
            boolean can2 = node2 == null || allowedOrNull(i2, node2) != null;
            if (!can1) {
                node1 = null;
            }
            if (!can2) {
                node2 = null;
            }
            if (can1 && !can2) {
                return -1;
            } else if (!can1 && can2) {
                return 1;
            }
            if (i1.priority != i2.priority) {
                return i1.priority > i2.priority ? -1 : 1;
            }
            if (node1 == null && node2 == null) {
                return 0;
            } else if (node1 == null) {
                return 1;
            } else if (node2 == null) {
                return -1;
            }
            can1 = Sched.nodeAvailable(node1, null, false);
            can2 = Sched.nodeAvailable(node2, null, false);
            if (can1 && !can2) {
                return -1;
            } else if (!can1 && can2) {
                return 1;
            }
            WRsc o1 = topOwner(i1);
            WRsc o2 = topOwner(i2);
            boolean top1 = o1.allowedNodes.containsKey(node1.id);
            boolean top2 = o2.allowedNodes.containsKey(node2.id);
            if (!top1 && !top2) {
                return 0;
            } else if (!top1) {
                return 1;
            } else if (!top2) {
                return -1;
            }
            int c1 = s.count(o1, node1.id);
            int c2 = s.count(o2, node2.id);
            if (c1 != c2) {
                return c1 < c2 ? -1 : 1;
            }
            boolean f1 = Resources.failed(i1);
            boolean f2 = Resources.failed(i2);
            if (!f1 && f2) {
                return -1;
            } else if (f1 && !f2) {
                return 1;
            }
            int rc = cmpByColocation(s, i1, i2, node1, node2);
            if (rc != 0) {
                return rc;
            }
            return Integer.compare(instanceNumber(i1), instanceNumber(i2));
        };
    }

    private static int cmpByColocation(Sched s, WRsc i1, WRsc i2, WNode current1, WNode current2) {
        int w1 = parentColocatedScore(s, i1, current1);
        int w2 = parentColocatedScore(s, i2, current2);
        if (w1 < w2) {
            return 1;
        } else if (w1 > w2) {
            return -1;
        }
        return 0;
    }

    private static int parentColocatedScore(Sched s, WRsc instance, WNode current) {
        Map<String, Integer> nodes = new LinkedHashMap<>();
        nodes.put(current.id, 0);
        for (Coloc c : new ArrayList<>(s.rs(instance.parent).thisWith)) {
            nodes = Colocations.addColocatedNodeScores(s, c.primary(), instance.id, nodes, c.nodeAttribute(),
                    c.score() / (float) Sched.INFINITY, Colocations.SELECT_DEFAULT);
        }
        for (Coloc c : new ArrayList<>(s.rs(instance.parent).withThis)) {
            if (!Colocations.hasInfluence(c, instance)) {
                continue;
            }
            nodes = Colocations.addColocatedNodeScores(s, c.dependent(), instance.id, nodes, c.nodeAttribute(),
                    c.score() / (float) Sched.INFINITY, Colocations.SELECT_NONNEGATIVE);
        }
        Integer w = nodes.get(current.id);
        return w == null ? 0 : w;
    }

    // ---- actions

    static void createActions(Sched s, WRsc rsc) {
        createPseudoActions(s, rsc, rsc.children);
        childOrdering(s, rsc);
        if (rsc.is(Flag.PROMOTABLE)) {
            Promotable.createActions(s, rsc);
        }
    }

    private static void pseudoStatus(Sched s, WRsc rsc, boolean[] state) {
        if (!rsc.children.isEmpty()) {
            for (WRsc c : rsc.children) {
                pseudoStatus(s, c, state);
            }
            return;
        }
        if (!rsc.runningOn.isEmpty()) {
            state[2] = true;
        }
        for (Act a : s.rs(rsc).actions) {
            if (state[0] && state[1]) {
                return;
            }
            if (a.is(Act.OPTIONAL) || !(a.is(Act.PSEUDO) || a.is(Act.RUNNABLE))) {
                continue;
            }
            if (a.task.equalsIgnoreCase("stop")) {
                state[0] = true;
            } else if (a.task.equalsIgnoreCase("start") && a.is(Act.RUNNABLE)) {
                state[1] = true;
            }
        }
    }

    /** {@code pe__new_rsc_pseudo_action}. */
    static Act rscPseudo(Sched s, WRsc rsc, String task, boolean optional, boolean runnable) {
        Act a = s.customAction(rsc, Sched.opKey(rsc.id, task, 0), task, null, optional, true);
        a.set(Act.PSEUDO);
        if (runnable) {
            a.set(Act.RUNNABLE);
        }
        return a;
    }

    private static void createPseudoActions(Sched s, WRsc rsc, List<WRsc> children) {
        boolean childActive = false;
        boolean childStarting = false;
        boolean childStopping = false;
        boolean allowDependentMigrations = true;
        for (WRsc child : children) {
            Resources.createActions(s, child);
            boolean[] state = new boolean[3];
            pseudoStatus(s, child, state);
            if (state[0] && state[1]) {
                allowDependentMigrations = false;
            }
            childStopping |= state[0];
            childStarting |= state[1];
            childActive |= state[2];
        }
        Act start = rscPseudo(s, rsc, "start", !childStarting, true);
        Act started = rscPseudo(s, rsc, "running", !childStarting, false);
        if (childActive || childStarting) {
            started.set(Act.RUNNABLE);
        }
        RS st = s.rs(rsc);
        Notifications.pseudoOps(s, rsc, "start", start, started);
        Act stop = rscPseudo(s, rsc, "stop", !childStopping, true);
        Act stopped = rscPseudo(s, rsc, "stopped", !childStopping, true);
        if (allowDependentMigrations) {
            stop.set(Act.MIGRATE_RUNNABLE);
        }
        Notifications.pseudoOps(s, rsc, "stop", stop, stopped);
        RS.Notif startN = st.notifs.get("start");
        RS.Notif stopN = st.notifs.get("stop");
        if (startN != null && stopN != null) {
            Sched.orderActions(stopN.postDone(), startN.pre(), OrderCons.OPTIONAL);
        }
    }

    private static Act findRscAction(Sched s, WRsc rsc, String task) {
        Act match = null;
        for (Act a : s.resourceActions(rsc, null, task, false)) {
            if (!a.is(Act.OPTIONAL)) {
                if (match != null) {
                    return null;
                }
                match = a;
            }
        }
        return match;
    }

    private static void childOrdering(Sched s, WRsc rsc) {
        if (!ordered(rsc)) {
            return;
        }
        rsc.children.sort(byInstanceNumber());
        Act lastStop = null;
        Act lastStart = null;
        for (WRsc child : rsc.children) {
            Act stop = findRscAction(s, child, "stop");
            if (stop != null) {
                if (lastStop != null) {
                    Sched.orderActions(stop, lastStop, OrderCons.OPTIONAL);
                }
                lastStop = stop;
            }
            Act start = findRscAction(s, child, "start");
            if (start != null) {
                if (lastStart != null) {
                    Sched.orderActions(lastStart, start, OrderCons.OPTIONAL);
                }
                lastStart = start;
            }
        }
    }

    /** {@code clone_internal_constraints}. */
    static void internalConstraints(Sched s, WRsc rsc) {
        s.orderResourceActions(rsc, "stopped", rsc, "start", OrderCons.OPTIONAL);
        s.orderResourceActions(rsc, "start", rsc, "running", OrderCons.RUNNABLE_LEFT);
        s.orderResourceActions(rsc, "stop", rsc, "stopped", OrderCons.RUNNABLE_LEFT);
        if (rsc.is(Flag.PROMOTABLE)) {
            s.orderResourceActions(rsc, "demoted", rsc, "stop", OrderCons.OPTIONAL);
            s.orderResourceActions(rsc, "running", rsc, "promote", OrderCons.RUNNABLE_LEFT);
        }
        boolean ordered = ordered(rsc);
        if (ordered) {
            rsc.children.sort(byInstanceNumber());
        }
        WRsc last = null;
        for (WRsc child : rsc.children) {
            Resources.internalConstraints(s, child);
            s.orderStarts(rsc, child, OrderCons.RUNNABLE_LEFT | OrderCons.IMPLIES_FIRST_PRINTED);
            s.orderResourceActions(child, "start", rsc, "running", OrderCons.IMPLIES_THEN_PRINTED);
            if (ordered && last != null) {
                s.orderStarts(last, child, OrderCons.OPTIONAL);
            }
            s.orderStops(rsc, child, OrderCons.IMPLIES_FIRST_PRINTED);
            s.orderResourceActions(child, "stop", rsc, "stopped", OrderCons.IMPLIES_THEN_PRINTED);
            if (ordered && last != null) {
                s.orderStops(child, last, OrderCons.OPTIONAL);
            }
            last = child;
        }
        if (rsc.is(Flag.PROMOTABLE)) {
            Promotable.orderInstances(s, rsc);
        }
    }

    // ---- colocation with a clone

    static boolean compatible(Sched s, WRsc child, WNode localNode, Role filter, boolean current) {
        Role next = Resources.state(child, current);
        WNode node = null;
        if (!Resources.blockedRecursive(child)) {
            node = current ? Resources.currentLocation(child) : Resources.location(s, child);
        }
        if (filter != Role.UNKNOWN && next != filter) {
            return false;
        }
        return node != null && node == localNode;
    }

    static WRsc compatibleChildByNode(Sched s, WRsc localChild, WNode localNode, WRsc rsc, Role filter,
                                      boolean current) {
        if (localNode == null) {
            return null;
        }
        for (WRsc child : rsc.children) {
            if (compatible(s, child, localNode, filter, current)) {
                return child;
            }
        }
        return null;
    }

    /** {@code find_compatible_child}. */
    static WRsc compatibleChild(Sched s, WRsc localChild, WRsc rsc, Role filter, boolean current) {
        WNode localNode = current ? Resources.currentLocation(localChild) : Resources.location(s, localChild);
        if (localNode != null) {
            return compatibleChildByNode(s, localChild, localNode, rsc, filter, current);
        }
        for (WNode node : Prim.sortedAllowed(s, localChild, localChild.allowedNodes, null)) {
            WRsc pair = compatibleChildByNode(s, localChild, node, rsc, filter, current);
            if (pair != null) {
                return pair;
            }
        }
        return null;
    }

    /** {@code pcmk__clone_apply_coloc_score} (the clone as primary). */
    static void applyColocScore(Sched s, WRsc dependent, WRsc primary, Coloc c) {
        if (primary.is(Flag.PROMOTABLE)) {
            if (s.rs(primary).provisional) {
                return;
            } else if (c.primaryRole() == Role.UNKNOWN) {
                // not role-specific: handled normally
            } else if (s.rs(dependent).provisional) {
                Promotable.updateDependentWithPromotable(s, primary, dependent, c);
                return;
            } else if (c.dependentRole() == Role.PROMOTED) {
                Promotable.updatePromotableDependentPriority(s, primary, dependent, c);
                return;
            }
        }
        boolean doInterleave = false;
        if (interleave(c.dependent()) && c.dependent().variant.ordinal() > Variant.GROUP.ordinal()
                && c.dependent().cloneNodeMax == c.primary().cloneNodeMax) {
            doInterleave = true;
        }
        if (s.rs(primary).provisional) {
            return;
        }
        if (doInterleave) {
            WRsc primaryInstance = compatibleChild(s, dependent, primary, Role.UNKNOWN, false);
            if (primaryInstance != null) {
                Resources.applyColocScore(s, dependent, primaryInstance, c, true);
            } else if (c.score() >= Sched.INFINITY) {
                Prim.finalizeAssignment(s, dependent, null, true);
            }
            return;
        }
        if (c.score() >= Sched.INFINITY) {
            List<WNode> affected = new ArrayList<>();
            List<Integer> weights = new ArrayList<>();
            for (WRsc child : primary.children) {
                WNode chosen = Resources.location(s, child);
                if (chosen != null && !Resources.blockedRecursive(child)) {
                    affected.add(0, chosen);
                    weights.add(0, Resources.assignedWeight(s, child));
                }
            }
            nodeListExclude(dependent.allowedNodes, affected, weights, false);
            return;
        }
        for (WRsc child : primary.children) {
            Resources.applyColocScore(s, dependent, child, c, false);
        }
    }

    /** {@code node_list_exclude}. */
    static void nodeListExclude(Map<String, Integer> table, List<WNode> list, List<Integer> weights, boolean merge) {
        for (Map.Entry<String, Integer> e : table.entrySet()) {
            int at = -1;
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).id.equals(e.getKey())) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                e.setValue(-Sched.INFINITY);
            } else if (merge) {
                e.setValue(Values.addScores(e.getValue(), weights.get(at)));
            }
        }
        for (WNode n : list) {
            table.putIfAbsent(n.id, -Sched.INFINITY);
        }
    }

    // ---- flags and orderings

    static String childTask(Act action) {
        WRsc child = action.rsc.children.isEmpty() ? null : action.rsc.children.get(0);
        String task = action.task;
        if (task.equals("notify") || task.equals("notified")) {
            String[] parts = action.uuid.split("_");
            if (parts.length >= 2) {
                task = parts[parts.length - 2];
            }
        }
        if (child != null && child.variant == Variant.NATIVE) {
            task = switch (task) {
                case "stopped" -> "stop";
                case "running" -> "start";
                case "demoted" -> "demote";
                case "promoted" -> "promote";
                default -> task;
            };
        }
        return task;
    }

    /** {@code summary_action_flags}. */
    static int actionFlags(Sched s, Act action, WNode node) {
        String task = childTask(action);
        int flags = Act.OPTIONAL | Act.RUNNABLE | Act.PSEUDO;
        boolean anyRunnable = false;
        for (WRsc child : action.rsc.children) {
            Act childAction = Sched.findFirstAction(s.rs(child).actions, null, task,
                    child.children.isEmpty() ? node : null);
            if (childAction != null) {
                int childFlags = Resources.actionFlags(s, childAction, node);
                if ((flags & Act.OPTIONAL) != 0 && (childFlags & Act.OPTIONAL) == 0) {
                    flags &= ~Act.OPTIONAL;
                    action.clear(Act.OPTIONAL);
                }
                if ((childFlags & Act.RUNNABLE) != 0) {
                    anyRunnable = true;
                }
            }
        }
        if (!anyRunnable) {
            flags &= ~Act.RUNNABLE;
            if (node == null) {
                action.clear(Act.RUNNABLE);
            }
        }
        return flags;
    }

    private static boolean canInterleave(Act first, Act then) {
        if (first.rsc == null || then.rsc == null || first.rsc == then.rsc) {
            return false;
        }
        if (first.rsc.variant.ordinal() < Variant.CLONE.ordinal()
                || then.rsc.variant.ordinal() < Variant.CLONE.ordinal()) {
            return false;
        }
        WRsc rsc = then.uuid.endsWith("_stop_0") || then.uuid.endsWith("_demote_0") ? first.rsc : then.rsc;
        return interleave(rsc);
    }

    /** {@code pcmk__multi_update_actions}. */
    static int updateOrderedActions(Sched s, Act first, Act then, WNode node, int flags, int filter, int type) {
        int changed = 0;
        if (canInterleave(first, then)) {
            return updateInterleaved(s, first, then, node, filter, type);
        }
        changed |= Orderings.updatePrimitive(s, first, then, node, flags, filter, type);
        if (then.rsc == null) {
            return changed;
        }
        for (WRsc thenChild : then.rsc.children) {
            Act thenChildAction = s.firstByTask(thenChild, then.task, node);
            if (thenChildAction == null) {
                continue;
            }
            int childChanged = 0;
            int thenChildFlags = Resources.actionFlags(s, thenChildAction, node);
            if ((thenChildFlags & Act.RUNNABLE) != 0) {
                childChanged |= Resources.updateOrderedActions(s, first, thenChildAction, node, flags, filter, type);
            }
            changed |= childChanged;
            if ((childChanged & Orderings.UPDATED_THEN) != 0) {
                for (Act.Link next : new ArrayList<>(thenChildAction.after)) {
                    Orderings.update(s, next.action);
                }
            }
        }
        return changed;
    }

    private static int updateInterleaved(Sched s, Act first, Act then, WNode node, int filter, int type) {
        int changed = 0;
        boolean current = first.uuid.endsWith("_stopped_0") || first.uuid.endsWith("_demoted_0");
        for (WRsc thenChild : new ArrayList<>(then.rsc.children)) {
            WRsc firstChild = compatibleChild(s, thenChild, first.rsc, Role.UNKNOWN, current);
            if (firstChild == null && current) {
                continue;
            }
            if (firstChild == null) {
                if ((type & (OrderCons.RUNNABLE_LEFT | OrderCons.IMPLIES_THEN)) != 0) {
                    if (assignNull(s, thenChild)) {
                        changed |= Orderings.UPDATED_THEN;
                    }
                }
                continue;
            }
            String firstTask = childTask(first);
            Act firstAction = s.firstByTask(firstChild, firstTask, node);
            Act thenAction = s.firstByTask(thenChild, then.task, node);
            if (firstAction == null || thenAction == null) {
                continue;
            }
            if (Sched.orderActions(firstAction, thenAction, type)) {
                changed |= Orderings.UPDATED_FIRST | Orderings.UPDATED_THEN;
            }
            changed |= Resources.updateOrderedActions(s, firstAction, thenAction, node,
                    Resources.actionFlags(s, firstAction, node), filter, type);
        }
        return changed;
    }

    /** {@code pcmk__assign_resource(rsc, NULL, true)}: unassigns recursively; true if anything changed. */
    private static boolean assignNull(Sched s, WRsc rsc) {
        boolean changed = false;
        if (!rsc.children.isEmpty()) {
            for (WRsc c : rsc.children) {
                changed |= assignNull(s, c);
            }
            return changed;
        }
        changed = s.rs(rsc).allocatedTo != null;
        Prim.finalizeAssignment(s, rsc, null, true);
        return changed;
    }

    /** {@code clone_rsc_location}. */
    static void applyLocation(Sched s, WRsc rsc, Loc loc) {
        Locations.apply(s, rsc, loc);
        for (WRsc child : rsc.children) {
            Resources.applyLocation(s, child, loc);
        }
    }

    // ---- probes

    static boolean knownOnRecursive(WRsc rsc, WNode node) {
        if (!rsc.children.isEmpty()) {
            for (WRsc c : rsc.children) {
                if (knownOnRecursive(c, node)) {
                    return true;
                }
            }
            return false;
        }
        return rsc.knownOn.containsKey(node.id);
    }

    /** {@code clone_create_probe}. */
    static boolean createProbe(Sched s, WRsc rsc, WNode node) {
        rsc.children.sort(byInstanceNumber());
        if (rsc.children.isEmpty()) {
            return false;
        }
        if (rsc.exclusiveDiscover) {
            if (rsc.allowedNodes.containsKey(node.id) && !s.exclusiveOn(rsc, node)) {
                rsc.allowedNodes.remove(node.id);
                return false;
            }
        }
        if (rsc.is(Flag.UNIQUE)) {
            boolean any = false;
            for (WRsc c : rsc.children) {
                any |= Probes.probe(s, c, node);
            }
            return any;
        }
        WRsc child = null;
        for (WRsc c : rsc.children) {
            if (knownOnRecursive(c, node)) {
                child = c;
                break;
            }
        }
        if (child == null) {
            for (WRsc c : rsc.children) {
                if (Resources.location(s, c) == node) {
                    child = c;
                    break;
                }
            }
        }
        if (child == null) {
            child = rsc.children.get(0);
        }
        return Probes.probe(s, child, node);
    }
}

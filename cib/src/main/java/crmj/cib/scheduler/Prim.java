package crmj.cib.scheduler;

import crmj.cib.status.Role;
import crmj.cib.status.WNode;
import crmj.cib.status.WRsc;
import crmj.cib.status.WRsc.Flag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assignment and actions of primitive resources ({@code pcmk_sched_primitive.c}). */
final class Prim {
    private static final Role[] ROLES = {Role.UNKNOWN, Role.STOPPED, Role.STARTED, Role.UNPROMOTED, Role.PROMOTED};

    /** {@code rsc_state_matrix}: the immediate next role from a current role towards a target role. */
    private static final Role[][] NEXT = {
        {Role.UNKNOWN, Role.STOPPED, Role.STOPPED, Role.STOPPED, Role.STOPPED},
        {Role.STOPPED, Role.STOPPED, Role.STARTED, Role.UNPROMOTED, Role.UNPROMOTED},
        {Role.STOPPED, Role.STOPPED, Role.STARTED, Role.UNPROMOTED, Role.PROMOTED},
        {Role.STOPPED, Role.STOPPED, Role.STOPPED, Role.UNPROMOTED, Role.PROMOTED},
        {Role.STOPPED, Role.UNPROMOTED, Role.UNPROMOTED, Role.UNPROMOTED, Role.PROMOTED},
    };

    /** What {@code rsc_action_matrix} calls to move between two roles. */
    private enum Step { NONE, ERROR, STOP, START, PROMOTE, DEMOTE }

    private static final Step[][] STEPS = {
        {Step.ERROR, Step.STOP, Step.ERROR, Step.ERROR, Step.ERROR},
        {Step.ERROR, Step.NONE, Step.START, Step.START, Step.ERROR},
        {Step.ERROR, Step.STOP, Step.NONE, Step.NONE, Step.PROMOTE},
        {Step.ERROR, Step.STOP, Step.STOP, Step.NONE, Step.PROMOTE},
        {Step.ERROR, Step.DEMOTE, Step.DEMOTE, Step.DEMOTE, Step.NONE},
    };

    private Prim() {
    }

    static Role next(Role from, Role to) {
        return NEXT[from.ordinal()][to.ordinal()];
    }

    // ---- assignment

    /** {@code pcmk__primitive_assign}. */
    static WNode assign(Sched s, WRsc rsc, WNode prefer) {
        RS st = s.rs(rsc);
        if (rsc.parent != null && !s.rs(rsc.parent).allocating) {
            Resources.assign(s, rsc.parent, prefer);
        }
        if (!st.provisional) {
            return st.allocatedTo;
        }
        if (st.allocating) {
            return null;
        }
        st.allocating = true;
        for (Coloc c : new ArrayList<>(st.thisWith)) {
            applyThisWith(s, rsc, c);
        }
        for (Coloc c : new ArrayList<>(st.withThis)) {
            if (!Colocations.hasInfluence(c, null)) {
                continue;
            }
            Map<String, Integer> nodes = rsc.allowedNodes;
            Map<String, Integer> result = Colocations.addColocatedNodeScores(s, c.dependent(), rsc.id, nodes,
                    c.nodeAttribute(), c.score() / (float) Sched.INFINITY, Colocations.SELECT_ACTIVE);
            replaceAllowed(rsc, result);
        }
        if (rsc.nextRole == Role.STOPPED) {
            s.ws.locationAll(rsc, -Sched.INFINITY);
            st.allocatedTo = null;
        } else if (rsc.nextRole.isAfter(rsc.role) && !s.options().haveQuorum
                && s.options().noQuorumPolicy == crmj.cib.status.ClusterOptions.NoQuorumPolicy.FREEZE) {
            rsc.nextRole = rsc.role;
        }
        Scores.nodeWeights(s, rsc, "pcmk__primitive_assign");
        if (s.options().stonithEnabled && !s.options().haveStonithResource) {
            rsc.clear(Flag.MANAGED);
        }
        if (!rsc.is(Flag.MANAGED)) {
            rsc.nextRole = rsc.role;
            finalizeAssignment(s, rsc, Sched.currentNode(rsc), true);
        } else if (s.options().stopEverything) {
            finalizeAssignment(s, rsc, null, true);
        } else if (st.provisional) {
            assignBestNode(s, rsc, prefer);
        }
        st.allocating = false;
        return st.allocatedTo;
    }

    static void replaceAllowed(WRsc rsc, Map<String, Integer> table) {
        if (table != rsc.allowedNodes) {
            rsc.allowedNodes.clear();
            rsc.allowedNodes.putAll(table);
        }
    }

    private static void applyThisWith(Sched s, WRsc rsc, Coloc c) {
        Map<String, Integer> archive = null;
        if (c.dependentRole().compareTo(Role.PROMOTED) >= 0 || (c.score() < 0 && c.score() > -Sched.INFINITY)) {
            archive = new LinkedHashMap<>(rsc.allowedNodes);
        }
        Resources.assign(s, c.primary(), null);
        Resources.applyColocScore(s, rsc, c.primary(), c, true);
        if (archive != null && !s.anyNodeAvailable(rsc.allowedNodes)) {
            replaceAllowed(rsc, archive);
        }
    }

    /** Allowed nodes sorted as {@code pcmk__sort_nodes} sorts them. */
    static List<WNode> sortedAllowed(Sched s, WRsc rsc, Map<String, Integer> table, WNode active) {
        List<WNode> nodes = new ArrayList<>();
        for (String id : table.keySet()) {
            WNode n = s.nodeById(id);
            if (n != null) {
                nodes.add(n);
            }
        }
        nodes.sort(nodeComparator(s, table, active));
        return nodes;
    }

    static Comparator<WNode> nodeComparator(Sched s, Map<String, Integer> table, WNode active) {
        return (n1, n2) -> {
            int w1 = Sched.nodeAvailable(n1, null, false) ? table.get(n1.id) : -Sched.INFINITY;
            int w2 = Sched.nodeAvailable(n2, null, false) ? table.get(n2.id) : -Sched.INFINITY;
            if (w1 != w2) {
                return w1 > w2 ? -1 : 1;
            }
            int c1 = s.numResources(n1);
            int c2 = s.numResources(n2);
            if (c1 != c2) {
                return c1 < c2 ? -1 : 1;
            }
            if (active != null) {
                if (active == n1) {
                    return -1;
                }
                if (active == n2) {
                    return 1;
                }
            }
            return n1.uname.compareTo(n2.uname);
        };
    }

    /** {@code assign_best_node}. */
    private static boolean assignBestNode(Sched s, WRsc rsc, WNode prefer) {
        RS st = s.rs(rsc);
        if (!st.provisional) {
            return st.allocatedTo != null;
        }
        List<WNode> nodes = sortedAllowed(s, rsc, rsc.allowedNodes, Sched.currentNode(rsc));
        WNode best = nodes.isEmpty() ? null : nodes.get(0);
        WNode chosen = null;
        if (prefer != null && best != null) {
            Integer w = rsc.allowedNodes.get(prefer.id);
            if (w != null && w >= rsc.allowedNodes.get(best.id) && Sched.nodeAvailable(prefer, w, true)) {
                chosen = prefer;
            }
        }
        if (chosen == null && best != null) {
            chosen = best;
            int bestWeight = rsc.allowedNodes.get(best.id);
            if (!Resources.isUniqueClone(rsc.parent) && bestWeight > 0 && Sched.nodeAvailable(chosen, bestWeight, false)) {
                WNode running = Sched.currentNode(rsc);
                if (running != null && Sched.nodeAvailable(running, rsc.allowedNodes.get(running.id), true)) {
                    for (int i = 1; i < nodes.size(); i++) {
                        WNode allowed = nodes.get(i);
                        if (rsc.allowedNodes.get(allowed.id) != bestWeight) {
                            break;
                        }
                        if (allowed == running) {
                            chosen = allowed;
                        }
                    }
                }
            }
        }
        return finalizeAssignment(s, rsc, chosen, false);
    }

    /** {@code pcmk__finalize_assignment}. */
    static boolean finalizeAssignment(Sched s, WRsc rsc, WNode chosen, boolean force) {
        RS st = s.rs(rsc);
        if (!force && chosen != null) {
            Integer w = rsc.allowedNodes.get(chosen.id);
            int weight = w == null ? 0 : w;
            if (weight < 0 || (!Sched.nodeAvailable(chosen, weight, true) && !chosen.isGuest())) {
                rsc.nextRole = Role.STOPPED;
                chosen = null;
            }
        }
        unassign(s, rsc);
        st.provisional = false;
        if (chosen == null) {
            rsc.nextRole = Role.STOPPED;
            for (Act op : st.actions) {
                if (op.task.equalsIgnoreCase("stop")) {
                    op.clear(Act.OPTIONAL);
                } else if (op.task.equalsIgnoreCase("start")) {
                    op.clear(Act.RUNNABLE);
                } else {
                    String interval = op.meta.get("interval");
                    String targetRc = op.meta.get("op_target_rc");
                    if (interval != null && !interval.equals("0") && !"7".equals(targetRc)) {
                        op.clear(Act.RUNNABLE);
                    }
                }
            }
            return false;
        }
        st.allocatedTo = chosen;
        Integer w = rsc.allowedNodes.get(chosen.id);
        st.allocatedWeight = w == null ? 0 : w;
        s.addNumResources(chosen, 1);
        s.setCount(rsc, chosen.id, s.count(rsc, chosen.id) + 1);
        return true;
    }

    static void unassign(Sched s, WRsc rsc) {
        RS st = s.rs(rsc);
        if (st.allocatedTo != null) {
            s.addNumResources(st.allocatedTo, -1);
            st.allocatedTo = null;
        }
    }

    // ---- colocation

    /** {@code pcmk__primitive_apply_coloc_score}. */
    static void applyColocScore(Sched s, WRsc dependent, WRsc primary, Coloc c, boolean forDependent) {
        if (forDependent) {
            Resources.applyColocScore(s, dependent, primary, c, false);
            return;
        }
        switch (Colocations.affects(s, dependent, primary, c, false)) {
            case ROLE -> Colocations.applyToPriority(s, dependent, primary, c);
            case LOCATION -> Colocations.applyToWeights(s, dependent, primary, c);
            default -> {
            }
        }
    }

    // ---- actions

    /** {@code pcmk__primitive_create_actions}. */
    static void createActions(Sched s, WRsc rsc) {
        RS st = s.rs(rsc);
        boolean needStop = false;
        boolean needPromote = false;
        boolean isMoving = false;
        if (rsc.nextRole == Role.UNKNOWN) {
            rsc.nextRole = st.allocatedTo == null ? Role.STOPPED : Role.STARTED;
        }
        WNode current = Sched.currentNode(rsc);
        int numAll = rsc.runningOn.size();
        int numClean = 0;
        for (WNode n : rsc.runningOn) {
            if (n.online && !n.unclean) {
                numClean++;
            }
        }
        if (current != null && st.allocatedTo != null && current != st.allocatedTo
                && rsc.nextRole.compareTo(Role.STARTED) >= 0) {
            isMoving = true;
            needStop = true;
        }
        boolean multiplyActive;
        if (rsc.partialMigrationSource != null || rsc.partialMigrationTarget != null) {
            needStop = true;
            rsc.partialMigrationSource = null;
            rsc.partialMigrationTarget = null;
            multiplyActive = false;
        } else if (rsc.is(Flag.NEEDS_FENCING)) {
            multiplyActive = numAll > 1;
        } else {
            multiplyActive = numClean > 1;
        }
        if (multiplyActive) {
            switch (rsc.recovery) {
                case STOP_START -> needStop = true;
                case STOP_UNEXPECTED -> {
                    needStop = true;
                    st.stopUnexpected = true;
                }
                default -> {
                }
            }
        } else {
            st.stopUnexpected = false;
        }
        if (rsc.is(Flag.START_PENDING)) {
            s.startAction(rsc, st.allocatedTo, true).set(Act.PRINT_ALWAYS);
        }
        if (isMoving) {
            // the remaining checks are for resources staying where they are
        } else if (rsc.is(Flag.FAILED)) {
            if (rsc.is(Flag.STOP)) {
                needStop = true;
            } else if (rsc.nextRole == Role.PROMOTED) {
                needPromote = true;
            }
        } else if (rsc.is(Flag.BLOCK)) {
            needStop = true;
        } else if (rsc.role.isAfter(Role.STARTED) && current != null && st.allocatedTo != null) {
            Act start = s.startAction(rsc, st.allocatedTo, true);
            if (!start.is(Act.OPTIONAL)) {
                needStop = true;
            }
        }
        scheduleRestart(s, rsc, current, needStop, needPromote);
        scheduleRoleTransition(s, rsc);
        Recurring.create(s, rsc);
    }

    private static void scheduleRestart(Sched s, WRsc rsc, WNode current, boolean needStop, boolean needPromote) {
        RS st = s.rs(rsc);
        Role role = rsc.role;
        st.restarting = true;
        while (role != Role.STOPPED) {
            Role nextRole = next(role, Role.STOPPED);
            Step step = STEPS[role.ordinal()][nextRole.ordinal()];
            if (step == Step.NONE) {
                break;
            }
            run(s, rsc, step, current, !needStop);
            role = nextRole;
        }
        while (rsc.role.compareTo(rsc.nextRole) <= 0 && role != rsc.role && !rsc.is(Flag.BLOCK)) {
            boolean required = needStop;
            Role nextRole = next(role, rsc.role);
            if (nextRole == Role.PROMOTED && needPromote) {
                required = true;
            }
            Step step = STEPS[role.ordinal()][nextRole.ordinal()];
            if (step == Step.NONE) {
                break;
            }
            run(s, rsc, step, st.allocatedTo, !required);
            role = nextRole;
        }
        st.restarting = false;
    }

    private static void scheduleRoleTransition(Sched s, WRsc rsc) {
        Role role = rsc.role;
        while (role != rsc.nextRole) {
            Role nextRole = next(role, rsc.nextRole);
            Step step = STEPS[role.ordinal()][nextRole.ordinal()];
            if (step == Step.NONE) {
                break;
            }
            run(s, rsc, step, s.rs(rsc).allocatedTo, false);
            role = nextRole;
        }
    }

    private static void run(Sched s, WRsc rsc, Step step, WNode node, boolean optional) {
        switch (step) {
            case STOP -> stopResource(s, rsc, optional);
            case START -> startResource(s, rsc, node, optional);
            case PROMOTE -> promoteResource(s, rsc, node, optional);
            case DEMOTE -> demoteResource(s, rsc, optional);
            case ERROR -> throw new IllegalStateException("role change error for " + rsc.id);
            default -> {
            }
        }
    }

    private static boolean isExpectedNode(Sched s, WRsc rsc, WNode node) {
        RS st = s.rs(rsc);
        return st.stopUnexpected && st.restarting && rsc.nextRole.isAfter(Role.STOPPED) && st.allocatedTo == node
                && node != null;
    }

    private static void stopResource(Sched s, WRsc rsc, boolean optional) {
        RS st = s.rs(rsc);
        for (WNode current : new ArrayList<>(rsc.runningOn)) {
            if (isExpectedNode(s, rsc, current)) {
                continue;
            }
            Act stop = s.stopAction(rsc, current, optional);
            if (st.allocatedTo == null) {
                stop.setReason("node availability", true);
            } else if (st.restarting && st.stopUnexpected) {
                stop.setReason("being multiply active", true);
            }
            if (!rsc.is(Flag.MANAGED)) {
                stop.clear(Act.RUNNABLE);
            }
            if (s.options().values.containsKey("remove-after-stop")
                    && crmj.cib.status.Values.isTrue(s.options().values.get("remove-after-stop"))) {
                ConfigChanges.scheduleCleanup(s, rsc, current, optional);
            }
            if (rsc.is(Flag.NEEDS_UNFENCING)) {
                Act unfence = Fencing.fenceOp(s, current, "on", true, null);
                Sched.orderActions(stop, unfence, OrderCons.IMPLIES_FIRST);
            }
        }
    }

    private static void startResource(Sched s, WRsc rsc, WNode node, boolean optional) {
        Act start = s.startAction(rsc, node, true);
        Fencing.orderVsUnfence(s, rsc, node, start, OrderCons.IMPLIES_THEN);
        if (start.is(Act.RUNNABLE) && !optional) {
            start.clear(Act.OPTIONAL);
        }
        if (isExpectedNode(s, rsc, node)) {
            start.set(Act.PSEUDO);
        }
    }

    private static void promoteResource(Sched s, WRsc rsc, WNode node, boolean optional) {
        boolean runnable = true;
        for (Act start : s.resourceActions(rsc, node, "start", true)) {
            if (!start.is(Act.RUNNABLE)) {
                runnable = false;
            }
        }
        if (runnable) {
            Act promote = s.promoteAction(rsc, node, optional);
            if (isExpectedNode(s, rsc, node)) {
                promote.set(Act.PSEUDO);
            }
        } else {
            for (Act promote : s.resourceActions(rsc, node, "promote", true)) {
                promote.clear(Act.RUNNABLE);
            }
        }
    }

    private static void demoteResource(Sched s, WRsc rsc, boolean optional) {
        for (WNode current : new ArrayList<>(rsc.runningOn)) {
            if (!isExpectedNode(s, rsc, current)) {
                s.demoteAction(rsc, current, optional);
            }
        }
    }

    /** {@code pcmk__primitive_internal_constraints}. */
    static void internalConstraints(Sched s, WRsc rsc) {
        if (!rsc.is(Flag.MANAGED)) {
            return;
        }
        WRsc top = rsc.uberParent();
        boolean checkUnfencing = !rsc.is(Flag.FENCE_DEVICE) && s.options().enableUnfencing
                && rsc.is(Flag.NEEDS_UNFENCING);
        s.newOrdering(rsc, Sched.opKey(rsc.id, "stop", 0), null, rsc, Sched.opKey(rsc.id, "start", 0), null,
                OrderCons.OPTIONAL | OrderCons.IMPLIES_THEN | OrderCons.RESTART);
        if (top.is(Flag.PROMOTABLE) || rsc.role.isAfter(Role.UNPROMOTED)) {
            s.newOrdering(rsc, Sched.opKey(rsc.id, "demote", 0), null, rsc, Sched.opKey(rsc.id, "stop", 0), null,
                    OrderCons.PROMOTED_IMPLIES_FIRST);
            s.newOrdering(rsc, Sched.opKey(rsc.id, "start", 0), null, rsc, Sched.opKey(rsc.id, "promote", 0), null,
                    OrderCons.RUNNABLE_LEFT);
        }
        s.newOrdering(rsc, Sched.opKey(rsc.id, "lrm_delete", 0), null, rsc, Sched.opKey(rsc.id, "monitor", 0), null,
                OrderCons.SAME_NODE | OrderCons.THEN_CANCELS_FIRST);
        if (checkUnfencing) {
            List<WNode> allowed = new ArrayList<>();
            for (String id : rsc.allowedNodes.keySet()) {
                allowed.add(s.nodeById(id));
            }
            allowed.sort(Comparator.comparing(n -> n.uname));
            for (WNode node : allowed) {
                Fencing.orderRestartVsUnfence(s, rsc, node);
            }
        }
        if (rsc.container != null && !rsc.isRemoteNode && !rsc.container.isRemoteNode) {
            // a filler resource follows its container: started after it, stopped before it, on the same node
            WRsc container = rsc.container;
            s.newOrdering(container, Sched.opKey(container.id, "start", 0), null, rsc, Sched.opKey(rsc.id, "start", 0),
                    null, OrderCons.IMPLIES_THEN | OrderCons.RUNNABLE_LEFT);
            s.newOrdering(rsc, Sched.opKey(rsc.id, "stop", 0), null, container, Sched.opKey(container.id, "stop", 0),
                    null, OrderCons.IMPLIES_FIRST);
            Colocations.newColocation(s, "resource-with-container", null, Sched.INFINITY, rsc, container, null, null,
                    true);
        }
    }

    static Role role(int index) {
        return ROLES[index];
    }
}

package crmj.cib.scheduler;

import crmj.cib.status.Values;
import crmj.cib.status.WNode;
import crmj.cib.status.WRsc;
import crmj.cib.status.WRsc.Flag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Assignment and actions of groups ({@code pcmk_sched_group.c}). */
final class Grp {
    private Grp() {
    }

    static boolean ordered(WRsc group) {
        Boolean b = Values.toBoolean(group.meta.get("ordered"));
        return b == null || b;
    }

    static boolean colocated(WRsc group) {
        Boolean b = Values.toBoolean(group.meta.get("collocated"));
        return b == null || b;
    }

    private static void expandColocations(Sched s, WRsc rsc) {
        if (rsc.children.isEmpty()) {
            return;
        }
        RS st = s.rs(rsc);
        WRsc member = rsc.children.get(0);
        for (Coloc c : st.thisWith) {
            Colocations.addThisWith(s, member, c);
        }
        boolean anyUnmanaged = !member.is(Flag.MANAGED);
        for (int i = 1; i < rsc.children.size(); i++) {
            member = rsc.children.get(i);
            if (anyUnmanaged) {
                for (Coloc c : st.thisWith) {
                    if (c.score() == Sched.INFINITY) {
                        Colocations.addThisWith(s, member, c);
                    }
                }
            } else if (!member.is(Flag.MANAGED)) {
                anyUnmanaged = true;
            }
        }
        st.thisWith.clear();
        member = Colocations.lastMember(rsc);
        for (Coloc c : st.withThis) {
            Colocations.addWithThis(s, member, c);
        }
        st.withThis.clear();
    }

    /** {@code pcmk__group_assign}. */
    static WNode assign(Sched s, WRsc rsc, WNode prefer) {
        RS st = s.rs(rsc);
        if (!st.provisional) {
            return st.allocatedTo;
        }
        if (st.allocating) {
            return null;
        }
        if (rsc.children.isEmpty()) {
            st.provisional = false;
            return null;
        }
        st.allocating = true;
        WRsc first = rsc.children.get(0);
        rsc.role = first.role;
        expandColocations(s, rsc);
        Scores.nodeWeights(s, rsc, "pcmk__group_assign");
        WNode firstAssigned = null;
        for (WRsc member : rsc.children) {
            WNode node = Resources.assign(s, member, prefer);
            if (firstAssigned == null) {
                firstAssigned = node;
            }
        }
        rsc.nextRole = first.nextRole;
        st.allocating = false;
        st.provisional = false;
        return colocated(rsc) ? firstAssigned : null;
    }

    private static void pseudoOp(Sched s, WRsc group, String action) {
        Act op = s.customAction(group, Sched.opKey(group.id, action, 0), action, null, true, true);
        op.set(Act.PSEUDO | Act.RUNNABLE);
    }

    static void createActions(Sched s, WRsc rsc) {
        for (WRsc member : rsc.children) {
            Resources.createActions(s, member);
        }
        pseudoOp(s, rsc, "start");
        pseudoOp(s, rsc, "running");
        pseudoOp(s, rsc, "stop");
        pseudoOp(s, rsc, "stopped");
        if (Values.isTrue(rsc.meta.get("promotable"))) {
            pseudoOp(s, rsc, "demote");
            pseudoOp(s, rsc, "demoted");
            pseudoOp(s, rsc, "promote");
            pseudoOp(s, rsc, "promoted");
        }
    }

    /** {@code pcmk__group_internal_constraints}. */
    static void internalConstraints(Sched s, WRsc rsc) {
        s.orderResourceActions(rsc, "stop", rsc, "stopped", OrderCons.RUNNABLE_LEFT);
        s.orderResourceActions(rsc, "stopped", rsc, "start", OrderCons.OPTIONAL);
        s.orderResourceActions(rsc, "start", rsc, "running", OrderCons.RUNNABLE_LEFT);
        boolean ordered = ordered(rsc);
        boolean colocated = colocated(rsc);
        boolean promotable = rsc.uberParent().is(Flag.PROMOTABLE);
        WRsc lastActive = null;
        WRsc previous = null;
        for (WRsc member : rsc.children) {
            int downFlags = OrderCons.IMPLIES_FIRST_PRINTED;
            int postDownFlags = OrderCons.IMPLIES_THEN_PRINTED;
            Resources.internalConstraints(s, member);
            if (previous == null) {
                if (ordered) {
                    downFlags |= OrderCons.OPTIONAL;
                    postDownFlags = OrderCons.IMPLIES_THEN;
                }
            } else if (colocated) {
                Colocations.newColocation(s, "group:internal_colocation", null, Sched.INFINITY, member, previous,
                        null, null, member.is(Flag.CRITICAL));
            }
            WRsc parent = member.parent;
            if (promotable) {
                s.orderResourceActions(parent, "demote", member, "demote", downFlags);
                s.orderResourceActions(member, "demote", parent, "demoted", postDownFlags);
                s.orderResourceActions(member, "promote", parent, "promoted",
                        OrderCons.RUNNABLE_LEFT | OrderCons.IMPLIES_THEN | OrderCons.IMPLIES_THEN_PRINTED);
                s.orderResourceActions(parent, "promote", member, "promote", OrderCons.IMPLIES_FIRST_PRINTED);
            }
            s.orderStops(parent, member, downFlags);
            s.orderResourceActions(member, "stop", parent, "stopped", postDownFlags);
            s.orderStarts(parent, member, OrderCons.IMPLIES_FIRST_PRINTED);
            s.orderResourceActions(member, "start", parent, "running",
                    OrderCons.RUNNABLE_LEFT | OrderCons.IMPLIES_THEN | OrderCons.IMPLIES_THEN_PRINTED);
            if (!ordered) {
                s.orderStarts(parent, member,
                        OrderCons.IMPLIES_THEN | OrderCons.RUNNABLE_LEFT | OrderCons.IMPLIES_FIRST_PRINTED);
                if (promotable) {
                    s.orderResourceActions(parent, "promote", member, "promote",
                            OrderCons.IMPLIES_THEN | OrderCons.RUNNABLE_LEFT | OrderCons.IMPLIES_FIRST_PRINTED);
                }
            } else if (previous == null) {
                s.orderStarts(parent, member, OrderCons.NONE);
                if (promotable) {
                    s.orderResourceActions(parent, "promote", member, "promote", OrderCons.NONE);
                }
            } else {
                s.orderStarts(previous, member, OrderCons.IMPLIES_THEN | OrderCons.RUNNABLE_LEFT);
                s.orderStops(member, previous, OrderCons.OPTIONAL | OrderCons.RESTART);
                if (promotable) {
                    s.orderResourceActions(previous, "promote", member, "promote",
                            OrderCons.IMPLIES_THEN | OrderCons.RUNNABLE_LEFT);
                    s.orderResourceActions(member, "demote", previous, "demote", OrderCons.OPTIONAL);
                }
            }
            if (!member.runningOn.isEmpty()) {
                if (ordered && previous != null && previous.runningOn.isEmpty() && lastActive != null
                        && !lastActive.runningOn.isEmpty()) {
                    s.orderStops(member, lastActive, OrderCons.OPTIONAL);
                }
                lastActive = member;
            }
            previous = member;
        }
    }

    /** {@code pcmk__group_apply_coloc_score}. */
    static void applyColocScore(Sched s, WRsc dependent, WRsc primary, Coloc c, boolean forDependent) {
        if (forDependent) {
            if (dependent.children.isEmpty()) {
                return;
            }
            if (colocated(dependent)) {
                WRsc member = dependent.children.get(0);
                Resources.applyColocScore(s, member, primary, c, true);
                return;
            }
            if (c.score() >= Sched.INFINITY) {
                return;
            }
            for (WRsc member : dependent.children) {
                Resources.applyColocScore(s, member, primary, c, true);
            }
            return;
        }
        if (s.rs(primary).provisional) {
            return;
        }
        if (colocated(primary)) {
            WRsc member = null;
            if (c.score() >= Sched.INFINITY) {
                member = Colocations.lastMember(primary);
            } else if (!primary.children.isEmpty()) {
                member = primary.children.get(0);
            }
            if (member != null) {
                Resources.applyColocScore(s, dependent, member, c, false);
            }
            return;
        }
        if (c.score() >= Sched.INFINITY) {
            return;
        }
        for (WRsc member : primary.children) {
            Resources.applyColocScore(s, dependent, member, c, false);
        }
    }

    private static String memberTask(String task) {
        return switch (task) {
            case "stopped" -> "stop";
            case "running" -> "start";
            case "demoted" -> "demote";
            case "promoted" -> "promote";
            default -> task;
        };
    }

    /** {@code pcmk__group_action_flags}. */
    static int actionFlags(Sched s, Act action, WNode node) {
        int flags = Act.OPTIONAL | Act.RUNNABLE | Act.PSEUDO;
        for (WRsc member : action.rsc.children) {
            String task = member.variant == WRsc.Variant.NATIVE ? memberTask(action.task) : action.task;
            Act memberAction = s.firstByTask(member, task, node);
            if (memberAction != null) {
                int memberFlags = Resources.actionFlags(s, memberAction, node);
                if ((flags & Act.OPTIONAL) != 0 && (memberFlags & Act.OPTIONAL) == 0) {
                    flags &= ~Act.OPTIONAL;
                    action.clear(Act.OPTIONAL);
                }
                if (!task.equals(action.task) && (flags & Act.RUNNABLE) != 0 && (memberFlags & Act.RUNNABLE) == 0) {
                    flags &= ~Act.RUNNABLE;
                    action.clear(Act.RUNNABLE);
                }
            } else if (!task.equals("stop") && !task.equals("demote")) {
                flags &= ~Act.RUNNABLE;
            }
        }
        return flags;
    }

    static int updateOrderedActions(Sched s, Act first, Act then, WNode node, int flags, int filter, int type) {
        int changed = Orderings.updatePrimitive(s, first, then, node, flags, filter, type);
        if (then.rsc == null) {
            return changed;
        }
        for (WRsc member : then.rsc.children) {
            Act memberAction = s.firstByTask(member, then.task, node);
            if (memberAction != null) {
                changed |= Resources.updateOrderedActions(s, first, memberAction, node, flags, filter, type);
            }
        }
        return changed;
    }

    /** {@code pcmk__group_apply_location}. */
    static void applyLocation(Sched s, WRsc rsc, Loc loc) {
        Map<String, Integer> orig = loc.nodes;
        Map<String, Integer> reset = new LinkedHashMap<>();
        for (String id : orig.keySet()) {
            reset.put(id, 0);
        }
        boolean resetScores = colocated(rsc);
        Locations.apply(s, rsc, loc);
        for (WRsc member : rsc.children) {
            Resources.applyLocation(s, member, loc);
            if (resetScores) {
                resetScores = false;
                loc.nodes = reset;
            }
        }
        loc.nodes = orig;
    }

    static List<WRsc> members(WRsc rsc) {
        return new ArrayList<>(rsc.children);
    }
}

package crmj.cib.scheduler;

import crmj.cib.status.Role;
import crmj.cib.status.WNode;
import crmj.cib.status.WRsc;
import crmj.cib.status.WRsc.Flag;
import crmj.cib.status.WRsc.Variant;

import java.util.ArrayList;

/**
 * Propagation of action flags along orderings ({@code pcmk__update_action_for_orderings} and the primitive
 * {@code pcmk__update_ordered_actions}): a required action makes what it implies required, an unrunnable one
 * makes what depends on it unrunnable, until nothing changes.
 */
final class Orderings {
    static final int UPDATED_FIRST = 1;
    static final int UPDATED_THEN = 2;

    private Orderings() {
    }

    /** {@code action_flags_for_ordering}. */
    static int flagsForOrdering(Sched s, Act action, WNode node) {
        if (action.rsc == null) {
            return action.flags;
        }
        int flags = Resources.actionFlags(s, action, null);
        if (node == null || !action.rsc.isClone()) {
            return flags;
        }
        boolean runnable = (flags & Act.RUNNABLE) != 0;
        flags = Resources.actionFlags(s, action, node);
        if (runnable && (flags & Act.RUNNABLE) == 0) {
            flags |= Act.RUNNABLE;
        }
        return flags;
    }

    private static String uuidForOrdering(String firstUuid, WRsc firstRsc) {
        if (firstUuid.contains("notify") || firstRsc.variant == Variant.NATIVE) {
            return firstUuid;
        }
        String[] parsed = Sched.parseOpKey(firstUuid);
        if (parsed == null || !parsed[2].equals("0")) {
            return firstUuid;
        }
        String task = parsed[1];
        String remapped = switch (task) {
            case "stop" -> "stopped";
            case "start" -> "running";
            case "notify" -> "notified";
            case "promote" -> "promoted";
            case "demote" -> "demoted";
            case "stopped", "running", "notified", "promoted", "demoted" -> task;
            default -> null;
        };
        if (remapped == null) {
            return firstUuid;
        }
        if (firstRsc.is(Flag.NOTIFY) && (firstRsc.parent == null
                || (firstRsc.isClone() && firstRsc.parent.variant == Variant.BUNDLE))) {
            return parsed[0] + "_confirmed-post_notify_" + remapped + "_0";
        }
        return Sched.opKey(parsed[0], remapped, 0);
    }

    private static Act actionForOrdering(Sched s, Act action) {
        WRsc rsc = action.rsc;
        if (rsc != null && rsc.variant != Variant.NATIVE) {
            String uuid = uuidForOrdering(action.uuid, rsc);
            Act result = Sched.findFirstAction(s.rs(rsc).actions, uuid, null, null);
            return result != null ? result : action;
        }
        return action;
    }

    /** {@code pcmk__update_action_for_orderings}. */
    static void update(Sched s, Act then) {
        int changed = 0;
        int lastFlags = then.flags;
        if (then.is(Act.REQUIRES_ANY)) {
            then.runnableBefore = 0;
            if (then.requiredRunnableBefore == 0) {
                then.requiredRunnableBefore = 1;
            }
            then.clear(Act.RUNNABLE);
        }
        for (Act.Link other : new ArrayList<>(then.before)) {
            Act first = other.action;
            WNode thenNode = then.node;
            WNode firstNode = first.node;
            if (first.rsc != null && first.rsc.variant == Variant.GROUP && first.task.equals("start")) {
                firstNode = Resources.location(s, first.rsc);
            }
            if (then.rsc != null && then.rsc.variant == Variant.GROUP && then.task.equals("start")) {
                thenNode = Resources.location(s, then.rsc);
            }
            if ((other.type & OrderCons.SAME_NODE) != 0 && firstNode != null && thenNode != null
                    && firstNode != thenNode) {
                other.type = OrderCons.NONE;
                continue;
            }
            changed &= ~UPDATED_FIRST;
            if (first.rsc != null && (other.type & OrderCons.THEN_CANCELS_FIRST) != 0
                    && !then.is(Act.OPTIONAL)) {
                other.action.set(Act.OPTIONAL);
                if (first.task.equals("reload-agent")) {
                    s.rs(first.rsc).reload = false;
                }
            }
            if (first.rsc != null && then.rsc != null && first.rsc != then.rsc && !Sched.isParent(then.rsc, first.rsc)) {
                first = actionForOrdering(s, first);
            }
            if (first == other.action) {
                int firstFlags = flagsForOrdering(s, first, thenNode);
                int thenFlags = flagsForOrdering(s, then, firstNode);
                changed |= updateForOrderingFlags(s, first, then, firstFlags, thenFlags, other);
            } else if (Sched.orderActions(first, then, other.type)) {
                changed |= UPDATED_THEN;
                other.type = OrderCons.NONE;
            }
            if ((changed & UPDATED_FIRST) != 0) {
                for (Act.Link after : new ArrayList<>(first.after)) {
                    update(s, after.action);
                }
                update(s, first);
            }
        }
        if (then.is(Act.REQUIRES_ANY)) {
            if (lastFlags == then.flags) {
                changed &= ~UPDATED_THEN;
            } else {
                changed |= UPDATED_THEN;
            }
        }
        if ((changed & UPDATED_THEN) != 0) {
            if ((lastFlags & Act.RUNNABLE) != 0 && !then.is(Act.RUNNABLE)) {
                Colocations.blockDependents(s, then);
            }
            update(s, then);
            for (Act.Link after : new ArrayList<>(then.after)) {
                update(s, after.action);
            }
        }
    }

    private static int updateForOrderingFlags(Sched s, Act first, Act then, int firstFlags, int thenFlags,
                                              Act.Link order) {
        int changed = 0;
        WNode node = then.node;
        if ((order.type & OrderCons.IMPLIES_THEN_ON_NODE) != 0) {
            order.type &= ~OrderCons.IMPLIES_THEN_ON_NODE;
            order.type |= OrderCons.IMPLIES_THEN;
            node = first.node;
        }
        int type = order.type;
        if ((type & OrderCons.IMPLIES_THEN) != 0) {
            if (then.rsc != null) {
                changed |= Resources.updateOrderedActions(s, first, then, node, firstFlags & Act.OPTIONAL,
                        Act.OPTIONAL, OrderCons.IMPLIES_THEN);
            } else if ((firstFlags & Act.OPTIONAL) == 0 && then.is(Act.OPTIONAL)) {
                then.clear(Act.OPTIONAL);
                changed |= UPDATED_THEN;
            }
        }
        if ((type & OrderCons.RESTART) != 0 && then.rsc != null) {
            changed |= Resources.updateOrderedActions(s, first, then, node, firstFlags, Act.OPTIONAL | Act.RUNNABLE,
                    OrderCons.RESTART);
        }
        if ((type & OrderCons.IMPLIES_FIRST) != 0) {
            if (first.rsc != null) {
                changed |= Resources.updateOrderedActions(first.rsc, s, first, then, node, firstFlags, Act.OPTIONAL,
                        OrderCons.IMPLIES_FIRST);
            } else if ((firstFlags & Act.OPTIONAL) == 0 && first.is(Act.RUNNABLE)) {
                first.clear(Act.RUNNABLE);
                changed |= UPDATED_FIRST;
            }
        }
        if ((type & OrderCons.PROMOTED_IMPLIES_FIRST) != 0 && then.rsc != null) {
            changed |= Resources.updateOrderedActions(s, first, then, node, firstFlags & Act.OPTIONAL, Act.OPTIONAL,
                    OrderCons.PROMOTED_IMPLIES_FIRST);
        }
        if ((type & OrderCons.ONE_OR_MORE) != 0) {
            if (then.rsc != null) {
                changed |= Resources.updateOrderedActions(s, first, then, node, firstFlags, Act.RUNNABLE,
                        OrderCons.ONE_OR_MORE);
            } else if ((firstFlags & Act.RUNNABLE) != 0) {
                then.runnableBefore++;
                if (then.runnableBefore >= then.requiredRunnableBefore && !then.is(Act.RUNNABLE)) {
                    then.set(Act.RUNNABLE);
                    changed |= UPDATED_THEN;
                }
            }
        }
        if ((type & OrderCons.PROBE) != 0 && then.rsc != null) {
            if ((firstFlags & Act.RUNNABLE) == 0 && !first.rsc.runningOn.isEmpty()) {
                order.type = OrderCons.NONE;
            } else {
                changed |= Resources.updateOrderedActions(s, first, then, node, firstFlags, Act.RUNNABLE,
                        OrderCons.RUNNABLE_LEFT);
            }
        }
        if ((type & OrderCons.RUNNABLE_LEFT) != 0) {
            if (then.rsc != null) {
                changed |= Resources.updateOrderedActions(s, first, then, node, firstFlags, Act.RUNNABLE,
                        OrderCons.RUNNABLE_LEFT);
            } else if ((firstFlags & Act.RUNNABLE) == 0 && then.is(Act.RUNNABLE)) {
                then.clear(Act.RUNNABLE);
                changed |= UPDATED_THEN;
            }
        }
        if ((type & OrderCons.IMPLIES_FIRST_MIGRATABLE) != 0 && then.rsc != null) {
            changed |= Resources.updateOrderedActions(s, first, then, node, firstFlags, Act.OPTIONAL,
                    OrderCons.IMPLIES_FIRST_MIGRATABLE);
        }
        if ((type & OrderCons.PSEUDO_LEFT) != 0 && then.rsc != null) {
            changed |= Resources.updateOrderedActions(s, first, then, node, firstFlags, Act.OPTIONAL,
                    OrderCons.PSEUDO_LEFT);
        }
        if ((type & OrderCons.OPTIONAL) != 0 && then.rsc != null) {
            changed |= Resources.updateOrderedActions(s, first, then, node, firstFlags, Act.RUNNABLE,
                    OrderCons.OPTIONAL);
        }
        if ((type & OrderCons.ASYMMETRICAL) != 0 && then.rsc != null) {
            changed |= Resources.updateOrderedActions(s, first, then, node, firstFlags, Act.RUNNABLE,
                    OrderCons.ASYMMETRICAL);
        }
        if (first.is(Act.RUNNABLE) && (type & OrderCons.IMPLIES_THEN_PRINTED) != 0
                && (firstFlags & Act.OPTIONAL) == 0) {
            then.set(Act.PRINT_ALWAYS);
        }
        if ((type & OrderCons.IMPLIES_FIRST_PRINTED) != 0 && (thenFlags & Act.OPTIONAL) == 0) {
            first.set(Act.PRINT_ALWAYS);
        }
        if ((type & (OrderCons.IMPLIES_THEN | OrderCons.IMPLIES_FIRST | OrderCons.RESTART)) != 0
                && first.rsc != null && !first.rsc.is(Flag.MANAGED) && first.rsc.is(Flag.BLOCK)
                && !first.is(Act.RUNNABLE) && first.task.equals("stop")) {
            if (then.is(Act.RUNNABLE)) {
                then.clear(Act.RUNNABLE);
                changed |= UPDATED_THEN;
            }
        }
        return changed;
    }

    private static void clearBecause(Act action, int flag, Act reason) {
        if (action.is(flag)) {
            action.clear(flag);
            if (action.rsc != reason.rsc) {
                String change = flag == Act.OPTIONAL ? "required" : "unrunnable";
                String text = change + (reason.rsc == null ? "" : " " + reason.rsc.id) + " " + reason.task;
                action.setReason(text, flag == Act.MIGRATE_RUNNABLE);
            }
        }
    }

    private static void handleAsymmetric(Sched s, Act first, Act then) {
        if (then.rsc == null) {
            return;
        }
        Role thenRole = Resources.state(then.rsc, true);
        if (thenRole == Role.STOPPED && then.task.equals("stop")) {
            return;
        }
        if (!thenRole.isAfter(Role.STOPPED) || !then.is(Act.OPTIONAL) || then.node == null
                || then.rsc.runningOn.size() != 1 || then.node != then.rsc.runningOn.get(0)
                || !then.task.equals("start")) {
            if (!first.is(Act.RUNNABLE)) {
                clearBecause(then, Act.OPTIONAL, first);
                clearBecause(then, Act.RUNNABLE, first);
            }
        }
    }

    private static void handleRestart(Act first, Act then, int filter) {
        String reason = null;
        if ((filter & Act.OPTIONAL) != 0 && !then.is(Act.OPTIONAL)) {
            reason = "restart";
        }
        if ((filter & Act.RUNNABLE) != 0 && !then.is(Act.RUNNABLE) && then.rsc.is(Flag.MANAGED)
                && first.rsc == then.rsc) {
            reason = "stop";
        }
        if (reason == null) {
            return;
        }
        if (first.is(Act.RUNNABLE)) {
            clearBecause(first, Act.OPTIONAL, then);
        }
        if (!then.is(Act.OPTIONAL)) {
            clearBecause(first, Act.OPTIONAL, then);
        }
        if (!then.is(Act.MIGRATE_RUNNABLE)) {
            clearBecause(first, Act.MIGRATE_RUNNABLE, then);
        }
        if (!first.is(Act.OPTIONAL) && !first.is(Act.RUNNABLE)) {
            clearBecause(then, Act.RUNNABLE, first);
        }
    }

    /** {@code pcmk__update_ordered_actions}: the primitive method. */
    static int updatePrimitive(Sched s, Act first, Act then, WNode node, int flags, int filter, int type) {
        int changed = 0;
        int thenFlags = then.flags;
        int firstFlags = first.flags;
        if ((type & OrderCons.ASYMMETRICAL) != 0) {
            handleAsymmetric(s, first, then);
        }
        if ((type & OrderCons.IMPLIES_FIRST) != 0 && (thenFlags & Act.OPTIONAL) == 0) {
            if ((filter & Act.OPTIONAL) != 0 && (flags & Act.OPTIONAL) == 0 && (firstFlags & Act.OPTIONAL) != 0) {
                clearBecause(first, Act.OPTIONAL, then);
            }
            if ((flags & Act.MIGRATE_RUNNABLE) != 0 && !then.is(Act.MIGRATE_RUNNABLE)) {
                clearBecause(first, Act.MIGRATE_RUNNABLE, then);
            }
        }
        if ((type & OrderCons.PROMOTED_IMPLIES_FIRST) != 0 && then.rsc != null && then.rsc.role == Role.PROMOTED
                && (filter & Act.OPTIONAL) != 0 && !then.is(Act.OPTIONAL)) {
            clearBecause(first, Act.OPTIONAL, then);
            if (first.is(Act.MIGRATE_RUNNABLE) && !then.is(Act.MIGRATE_RUNNABLE)) {
                clearBecause(first, Act.MIGRATE_RUNNABLE, then);
            }
        }
        if ((type & OrderCons.IMPLIES_FIRST_MIGRATABLE) != 0 && (filter & Act.OPTIONAL) != 0) {
            if ((then.flags & (Act.MIGRATE_RUNNABLE | Act.RUNNABLE)) != (Act.MIGRATE_RUNNABLE | Act.RUNNABLE)) {
                clearBecause(first, Act.RUNNABLE, then);
            }
            if (!then.is(Act.OPTIONAL)) {
                clearBecause(first, Act.OPTIONAL, then);
            }
        }
        if ((type & OrderCons.PSEUDO_LEFT) != 0 && (filter & Act.OPTIONAL) != 0 && !first.is(Act.RUNNABLE)) {
            clearBecause(then, Act.MIGRATE_RUNNABLE, first);
            then.clear(Act.PSEUDO);
        }
        if ((type & OrderCons.RUNNABLE_LEFT) != 0 && (filter & Act.RUNNABLE) != 0 && then.is(Act.RUNNABLE)
                && (flags & Act.RUNNABLE) == 0) {
            clearBecause(then, Act.RUNNABLE, first);
            clearBecause(then, Act.MIGRATE_RUNNABLE, first);
        }
        if ((type & OrderCons.IMPLIES_THEN) != 0 && (filter & Act.OPTIONAL) != 0 && then.is(Act.OPTIONAL)
                && (flags & Act.OPTIONAL) == 0 && !first.is(Act.MIGRATE_RUNNABLE)) {
            clearBecause(then, Act.OPTIONAL, first);
        }
        if ((type & OrderCons.RESTART) != 0 && then.rsc != null) {
            handleRestart(first, then, filter);
        }
        if (thenFlags != then.flags) {
            changed |= UPDATED_THEN;
            // (the update below is for "X_stop then X_start" in cloned groups)
            if (then.rsc != null && then.rsc.parent != null) {
                update(s, then);
            }
        }
        if (firstFlags != first.flags) {
            changed |= UPDATED_FIRST;
        }
        return changed;
    }
}

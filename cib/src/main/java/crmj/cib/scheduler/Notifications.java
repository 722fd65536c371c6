package crmj.cib.scheduler;

import crmj.cib.status.WRsc;
import crmj.cib.status.WRsc.Flag;

/** Clone notifications: the pseudo-actions around a clone action ({@code pe__clone_notif_pseudo_ops}). */
final class Notifications {
    private Notifications() {
    }

    static String key(String rscId, String type, String task) {
        return rscId + "_" + type + "_notify_" + task + "_0";
    }

    private static Act pseudo(Sched s, WRsc rsc, Act action, String notifAction, String type) {
        Act notify = s.customAction(rsc, key(rsc.id, type, action.task), notifAction, null, action.is(Act.OPTIONAL),
                true);
        notify.set(Act.PSEUDO);
        notify.meta.put("notify_key_type", type);
        notify.meta.put("notify_key_operation", action.task);
        return notify;
    }

    /** Creates the pre/post notification pseudo-actions for a clone action, when the clone notifies. */
    static void pseudoOps(Sched s, WRsc rsc, String task, Act action, Act complete) {
        RS.Notif n = newPseudoOps(s, rsc, task, action, complete);
        if (n != null) {
            s.rs(rsc).notifs.put(task, n);
        }
    }

    /**
     * {@code pe__order_notifs_after_fencing}: for a stop implied by fencing, "post-" notification
     * pseudo-actions of the instance ordered after the fencing, and the clone's other instances notified
     * from them (the stop's own notifications are not enough to order them).
     */
    static void orderAfterFencing(Sched s, WRsc rsc, Act stonith) {
        RS.Notif n = newPseudoOps(s, rsc, "stop", null, stonith);
        if (n != null) {
            createActions(s, rsc.uberParent(), "stop", n);
        }
    }

    /** {@code pe__clone_notif_pseudo_ops}: the pseudo-actions, or null when the resource does not notify. */
    private static RS.Notif newPseudoOps(Sched s, WRsc rsc, String task, Act action, Act complete) {
        if (!rsc.is(Flag.NOTIFY)) {
            return null;
        }
        Act pre = null;
        Act preDone = null;
        Act post = null;
        Act postDone = null;
        if (action != null) {
            pre = pseudo(s, rsc, action, "notify", "pre");
            pre.set(Act.RUNNABLE);
            pre.meta.put("notify_type", "pre");
            pre.meta.put("notify_operation", task);
            preDone = pseudo(s, rsc, action, "notified", "confirmed-pre");
            preDone.set(Act.RUNNABLE);
            preDone.meta.put("notify_type", "pre");
            preDone.meta.put("notify_operation", task);
            Sched.orderActions(pre, preDone, OrderCons.OPTIONAL);
            Sched.orderActions(preDone, action, OrderCons.OPTIONAL);
        }
        if (complete != null) {
            post = pseudo(s, rsc, complete, "notify", "post");
            setRunnable(post, complete.is(Act.RUNNABLE));
            post.meta.put("notify_type", "post");
            post.meta.put("notify_operation", task);
            postDone = pseudo(s, rsc, complete, "notified", "confirmed-post");
            setRunnable(postDone, complete.is(Act.RUNNABLE));
            postDone.meta.put("notify_type", "post");
            postDone.meta.put("notify_operation", task);
            Sched.orderActions(complete, post, OrderCons.IMPLIES_THEN);
            Sched.orderActions(post, postDone, OrderCons.IMPLIES_THEN);
        }
        if (action != null && complete != null) {
            Sched.orderActions(preDone, post, OrderCons.OPTIONAL);
        }
        return new RS.Notif(pre, preDone, post, postDone);
    }

    /** {@code clone_expand}'s {@code pe__create_notifications} for start, stop, promote and demote. */
    static void createAll(Sched s, WRsc clone) {
        for (String task : new String[] {"start", "stop", "promote", "demote"}) {
            RS.Notif n = s.rs(clone).notifs.get(task);
            if (n != null) {
                create(s, clone, task, n);
            }
        }
    }

    private static void create(Sched s, WRsc clone, String task, RS.Notif n) {
        boolean[] seen = new boolean[4];
        collect(s, clone, seen);
        boolean required = switch (task) {
            case "stop" -> seen[1];
            case "start" -> seen[0];
            case "demote" -> seen[3];
            case "promote" -> seen[2];
            default -> false;
        };
        if (required) {
            for (Act a : new Act[] {n.pre(), n.preDone(), n.post(), n.postDone()}) {
                if (a != null) {
                    a.clear(Act.OPTIONAL);
                }
            }
        }
        createActions(s, clone, task, n);
    }

    /** Whether any instance has a required, runnable start, stop, promote or demote (stops on unclean nodes count). */
    private static void collect(Sched s, WRsc rsc, boolean[] seen) {
        if (!rsc.children.isEmpty()) {
            for (WRsc c : rsc.children) {
                collect(s, c, seen);
            }
            return;
        }
        for (Act op : s.rs(rsc).actions) {
            if (op.is(Act.OPTIONAL) || op.node == null) {
                continue;
            }
            if (!(op.task.equals("stop") && op.node.unclean) && !op.is(Act.RUNNABLE)) {
                continue;
            }
            switch (op.task) {
                case "start" -> seen[0] = true;
                case "stop" -> seen[1] = true;
                case "promote" -> seen[2] = true;
                case "demote" -> seen[3] = true;
                default -> {
                }
            }
        }
    }

    private static void createActions(Sched s, WRsc rsc, String task, RS.Notif n) {
        if (!rsc.children.isEmpty()) {
            for (WRsc c : rsc.children) {
                createActions(s, c, task, n);
            }
            return;
        }
        boolean[] seen = new boolean[4];
        collect(s, rsc.uberParent(), seen);
        if ((task.equals("start") && !seen[0]) || (task.equals("promote") && !seen[2])
                || (task.equals("demote") && !seen[3])) {
            return;
        }
        if (rsc.role != crmj.cib.status.Role.STOPPED && (task.equals("stop") || task.equals("demote"))) {
            Act stop = s.firstByTask(rsc, "stop", null);
            for (crmj.cib.status.WNode current : rsc.runningOn) {
                if (stop != null && stop.is(Act.PSEUDO) && (current.unclean || current.remoteRequiresReset)) {
                    continue;
                }
                notifyAction(s, rsc, current, n.pre(), n.preDone());
                if (task.equals("demote") || stop == null || stop.is(Act.OPTIONAL)) {
                    postNotify(s, rsc, current, n);
                }
            }
        }
        if (rsc.nextRole != crmj.cib.status.Role.STOPPED && (task.equals("start") || task.equals("promote"))) {
            Act start = s.firstByTask(rsc, "start", null);
            crmj.cib.status.WNode node = s.rs(rsc).allocatedTo;
            if (node == null) {
                return;
            }
            if (!task.equals("start") || start == null || start.is(Act.OPTIONAL)) {
                notifyAction(s, rsc, node, n.pre(), n.preDone());
            }
            postNotify(s, rsc, node, n);
        }
    }

    private static Act notifyAction(Sched s, WRsc rsc, crmj.cib.status.WNode node, Act op, Act done) {
        if (op == null || done == null || !node.online || !op.is(Act.RUNNABLE)) {
            return null;
        }
        String type = op.meta.get("notify_type");
        String task = op.meta.get("notify_operation");
        Act notify = s.customAction(rsc, key(rsc.id, type, task), op.task, node, op.is(Act.OPTIONAL), true);
        for (java.util.Map.Entry<String, String> e : op.meta.entrySet()) {
            notify.meta.putIfAbsent(e.getKey(), e.getValue());
        }
        Sched.orderActions(op, notify, OrderCons.OPTIONAL);
        Sched.orderActions(notify, done, OrderCons.OPTIONAL);
        return notify;
    }

    private static void postNotify(Sched s, WRsc rsc, crmj.cib.status.WNode node, RS.Notif n) {
        notifyAction(s, rsc, node, n.post(), n.postDone());
        if (n.postDone() == null) {
            return;
        }
        for (Act mon : new java.util.ArrayList<>(s.rs(rsc).actions)) {
            String interval = mon.meta.get("interval");
            if (interval == null || interval.equals("0") || mon.task.equals("cancel")) {
                continue;
            }
            Sched.orderActions(n.postDone(), mon, OrderCons.OPTIONAL);
        }
    }

    private static void setRunnable(Act a, boolean runnable) {
        if (runnable) {
            a.set(Act.RUNNABLE);
        } else {
            a.clear(Act.RUNNABLE);
        }
    }
}

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
        if (!rsc.is(Flag.NOTIFY)) {
            return;
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
        s.rs(rsc).notifs.put(task, new RS.Notif(pre, preDone, post, postDone));
    }

    private static void setRunnable(Act a, boolean runnable) {
        if (runnable) {
            a.set(Act.RUNNABLE);
        } else {
            a.clear(Act.RUNNABLE);
        }
    }
}

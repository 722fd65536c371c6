package crmj.cib.scheduler;

import crmj.cib.status.FailCounts;
import crmj.cib.status.OpConfig;
import crmj.cib.status.OpEntry;
import crmj.cib.status.Values;
import crmj.cib.status.WNode;
import crmj.cib.status.WRsc;
import crmj.cib.status.WRsc.Flag;
import crmj.cib.status.XmlElement;

import java.util.ArrayList;
import java.util.List;

/**
 * Resources whose definition changed since they were started ({@code pcmk__handle_rsc_config_changes}): changed
 * agents and parameters restart or reload them, recurring operations no longer configured are cancelled.
 */
final class ConfigChanges {
    private ConfigChanges() {
    }

    static void handle(Sched s) {
        XmlElement status = s.ws.doc.root().child("status");
        if (status == null) {
            return;
        }
        for (WNode node : s.ws.nodes) {
            if (!node.maintenance && !Sched.nodeAvailable(node, null, false)) {
                continue;
            }
            XmlElement history = nodeHistory(status, node);
            if (history == null) {
                continue;
            }
            for (XmlElement entry : history.children("lrm_resource")) {
                if (entry.children().isEmpty()) {
                    continue;
                }
                for (WRsc rsc : matching(s, entry.attr("id"))) {
                    if (rsc.variant == WRsc.Variant.NATIVE) {
                        processHistory(s, entry, rsc, node);
                    }
                }
            }
        }
    }

    private static XmlElement nodeHistory(XmlElement status, WNode node) {
        for (XmlElement state : status.children("node_state")) {
            if (node.uname.equals(state.attr("uname"))) {
                XmlElement lrm = state.child("lrm");
                return lrm == null ? null : lrm.child("lrm_resources");
            }
        }
        return null;
    }

    /** {@code pcmk__rscs_matching_id}. */
    private static List<WRsc> matching(Sched s, String id) {
        List<WRsc> out = new ArrayList<>();
        for (WRsc r : s.ws.resources) {
            collect(r, id, out);
        }
        return out;
    }

    private static void collect(WRsc rsc, String id, List<WRsc> out) {
        if (rsc.id.equals(id) || id.equals(rsc.cloneName)) {
            out.add(rsc);
        }
        for (WRsc c : rsc.children) {
            collect(c, id, out);
        }
    }

    /** {@code pcmk__rsc_agent_changed}. */
    private static boolean agentChanged(Sched s, WRsc rsc, WNode node, XmlElement entry, boolean active) {
        boolean changed = false;
        for (String attr : new String[] {"type", "class", "provider"}) {
            String now = rsc.xml.attr(attr);
            String old = entry.attr(attr);
            if (now == null ? old != null : !now.equals(old)) {
                changed = true;
            }
        }
        if (changed) {
            Fencing.triggerUnfencing(s, rsc, node, "Device definition changed", null);
        }
        if (changed && active) {
            s.stopAction(rsc, node, false);
            rsc.set(Flag.START_PENDING);
        }
        return changed;
    }

    /** {@code pcmk__schedule_cleanup}. */
    static void scheduleCleanup(Sched s, WRsc rsc, WNode node, boolean optional) {
        int flag = optional ? OrderCons.IMPLIES_THEN : OrderCons.OPTIONAL;
        if (rsc.is(Flag.FAILED) || node.unclean || !node.online) {
            return;
        }
        s.customAction(rsc, Sched.opKey(rsc.id, "delete", 0), "delete", node, optional, true);
        s.orderResourceActions(rsc, "stop", rsc, "delete", flag);
        s.orderResourceActions(rsc, "delete", rsc, "start", flag);
    }

    private static void processHistory(Sched s, XmlElement entry, WRsc rsc, WNode node) {
        if (rsc.is(Flag.ORPHAN)) {
            if (!rsc.uberParent().isAnonClone()) {
                scheduleCleanup(s, rsc, node, false);
            }
            return;
        }
        if (!rsc.runningOn.contains(node)) {
            if (agentChanged(s, rsc, node, entry, false)) {
                scheduleCleanup(s, rsc, node, false);
            }
            return;
        }
        if (agentChanged(s, rsc, node, entry, true)) {
            scheduleCleanup(s, rsc, node, false);
        }
        List<XmlElement> ops = OpEntry.sortedByAge(entry.children("lrm_rsc_op"));
        int[] indexes = crmj.cib.status.HistoryUnpacker.activeIndexes(ops);
        int start = indexes[0];
        int stop = indexes[1];
        if (start < stop) {
            return;
        }
        for (int i = 0; i < ops.size(); i++) {
            if (i < start) {
                continue;
            }
            XmlElement op = ops.get(i);
            String task = op.attr("operation");
            long interval = Values.leadingLong(op.attr("interval"), 0);
            if (interval > 0 && (rsc.is(Flag.MAINTENANCE) || node.maintenance)) {
                scheduleCancel(s, rsc, op.attr("call-id"), task, interval, node);
            } else if (interval > 0 || "monitor".equals(task) || "start".equals(task) || "promote".equals(task)
                    || "migrate_from".equals(task)) {
                if (checkActionConfig(s, rsc, node, op)
                        && FailCounts.get(node, rsc, true, null, s.ws).count() != 0) {
                    Act clear = s.customAction(rsc, Sched.opKey(rsc.id, "clear_failcount", 0), "clear_failcount",
                            node, false, true);
                    clear.meta.put("op_no_wait", "true");
                }
            }
        }
    }

    /** {@code pcmk__schedule_cancel}. */
    private static void scheduleCancel(Sched s, WRsc rsc, String callId, String task, long interval, WNode node) {
        Act cancel = s.customAction(rsc, Sched.opKey(rsc.id, task, interval), "cancel", node, false, true);
        s.renameTask(cancel, "cancel");
        cancel.meta.put("operation", task);
        cancel.meta.put("interval", Long.toString(interval));
        if (callId != null) {
            cancel.meta.put("call-id", callId);
        }
        s.newOrdering(rsc, Sched.opKey(rsc.id, "stop", 0), null, rsc, null, cancel, OrderCons.OPTIONAL);
    }

    /** {@code pcmk__check_action_config}: true when the op's definition changed (or it was cancelled). */
    private static boolean checkActionConfig(Sched s, WRsc rsc, WNode node, XmlElement xmlOp) {
        String task = xmlOp.attr("operation");
        long interval = Values.leadingLong(xmlOp.attr("interval"), 0);
        if (interval > 0) {
            XmlElement conf = OpConfig.find(rsc, Sched.opKey(rsc.id, task, interval), s.ws);
            boolean inConfig = conf != null && !Boolean.FALSE.equals(Values.toBoolean(conf.attr("enabled")));
            if (!inConfig) {
                if (s.options().stopActionOrphans) {
                    scheduleCancel(s, rsc, xmlOp.attr("call-id"), task, interval, node);
                }
                return true;
            }
        }
        String digestTask = interval == 0 && ("monitor".equals(task) || "migrate_from".equals(task)
                || "promote".equals(task)) ? "start" : task;
        switch (Digests.compare(s, rsc, xmlOp, node)) {
            case SANITIZED -> {
                if (s.scores != null) {
                    // only_sanitized_changed's note, which crm_simulate prints among the scores
                    s.scores.add("Only 'private' parameters to "
                            + s.readableInterval(interval) + "-interval " + digestTask
                            + " for " + rsc.id + " on " + node.uname + " changed: " + xmlOp.attr("transition-magic"));
                }
                return false;
            }
            case RESTART -> {
                forceRestart(s, rsc, digestTask, interval, node);
                return true;
            }
            case ALL, UNKNOWN -> {
                if (interval > 0) {
                    Fencing.triggerUnfencing(s, rsc, node, "Device parameters changed (reschedule)", null);
                    Act op = s.customAction(rsc, Sched.opKey(rsc.id, task, interval), task, node, true, true);
                    op.set(Act.RESCHEDULE);
                } else if (xmlOp.attr("op-restart-digest") != null) {
                    Fencing.triggerUnfencing(s, rsc, node, "Device parameters changed (reload)", null);
                    scheduleReload(s, rsc, node);
                } else {
                    forceRestart(s, rsc, digestTask, interval, node);
                }
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    private static void forceRestart(Sched s, WRsc rsc, String task, long interval, WNode node) {
        Act required = s.customAction(rsc, Sched.opKey(rsc.id, task, interval), task, null, false, true);
        required.setReason("resource definition change", true);
        Fencing.triggerUnfencing(s, rsc, node, "Device parameters changed", null);
    }

    private static void scheduleReload(Sched s, WRsc rsc, WNode node) {
        if (rsc.variant != WRsc.Variant.NATIVE) {
            for (WRsc c : rsc.children) {
                scheduleReload(s, c, node);
            }
            return;
        }
        if (node == null || !rsc.is(Flag.MANAGED) || rsc.is(Flag.FAILED)) {
            return;
        }
        if (rsc.is(Flag.START_PENDING)) {
            s.stopAction(rsc, node, false);
            return;
        }
        s.rs(rsc).reload = true;
        Act reload = s.customAction(rsc, Sched.opKey(rsc.id, "reload-agent", 0), "reload-agent", node, false, true);
        reload.setReason("resource definition change", false);
        s.newOrdering(null, null, reload, rsc, Sched.opKey(rsc.id, "stop", 0), null,
                OrderCons.OPTIONAL | OrderCons.THEN_CANCELS_FIRST);
        s.newOrdering(null, null, reload, rsc, Sched.opKey(rsc.id, "demote", 0), null,
                OrderCons.OPTIONAL | OrderCons.THEN_CANCELS_FIRST);
    }
}

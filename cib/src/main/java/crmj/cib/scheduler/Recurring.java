package crmj.cib.scheduler;

import crmj.cib.status.Role;
import crmj.cib.status.Values;
import crmj.cib.status.WNode;
import crmj.cib.status.WRsc;
import crmj.cib.status.XmlElement;

/** Recurring monitors for a resource's next role ({@code pcmk__create_recurring_actions}, active role part). */
final class Recurring {
    private Recurring() {
    }

    static void create(Sched s, WRsc rsc) {
        XmlElement ops = crmj.cib.status.OpConfig.operations(rsc, s.ws);
        WNode node = s.rs(rsc).allocatedTo;
        if (ops == null || node == null || rsc.nextRole == Role.STOPPED || !rsc.is(WRsc.Flag.MANAGED)) {
            return;
        }
        for (XmlElement op : ops.children("op")) {
            if (!"monitor".equals(op.attr("name"))) {
                continue;
            }
            long interval = Values.intervalMs(op.attr("interval"));
            Boolean enabled = Values.toBoolean(op.attr("enabled"));
            if (interval <= 0 || (enabled != null && !enabled)) {
                continue;
            }
            Role role = op.attr("role") == null ? Role.UNKNOWN : Role.parse(op.attr("role"));
            if (role == Role.STOPPED) {
                continue;
            }
            Role next = rsc.nextRole;
            if (role != Role.UNKNOWN && role != next && !(role == Role.STARTED && next == Role.UNPROMOTED)
                    && !(role == Role.UNPROMOTED && next == Role.STARTED)) {
                continue;
            }
            if (role == Role.UNKNOWN && next == Role.PROMOTED) {
                // a role-less monitor does not run on a promoted instance when a promoted one is configured
                continue;
            }
            String key = Sched.opKey(rsc.id, "monitor", interval);
            Act start = s.first(s.resourceActions(rsc, node, "start", false));
            boolean optional = start == null || start.is(Act.OPTIONAL);
            if (optional && !inHistory(s, rsc, node, key)) {
                optional = false;
            }
            Act mon = s.customAction(rsc, key, "monitor", node, optional, true);
            if (start == null || !start.is(Act.RUNNABLE)) {
                if (!rsc.runningOn.contains(node) || start != null) {
                    mon.clear(Act.RUNNABLE);
                }
            }
            s.newOrdering(rsc, Sched.opKey(rsc.id, "start", 0), null, rsc, key, null,
                    OrderCons.IMPLIES_THEN | OrderCons.RUNNABLE_LEFT);
            s.newOrdering(rsc, Sched.opKey(rsc.id, "reload-agent", 0), null, rsc, key, null,
                    OrderCons.IMPLIES_THEN | OrderCons.RUNNABLE_LEFT);
            if (rsc.nextRole == Role.PROMOTED) {
                s.newOrdering(rsc, Sched.opKey(rsc.id, "promote", 0), null, rsc, key, null,
                        OrderCons.OPTIONAL | OrderCons.RUNNABLE_LEFT);
            } else if (rsc.role == Role.PROMOTED) {
                s.newOrdering(rsc, Sched.opKey(rsc.id, "demote", 0), null, rsc, key, null,
                        OrderCons.OPTIONAL | OrderCons.RUNNABLE_LEFT);
            }
        }
    }

    private static boolean inHistory(Sched s, WRsc rsc, WNode node, String key) {
        XmlElement lrm = crmj.cib.status.History.lrmResource(s.ws, rsc.id, node.uname);
        if (lrm == null) {
            return false;
        }
        for (XmlElement op : lrm.children("lrm_rsc_op")) {
            if (key.equals(op.attr("operation_key")) && "0".equals(op.attr("rc-code"))) {
                return true;
            }
        }
        return false;
    }
}

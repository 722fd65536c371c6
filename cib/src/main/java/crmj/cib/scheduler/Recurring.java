package crmj.cib.scheduler;

import crmj.cib.status.OpConfig;
import crmj.cib.status.Role;
import crmj.cib.status.Values;
import crmj.cib.status.WNode;
import crmj.cib.status.WRsc;
import crmj.cib.status.WRsc.Flag;
import crmj.cib.status.XmlElement;

import java.util.List;

/** Recurring monitors for a resource's roles ({@code pcmk_sched_recurring.c}). */
final class Recurring {
    private Recurring() {
    }

    /** A configured recurring op: name, interval, role and key. */
    private record Op(String id, String name, long intervalMs, Role role, String key) {
    }

    private static boolean cannotRecur(String name) {
        return List.of("stop", "start", "demote", "promote", "reload-agent", "migrate_to", "migrate_from")
                .contains(name);
    }

    private static Op recurring(Sched s, WRsc rsc, XmlElement ops, XmlElement xml) {
        long interval = Values.intervalMs(xml.attr("interval"));
        if (interval == 0 || xml.id() == null) {
            return null;
        }
        String name = xml.attr("name");
        if (name == null || cannotRecur(name)) {
            return null;
        }
        String first = null;
        for (XmlElement op : ops.children("op")) {
            if (name.equals(op.attr("name")) && Values.intervalMs(op.attr("interval")) == interval && op.id() != null) {
                if (first != null) {
                    return null;
                }
                first = op.id();
            }
        }
        Role role = xml.attr("role") == null ? Role.UNKNOWN : Role.parse(xml.attr("role"));
        String key = Sched.opKey(rsc.id, name, interval);
        XmlElement entry = OpConfig.find(rsc, key, s.ws);
        if (entry == null || Boolean.FALSE.equals(Values.toBoolean(entry.attr("enabled")))) {
            return null;
        }
        return new Op(xml.id(), name, interval, role, key);
    }

    /** {@code pcmk__create_recurring_actions}. */
    static void create(Sched s, WRsc rsc) {
        if (rsc.is(Flag.BLOCK) || rsc.is(Flag.MAINTENANCE)) {
            return;
        }
        RS st = s.rs(rsc);
        Act start = null;
        if (st.allocatedTo == null) {
            // no active role
        } else if (st.allocatedTo.maintenance) {
            // skipped on a node in maintenance
        } else if (rsc.nextRole != Role.STOPPED || !rsc.is(Flag.MANAGED)) {
            start = s.startAction(rsc, st.allocatedTo, true);
        }
        XmlElement ops = OpConfig.operations(rsc, s.ws);
        if (ops == null) {
            return;
        }
        for (XmlElement xml : ops.children("op")) {
            Op op = recurring(s, rsc, ops, xml);
            if (op == null) {
                continue;
            }
            if (start != null) {
                forActive(s, rsc, start, st.allocatedTo, op);
            }
            forInactive(s, rsc, st.allocatedTo, op);
        }
    }

    private static boolean activeShouldBeOptional(Sched s, WRsc rsc, WNode node, String key, Act start) {
        if (node == null) {
            return false;
        }
        if ((Resources.actionFlags(s, start, null) & Act.OPTIONAL) == 0) {
            return false;
        }
        List<Act> matches = Sched.findActionsExact(s.rs(rsc).actions, key, node);
        if (matches.isEmpty()) {
            return false;
        }
        for (Act a : matches) {
            if (a.is(Act.RESCHEDULE)) {
                return false;
            }
        }
        return true;
    }

    private static Act cancelAction(Sched s, WRsc rsc, String task, long intervalMs, WNode node) {
        Act cancel = s.customAction(rsc, Sched.opKey(rsc.id, task, intervalMs), "cancel", node, false, true);
        // Pacemaker renames whatever action has this key, usually the recurring op found in the history
        s.renameTask(cancel, "cancel");
        cancel.meta.put("operation", task);
        cancel.meta.put("interval", Long.toString(intervalMs));
        return cancel;
    }

    private static void forActive(Sched s, WRsc rsc, Act start, WNode node, Op op) {
        if (op.role() == Role.STOPPED) {
            return;
        }
        boolean optional = activeShouldBeOptional(s, rsc, node, op.key(), start);
        if ((op.role() != Role.UNKNOWN && rsc.nextRole != op.role())
                || (op.role() == Role.UNKNOWN && rsc.nextRole == Role.PROMOTED)) {
            if (optional) {
                Act cancel = cancelAction(s, rsc, op.name(), op.intervalMs(), node);
                String afterKey = null;
                if (rsc.role == Role.UNPROMOTED || rsc.role == Role.STARTED) {
                    if (rsc.nextRole == Role.PROMOTED) {
                        afterKey = Sched.opKey(rsc.id, "promote", 0);
                    } else if (rsc.nextRole == Role.STOPPED) {
                        afterKey = Sched.opKey(rsc.id, "stop", 0);
                    }
                } else if (rsc.role == Role.PROMOTED) {
                    afterKey = Sched.opKey(rsc.id, "demote", 0);
                }
                if (afterKey != null) {
                    s.newOrdering(rsc, null, cancel, rsc, afterKey, null, OrderCons.RUNNABLE_LEFT);
                }
            }
            return;
        }
        Act mon = s.customAction(rsc, op.key(), op.name(), node, optional, true);
        if (!start.is(Act.RUNNABLE)) {
            mon.clear(Act.RUNNABLE);
        } else if (node == null || !node.online || node.unclean) {
            mon.clear(Act.RUNNABLE);
        }
        if (rsc.nextRole == Role.PROMOTED) {
            mon.meta.put("op_target_rc", "8");
        }
        if (node == null || rsc.is(Flag.MANAGED)) {
            s.newOrdering(rsc, Sched.opKey(rsc.id, "start", 0), null, null, mon.uuid, mon,
                    OrderCons.IMPLIES_THEN | OrderCons.RUNNABLE_LEFT);
            s.newOrdering(rsc, Sched.opKey(rsc.id, "reload-agent", 0), null, null, mon.uuid, mon,
                    OrderCons.IMPLIES_THEN | OrderCons.RUNNABLE_LEFT);
            if (rsc.nextRole == Role.PROMOTED) {
                s.newOrdering(rsc, Sched.opKey(rsc.id, "promote", 0), null, rsc, null, mon,
                        OrderCons.OPTIONAL | OrderCons.RUNNABLE_LEFT);
            } else if (rsc.role == Role.PROMOTED) {
                s.newOrdering(rsc, Sched.opKey(rsc.id, "demote", 0), null, rsc, null, mon,
                        OrderCons.OPTIONAL | OrderCons.RUNNABLE_LEFT);
            }
        }
    }

    private static void forInactive(Sched s, WRsc rsc, WNode node, Op op) {
        if (op.role() != Role.STOPPED || !rsc.is(Flag.UNIQUE)) {
            return;
        }
        for (WNode stopNode : s.ws.nodes) {
            if (node != null && stopNode.uname.equalsIgnoreCase(node.uname)) {
                if (!Sched.findActionsExact(s.rs(rsc).actions, op.key(), node).isEmpty()) {
                    Act cancel = cancelAction(s, rsc, op.name(), op.intervalMs(), node);
                    if (rsc.nextRole == Role.STARTED || rsc.nextRole == Role.UNPROMOTED) {
                        s.newOrdering(rsc, null, cancel, rsc, Sched.opKey(rsc.id, "start", 0), null,
                                OrderCons.RUNNABLE_LEFT);
                    }
                }
                continue;
            }
            boolean optional = !Sched.findActionsExact(s.rs(rsc).actions, op.key(), stopNode).isEmpty();
            Act mon = s.customAction(rsc, op.key(), op.name(), stopNode, optional, true);
            mon.meta.put("op_target_rc", "7");
            if (rsc.is(Flag.MANAGED)) {
                for (Act probe : s.resourceActions(rsc, stopNode, "monitor", false)) {
                    Sched.orderActions(probe, mon, OrderCons.RUNNABLE_LEFT);
                }
            }
            for (Act stop : s.resourceActions(rsc, stopNode, "stop", true)) {
                if (!stop.is(Act.OPTIONAL) && !mon.is(Act.OPTIONAL) && !rsc.is(Flag.MANAGED)) {
                    mon.set(Act.OPTIONAL);
                }
                if (!stop.is(Act.RUNNABLE)) {
                    mon.clear(Act.RUNNABLE);
                }
                if (rsc.is(Flag.MANAGED)) {
                    s.newOrdering(rsc, Sched.opKey(rsc.id, "stop", 0), stop, null, null, mon,
                            OrderCons.IMPLIES_THEN | OrderCons.RUNNABLE_LEFT);
                }
            }
            if (!stopNode.online || stopNode.unclean) {
                mon.clear(Act.RUNNABLE);
            }
        }
    }
}

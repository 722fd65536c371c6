package crmj.cib.scheduler;

import crmj.cib.status.Role;
import crmj.cib.status.WNode;
import crmj.cib.status.WRsc;
import crmj.cib.status.WRsc.Flag;

import java.util.ArrayList;
import java.util.List;

/** Probes: finding out a resource's state where it is not known ({@code pcmk_sched_probes.c}). */
final class Probes {
    private Probes() {
    }

    /** {@code pcmk__schedule_probes}. */
    static void schedule(Sched s) {
        for (WNode node : s.ws.nodes) {
            if (!node.online || node.unclean || !node.rscDiscoveryEnabled) {
                continue;
            }
            for (WRsc r : s.ws.resources) {
                probe(s, r, node);
            }
        }
    }

    static boolean probe(Sched s, WRsc rsc, WNode node) {
        if (!s.options().startupProbes) {
            return false;
        }
        if (node.isGuestOrRemote()) {
            if ("stonith".equals(rsc.agentClass()) || rsc.isRemoteNode) {
                return false;
            }
        }
        if (rsc.isClone()) {
            return Clone.createProbe(s, rsc, node);
        }
        if (!rsc.children.isEmpty()) {
            boolean any = false;
            for (WRsc c : rsc.children) {
                any |= probe(s, c, node);
            }
            return any;
        }
        if (rsc.container != null && !rsc.isRemoteNode) {
            return false;
        }
        if (rsc.is(Flag.ORPHAN) || rsc.knownOn.containsKey(node.id)) {
            return false;
        }
        WRsc top = rsc.uberParent();
        Integer allowed = rsc.allowedNodes.get(node.id);
        if (rsc.exclusiveDiscover || top.exclusiveDiscover) {
            if (allowed == null || !s.exclusiveOn(rsc, node)) {
                return false;
            }
        }
        if (s.discoverNeverOn(rsc, node) || node.discoverNever) {
            return false;
        }
        Act probe = s.customAction(rsc, Sched.opKey(rsc.id, "monitor", 0), "monitor", node, false, true);
        probe.clear(Act.OPTIONAL);
        Fencing.orderVsUnfence(s, rsc, node, probe, OrderCons.OPTIONAL);
        if (!rsc.runningOn.contains(node)) {
            probe.meta.put("op_target_rc", "7");
        } else if (rsc.role == Role.PROMOTED) {
            probe.meta.put("op_target_rc", "8");
        }
        if ((rsc.is(Flag.FENCE_DEVICE) && s.options().enableUnfencing) || !top.isClone()) {
            top = rsc;
        }
        int flags = OrderCons.OPTIONAL;
        if (!probe.is(Act.RUNNABLE) && rsc.runningOn.isEmpty()) {
            flags |= OrderCons.RUNNABLE_LEFT;
        }
        s.newOrdering(rsc, null, probe, top, Sched.opKey(top.id, "start", 0), null, flags);
        s.newOrdering(rsc, null, probe, top, Sched.opKey(rsc.id, "reload-agent", 0), null, OrderCons.OPTIONAL);
        return true;
    }

    /** {@code pcmk__order_probes}: probes before the stops that orderings put after their resource's stop. */
    static void orderProbes(Sched s) {
        for (OrderCons order : s.orderings) {
            if (order.flags == OrderCons.NONE || order.firstRsc == null || order.firstRsc == order.thenRsc) {
                continue;
            }
            if ((order.firstAction == null && order.firstTask == null)
                    || (order.thenAction == null && order.thenTask == null)) {
                continue;
            }
            if (order.firstAction != null ? !order.firstAction.task.equals("stop")
                    : !order.firstTask.endsWith("_stop_0")) {
                continue;
            }
            int flags = OrderCons.OPTIONAL;
            if ((order.flags & OrderCons.SAME_NODE) != 0) {
                flags |= OrderCons.SAME_NODE;
            }
            if (order.flags == OrderCons.ANTI_COLOCATION || order.flags == OrderCons.LOAD) {
                flags = order.flags;
            }
            List<Act> probes = s.resourceActions(order.firstRsc, null, "monitor", false);
            if (probes.isEmpty()) {
                continue;
            }
            List<Act> thens = new ArrayList<>();
            if (order.thenAction != null) {
                thens.add(order.thenAction);
            } else if (order.thenRsc != null) {
                thens = Sched.findActions(s.keyed(order.thenRsc, order.thenTask), order.thenTask, null);
                if (thens.isEmpty()) {
                    continue;
                }
            }
            for (Act probe : probes) {
                for (Act then : thens) {
                    if (then.task.equals("stonith") && probe.node != null && probe.node == then.node
                            && "on".equals(then.meta.get("stonith_action"))) {
                        continue; // probes on a node come after unfencing it
                    }
                    if (then.task.equals("do_shutdown") && probe.node != null && then.node != null
                            && probe.node != then.node) {
                        continue;
                    }
                    Sched.orderActions(probe, then, flags);
                }
            }
        }
    }
}

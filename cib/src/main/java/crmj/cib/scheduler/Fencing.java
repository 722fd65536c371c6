package crmj.cib.scheduler;

import crmj.cib.status.WNode;
import crmj.cib.status.WRsc;
import crmj.cib.status.WRsc.Flag;

import java.util.ArrayList;
import java.util.List;

/** Fencing and shutdown actions ({@code pe_fence_op}, {@code schedule_fencing_and_shutdowns}). */
final class Fencing {
    private Fencing() {
    }

    /** {@code pe_fence_node} from the scheduler: the node becomes unclean and an optional fencing op exists. */
    static void fenceNode(Sched s, WNode node, String reason, boolean priorityDelay) {
        crmj.cib.status.Fencing.fenceNode(s.ws, node, reason);
        if (!node.isGuestOrRemote()) {
            fenceOp(s, node, null, true, reason);
        }
    }

    /** {@code pe_fence_op}. */
    static Act fenceOp(Sched s, WNode node, String op, boolean optional, String reason) {
        if (op == null) {
            op = s.options().values.getOrDefault("stonith-action", "reboot");
            if (op.equals("poweroff")) {
                op = "off";
            }
        }
        String key = "stonith-" + node.uname + "-" + op;
        Act fence = s.singletons.get(key);
        if (fence == null) {
            fence = s.customAction(null, key, "stonith", node, true, true);
            fence.meta.put("on_node", node.uname);
            fence.meta.put("on_node_uuid", node.id);
            fence.meta.put("stonith_action", op);
        }
        if (!optional && s.ws.canFence(node)) {
            fence.clear(Act.OPTIONAL);
            fence.setReason(reason, false);
        } else if (reason != null && fence.reason == null) {
            fence.reason = reason;
        }
        return fence;
    }

    /** {@code pcmk__node_unfenced}. */
    static boolean unfenced(WNode node) {
        String v = node.attrs.get("#node-unfenced");
        return v != null && !v.equals("0");
    }

    /** {@code trigger_unfencing}. */
    static void triggerUnfencing(Sched s, WRsc rsc, WNode node, String reason, Act dependency) {
        if (!s.options().enableUnfencing) {
            return;
        }
        if (rsc != null && !rsc.is(Flag.FENCE_DEVICE)) {
            return;
        }
        if (node != null && node.online && !node.unclean && !node.shutdown) {
            Act unfence = fenceOp(s, node, "on", false, reason);
            if (dependency != null) {
                Sched.orderActions(unfence, dependency, OrderCons.OPTIONAL);
            }
        } else if (rsc != null) {
            for (String id : new ArrayList<>(rsc.allowedNodes.keySet())) {
                triggerUnfencing(s, rsc, s.nodeById(id), reason, dependency);
            }
        }
    }

    /** {@code pcmk__order_vs_unfence}. */
    static void orderVsUnfence(Sched s, WRsc rsc, WNode node, Act action, int order) {
        if ((rsc.is(Flag.FENCE_DEVICE) && s.options().enableUnfencing) || rsc.is(Flag.NEEDS_UNFENCING)) {
            Act unfence = fenceOp(s, node, "on", true, null);
            Sched.orderActions(unfence, action, order);
            if (!unfenced(node)) {
                triggerUnfencing(s, null, node, "required by " + rsc.id + " " + action.task, null);
            }
        }
    }

    /** {@code pcmk__order_restart_vs_unfence}. */
    static void orderRestartVsUnfence(Sched s, WRsc rsc, WNode node) {
        Act unfence = fenceOp(s, node, "on", true, null);
        s.newOrdering(rsc, Sched.opKey(rsc.id, "stop", 0), null, null, unfence.uuid, unfence,
                OrderCons.OPTIONAL | OrderCons.SAME_NODE);
        s.newOrdering(null, unfence.uuid, unfence, rsc, Sched.opKey(rsc.id, "start", 0), null,
                OrderCons.IMPLIES_THEN_ON_NODE | OrderCons.SAME_NODE);
    }

    private static boolean isManaged(WRsc rsc) {
        if (rsc.is(Flag.MANAGED)) {
            return true;
        }
        for (WRsc c : rsc.children) {
            if (isManaged(c)) {
                return true;
            }
        }
        return false;
    }

    /** {@code schedule_fencing_and_shutdowns}. */
    static void scheduleFencingAndShutdowns(Sched s) {
        boolean haveManaged = false;
        for (WRsc r : s.ws.resources) {
            haveManaged |= isManaged(r);
        }
        Act dcDown = null;
        List<Act> fencingOps = new ArrayList<>();
        List<Act> shutdownOps = new ArrayList<>();
        boolean concurrent = crmj.cib.status.Values.isTrue(
                s.options().values.getOrDefault("concurrent-fencing", "false"));
        for (WNode node : s.ws.nodes) {
            Act fencing = null;
            if (node.isGuest()) {
                continue;
            }
            if (haveManaged && node.unclean && s.ws.canFence(node)) {
                fencing = fenceOp(s, node, null, false, "node is unclean");
                orderVsFence(s, fencing);
                if (node.isDc) {
                    dcDown = fencing;
                } else {
                    if (!concurrent && !fencingOps.isEmpty()) {
                        Sched.orderActions(fencingOps.get(0), fencing, OrderCons.OPTIONAL);
                    }
                    fencingOps.add(0, fencing);
                }
            } else if (!node.isGuestOrRemote() && node.online && node.shutdown) {
                Act down = shutdownAction(s, node);
                if (node.isDc) {
                    dcDown = down;
                } else {
                    shutdownOps.add(0, down);
                }
            }
        }
        if (dcDown != null) {
            if (dcDown.task.equals("do_shutdown")) {
                for (Act a : shutdownOps) {
                    Sched.orderActions(a, dcDown, OrderCons.OPTIONAL);
                }
            }
            if (concurrent) {
                for (Act a : fencingOps) {
                    Sched.orderActions(a, dcDown, OrderCons.OPTIONAL);
                }
            } else if (!fencingOps.isEmpty()) {
                Sched.orderActions(fencingOps.get(0), dcDown, OrderCons.OPTIONAL);
            }
        }
    }

    /** {@code pcmk__new_shutdown_action}. */
    static Act shutdownAction(Sched s, WNode node) {
        Act down = s.customAction(null, "do_shutdown-" + node.uname, "do_shutdown", node, false, true);
        for (Act a : new ArrayList<>(s.actions)) {
            if (a.rsc == null || a.node != node || !a.task.equals("stop")) {
                continue;
            }
            if (a.rsc.is(Flag.MAINTENANCE) || node.maintenance) {
                continue;
            }
            if (!a.rsc.is(Flag.MANAGED) && !a.rsc.is(Flag.BLOCK)) {
                continue;
            }
            a.clear(Act.OPTIONAL);
            s.newOrdering(a.rsc, null, a, null, "do_shutdown", down, OrderCons.OPTIONAL | OrderCons.RUNNABLE_LEFT);
        }
        down.meta.put("op_no_wait", "true");
        return down;
    }

    /** {@code pcmk__order_vs_fence}: what fencing a node implies for the resources on it. */
    static void orderVsFence(Sched s, Act stonith) {
        for (WRsc r : s.ws.resources) {
            stonithOrdering(s, r, stonith);
        }
    }

    private static void stonithOrdering(Sched s, WRsc rsc, Act stonith) {
        if (!rsc.children.isEmpty()) {
            for (WRsc c : rsc.children) {
                stonithOrdering(s, c, stonith);
            }
        } else if (rsc.is(Flag.MANAGED)) {
            orderStartVsFencing(s, rsc, stonith);
            orderStopVsFencing(s, rsc, stonith);
        }
    }

    private static boolean knownOn(WRsc rsc, WNode node) {
        if (rsc.knownOn.containsKey(node.id)) {
            return true;
        }
        return rsc.variant == WRsc.Variant.NATIVE && rsc.parent != null && rsc.parent.isAnonClone()
                && rsc.parent.knownOn.containsKey(node.id);
    }

    private static void orderStartVsFencing(Sched s, WRsc rsc, Act stonith) {
        WNode target = stonith.node;
        for (Act a : new ArrayList<>(s.rs(rsc).actions)) {
            switch (a.needs) {
                case FENCING -> Sched.orderActions(stonith, a, OrderCons.OPTIONAL);
                case QUORUM -> {
                    if (a.task.equalsIgnoreCase("start") && rsc.allowedNodes.containsKey(target.id)
                            && !knownOn(rsc, target)) {
                        Sched.orderActions(stonith, a, OrderCons.OPTIONAL | OrderCons.RUNNABLE_LEFT);
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void orderStopVsFencing(Sched s, WRsc rsc, Act stonith) {
        WNode target = stonith.node;
        WRsc top = rsc.uberParent();
        List<Act> stops = s.resourceActions(rsc, target, "stop", false);
        boolean implicit = rsc.is(Flag.NEEDS_FENCING) || target.isGuest();
        Act parentStop = null;
        if (!stops.isEmpty() && implicit) {
            parentStop = s.firstByTask(top, "stop", null);
        }
        for (Act a : stops) {
            a.set(Act.PSEUDO | Act.RUNNABLE);
            if (implicit) {
                a.set(Act.IMPLIED_BY_STONITH);
                Sched.orderActions(stonith, a, OrderCons.PRESERVE);
                Sched.orderActions(stonith, parentStop, OrderCons.PRESERVE);
            }
            if (rsc.is(Flag.NOTIFY)) {
                Notifications.orderAfterFencing(s, rsc, stonith);
            }
        }
        for (Act a : s.resourceActions(rsc, target, "demote", false)) {
            if (!a.node.online || a.node.unclean || rsc.is(Flag.FAILED)) {
                a.set(Act.PSEUDO | Act.RUNNABLE);
                if (implicit) {
                    Sched.orderActions(stonith, a, OrderCons.PRESERVE | OrderCons.OPTIONAL);
                }
            }
        }
    }
}

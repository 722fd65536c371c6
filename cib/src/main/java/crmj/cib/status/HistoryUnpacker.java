package crmj.cib.status;

import crmj.cib.status.WRsc.Flag;

import java.util.List;

/**
 * Unpacks a node's resource history ({@code unpack_node_lrm}, {@code unpack_lrm_resource}): finds the
 * resource (or clone instance, or an orphan) each {@code lrm_resource} belongs to, replays its operations
 * oldest first, then settles where it runs.
 */
public final class HistoryUnpacker {
    private final WorkingSet ws;
    private final OpUnpacker ops;
    private final InstanceFinder finder;

    public HistoryUnpacker(WorkingSet ws) {
        this.ws = ws;
        this.ops = new OpUnpacker(ws);
        this.finder = new InstanceFinder(ws);
    }

    public void unpackNode(WNode node, XmlElement state) {
        XmlElement lrm = state.child("lrm");
        XmlElement list = lrm == null ? null : lrm.child("lrm_resources");
        if (list == null) {
            return;
        }
        boolean filler = false;
        for (XmlElement entry : list.children("lrm_resource")) {
            WRsc rsc = unpackResource(node, entry);
            if (rsc != null && rsc.is(Flag.ORPHAN_CONTAINER_FILLER)) {
                filler = true;
            }
        }
        if (filler) {
            mapOrphanedFillers(list);
        }
    }

    private WRsc unpackResource(WNode node, XmlElement entry) {
        String rscId = entry.id();
        if (rscId == null) {
            return null;
        }
        List<XmlElement> opList = entry.children("lrm_rsc_op");
        if (!ws.options.shutdownLock && opList.isEmpty()) {
            return null;
        }
        WRsc rsc = finder.find(node, rscId);
        if (rsc == null) {
            if (opList.isEmpty()) {
                return null;
            }
            rsc = finder.orphan(entry, node);
            if (rsc == null) {
                return null;
            }
        }
        if (ws.options.shutdownLock) {
            unpackShutdownLock(entry, rsc, node);
        }
        Role saved = rsc.role;
        rsc.role = Role.UNKNOWN;
        OpUnpacker.State st = new OpUnpacker.State();
        for (XmlElement op : OpEntry.sortedByAge(opList)) {
            ops.unpack(rsc, node, op, st);
        }
        recordRecurring(node, rsc, OpEntry.sortedByAge(opList));
        new Placement(ws).process(rsc, node, st.onFail);
        Role requested = targetRole(rsc);
        if (requested != null) {
            if (rsc.nextRole == Role.UNKNOWN || requested.compareTo(rsc.nextRole) < 0) {
                rsc.nextRole = requested;
            }
        }
        if (saved.isAfter(rsc.role)) {
            rsc.role = saved;
        }
        return rsc;
    }

    /** {@code calculate_active_ops}: the index of the last start and of the last stop in a sorted history. */
    public static int[] activeIndexes(List<XmlElement> sorted) {
        int stopIndex = -1;
        int startIndex = -1;
        int impliedMonitorStart = -1;
        int impliedCloneStart = -1;
        for (int i = 0; i < sorted.size(); i++) {
            XmlElement op = sorted.get(i);
            String task = op.attr("operation");
            if ("stop".equalsIgnoreCase(task) && "0".equals(op.attr("op-status"))) {
                stopIndex = i;
            } else if ("start".equalsIgnoreCase(task) || "migrate_from".equalsIgnoreCase(task)) {
                startIndex = i;
            } else if (impliedMonitorStart <= stopIndex && "monitor".equalsIgnoreCase(task)) {
                String rc = op.attr("rc-code");
                if ("0".equals(rc) || "8".equals(rc)) {
                    impliedMonitorStart = i;
                }
            } else if ("promote".equalsIgnoreCase(task) || "demote".equalsIgnoreCase(task)) {
                impliedCloneStart = i;
            }
        }
        if (startIndex == -1) {
            startIndex = impliedCloneStart != -1 ? impliedCloneStart : impliedMonitorStart;
        }
        return new int[] {startIndex, stopIndex};
    }

    /** {@code process_recurring}: active recurring ops become optional actions. */
    private void recordRecurring(WNode node, WRsc rsc, List<XmlElement> sorted) {
        int[] indexes = activeIndexes(sorted);
        int startIndex = indexes[0];
        int stopIndex = indexes[1];
        for (int i = 0; i < sorted.size(); i++) {
            XmlElement op = sorted.get(i);
            if (!node.online) {
                break;
            } else if (startIndex < stopIndex && i <= stopIndex) {
                continue;
            } else if (i < startIndex) {
                continue;
            }
            long intervalMs = Values.leadingLong(op.attr("interval"), 0);
            if (intervalMs == 0 || "-1".equals(op.attr("op-status"))) {
                continue;
            }
            String task = op.attr("operation");
            ws.actionRequests.add(new WorkingSet.ActionRequest(rsc, rsc.id + "_" + task + "_" + intervalMs, task,
                    node, true));
        }
    }

    /** {@code get_target_role}: the configured target role when it limits the resource, else null. */
    public static Role targetRole(WRsc rsc) {
        String value = rsc.meta.get("target-role");
        if (value == null || value.equalsIgnoreCase("started") || value.equalsIgnoreCase("default")) {
            return null;
        }
        Role role = Role.parse(value);
        if (role == Role.UNKNOWN) {
            return null;
        }
        if (role.isAfter(Role.STARTED)) {
            if (!rsc.uberParent().is(Flag.PROMOTABLE) || role.isAfter(Role.UNPROMOTED)) {
                return null;
            }
        }
        return role;
    }

    private void unpackShutdownLock(XmlElement entry, WRsc rsc, WNode node) {
        long lockTime = Values.leadingLong(entry.attr("shutdown-lock"), 0);
        if (lockTime == 0) {
            return;
        }
        if (ws.options.shutdownLockSeconds > 0 && ws.now > lockTime + ws.options.shutdownLockSeconds) {
            // an expired lock's history is cleared (pe__clear_resource_history)
            ws.actionRequests.add(new WorkingSet.ActionRequest(rsc, rsc.id + "_lrm_delete_0", "lrm_delete", node,
                    false));
            return;
        }
        rsc.lockNode = node;
    }

    private void mapOrphanedFillers(XmlElement list) {
        for (XmlElement entry : list.children("lrm_resource")) {
            String containerId = entry.attr("container");
            String rscId = entry.id();
            if (containerId == null || rscId == null) {
                continue;
            }
            WRsc container = ws.findResource(containerId);
            WRsc rsc = ws.findResource(rscId);
            if (container == null || rsc == null || !rsc.is(Flag.ORPHAN_CONTAINER_FILLER) || rsc.container != null) {
                continue;
            }
            rsc.container = container;
            container.fillers.add(rsc);
        }
    }
}

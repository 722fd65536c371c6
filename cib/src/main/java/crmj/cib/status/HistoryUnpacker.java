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

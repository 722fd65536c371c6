package crmj.cib.status;

import crmj.cib.status.WRsc.Flag;

/**
 * {@code pe_fence_node} as far as the state goes: which node becomes unclean, or which guest's container is
 * marked failed. The fencing action itself is the scheduler's business.
 */
public final class Fencing {
    private Fencing() {
    }

    public static void fenceNode(WorkingSet ws, WNode node, String reason) {
        if (node.isGuest()) {
            WRsc container = node.remoteRsc.container;
            if (!container.is(Flag.FAILED) && container.is(Flag.MANAGED)) {
                node.remoteRequiresReset = true;
                container.set(Flag.FAILED);
                container.set(Flag.STOP);
            }
        } else if (isDanglingGuest(node)) {
            node.remoteRsc.set(Flag.FAILED);
            node.remoteRsc.set(Flag.STOP);
        } else if (node.isRemote()) {
            WRsc rsc = node.remoteRsc;
            if (rsc == null || rsc.is(Flag.MANAGED)) {
                node.remoteRequiresReset = true;
            }
            node.unclean = true;
        } else {
            node.unclean = true;
            ws.fenceRequests.add(new WorkingSet.FenceRequest(node, reason));
        }
    }

    /** A remote node whose container is gone from both configuration and status. */
    private static boolean isDanglingGuest(WNode node) {
        return node.isGuestOrRemote() && node.remoteRsc != null && node.remoteRsc.container == null
                && node.remoteRsc.is(Flag.ORPHAN_CONTAINER_FILLER);
    }
}

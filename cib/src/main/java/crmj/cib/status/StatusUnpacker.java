package crmj.cib.status;

/**
 * Unpacks the status section ({@code unpack_status}): node states first, then resource histories node by
 * node, in passes, because a remote node's history can be read only once its connection is known to be up.
 */
public final class StatusUnpacker {
    private final WorkingSet ws;
    private final HistoryUnpacker history;

    public StatusUnpacker(WorkingSet ws) {
        this.ws = ws;
        this.history = new HistoryUnpacker(ws);
    }

    public void run(XmlElement status) {
        if (status != null) {
            for (XmlElement state : status.children("node_state")) {
                unpackNodeState(state);
            }
            while (unpackHistories(status, false)) {
                // another pass: newly known connections may allow more remote nodes' histories
            }
            unpackHistories(status, ws.options.stonithEnabled);
        }
        for (WNode node : ws.nodes) {
            if (!node.isGuestOrRemote()) {
                continue;
            }
            if (node.shutdown && node.remoteRsc != null) {
                node.remoteRsc.nextRole = Role.STOPPED;
            }
            if (!node.unpacked) {
                NodeOnline.determineRemote(node);
            }
        }
    }

    private void unpackNodeState(XmlElement state) {
        String id = state.id();
        String uname = state.attr("uname");
        if (id == null || uname == null) {
            return;
        }
        WNode node = ws.findNodeAny(id, uname);
        if (node == null) {
            return;
        }
        if (node.isGuestOrRemote()) {
            node.remoteWasFenced = Values.minInt(state.attr("node_fenced"), 0) != 0;
            return;
        }
        unpackTransientAttributes(state, node);
        node.unclean = false;
        node.unseen = false;
        new NodeOnline(ws).determine(state, node);
        if (!ws.options.haveQuorum && node.online
                && ws.options.noQuorumPolicy == ClusterOptions.NoQuorumPolicy.SUICIDE) {
            Fencing.fenceNode(ws, node, "cluster does not have quorum");
        }
    }

    private void unpackTransientAttributes(XmlElement state, WNode node) {
        NodeAttributes.add(state.child("transient_attributes"), node, true, ws);
        if (Values.isTrue(node.attr("standby"))) {
            node.standby = true;
        }
        if (Values.isTrue(node.attr("maintenance"))) {
            node.maintenance = true;
        }
    }

    /** One pass over the node states; true when some history was unpacked. */
    private boolean unpackHistories(XmlElement status, boolean fence) {
        boolean progress = false;
        for (XmlElement state : status.children("node_state")) {
            String id = state.id();
            String uname = state.attr("uname");
            if (id == null || uname == null) {
                continue;
            }
            WNode node = ws.findNodeAny(id, uname);
            if (node == null || node.unpacked || !ready(node, fence)) {
                continue;
            }
            if (node.isGuestOrRemote()) {
                NodeOnline.determineRemote(node);
                unpackRemoteAttributes(node, state);
            }
            node.unpacked = true;
            history.unpackNode(node, state);
            progress = true;
        }
        return progress;
    }

    private boolean ready(WNode node, boolean fence) {
        if (fence) {
            return true;
        }
        if (node.isGuest()) {
            WRsc rsc = node.remoteRsc;
            return rsc.role == Role.STARTED && rsc.container.role == Role.STARTED;
        }
        if (node.isRemote()) {
            WRsc rsc = node.remoteRsc;
            return rsc != null && (ws.options.shutdownLock || rsc.role == Role.STARTED);
        }
        return ws.options.stonithEnabled || ws.options.shutdownLock || node.online;
    }

    /** {@code unpack_handle_remote_attrs}. */
    private void unpackRemoteAttributes(WNode node, XmlElement state) {
        node.remoteMaintenance = Values.minInt(state.attr("node_in_maintenance"), 0) != 0;
        WRsc rsc = node.remoteRsc;
        if (!node.remoteRequiresReset) {
            node.unclean = false;
            node.unseen = false;
        }
        NodeAttributes.add(state.child("transient_attributes"), node, true, ws);
        if (NodeOnline.shutdownRequested(node)) {
            node.shutdown = true;
        }
        if (Values.isTrue(node.attr("standby"))) {
            node.standby = true;
        }
        if (Values.isTrue(node.attr("maintenance")) || (rsc != null && !rsc.is(WRsc.Flag.MANAGED))) {
            node.maintenance = true;
        }
        String discovery = node.attr("resource-discovery-enabled");
        if (discovery != null && !Values.isTrue(discovery)
                && !(node.isRemote() && !ws.options.stonithEnabled)) {
            node.rscDiscoveryEnabled = false;
        }
    }
}

package crmj.cib.status;

/**
 * Decides whether a cluster node is online, pending, shutting down or unclean from its {@code node_state}
 * ({@code determine_online_status} with and without fencing), and a remote node's from its connection
 * ({@code determine_remote_online_status}).
 */
public final class NodeOnline {
    private final WorkingSet ws;

    public NodeOnline(WorkingSet ws) {
        this.ws = ws;
    }

    public void determine(XmlElement state, WNode node) {
        node.shutdown = false;
        node.expectedUp = false;
        if (shutdownRequested(node)) {
            node.shutdown = true;
        } else if ("member".equalsIgnoreCase(state.attr("expected"))) {
            node.expectedUp = true;
        }
        boolean online;
        if (node.type == WNode.Type.PING) {
            node.unclean = false;
            online = false;
        } else if (!ws.options.stonithEnabled) {
            online = withoutFencing(state, node);
        } else {
            online = withFencing(state, node);
        }
        if (online) {
            node.online = true;
        } else {
            node.weight = -Values.INFINITY;
        }
        if (online && node.shutdown) {
            node.weight = -Values.INFINITY;
        }
    }

    /** {@code pe__shutdown_requested}: a non-zero shutdown attribute. */
    public static boolean shutdownRequested(WNode node) {
        String s = node.attr("shutdown");
        return s != null && !s.equals("0");
    }

    private boolean withoutFencing(XmlElement state, WNode node) {
        String join = state.attr("join");
        String isPeer = state.attr("crmd");
        String inCluster = state.attr("in_ccm");
        if (!Values.isTrue(inCluster)) {
            return false;
        } else if ("online".equalsIgnoreCase(isPeer)) {
            return "member".equalsIgnoreCase(join);
        } else if (!node.expectedUp) {
            return false;
        }
        Fencing.fenceNode(ws, node, "peer is unexpectedly down");
        return false;
    }

    private boolean withFencing(XmlElement state, WNode node) {
        String join = state.attr("join");
        String isPeer = state.attr("crmd");
        String inCluster = state.attr("in_ccm");
        String exp = state.attr("expected");
        String terminate = node.attr("terminate");
        boolean doTerminate = Values.isTrue(terminate)
                || (terminate != null && !terminate.isEmpty() && terminate.charAt(0) != '0'
                    && Character.isDigit(terminate.charAt(0)));
        boolean online = Values.isTrue(inCluster);
        boolean crmdOnline = "online".equalsIgnoreCase(isPeer);
        if (exp == null) {
            exp = "down";
        }
        if (node.shutdown) {
            online = crmdOnline;
        } else if (inCluster == null) {
            Fencing.fenceNode(ws, node, "peer has not been seen by the cluster");
        } else if ("banned".equalsIgnoreCase(join)) {
            Fencing.fenceNode(ws, node, "peer failed Pacemaker membership criteria");
        } else if (!doTerminate && "down".equalsIgnoreCase(exp)) {
            if (Values.isTrue(inCluster) || crmdOnline) {
                node.standby = true;
                node.pending = true;
            }
        } else if (doTerminate && "down".equalsIgnoreCase(join) && !Values.isTrue(inCluster) && !crmdOnline) {
            online = false;
        } else if (!Values.isTrue(inCluster)) {
            Fencing.fenceNode(ws, node, "peer is no longer part of the cluster");
        } else if (!crmdOnline) {
            Fencing.fenceNode(ws, node, "peer process is no longer available");
        } else if (doTerminate) {
            Fencing.fenceNode(ws, node, "termination was requested");
        } else if ("member".equalsIgnoreCase(join)) {
            return online;
        } else if ("pending".equalsIgnoreCase(join) || "down".equalsIgnoreCase(join)) {
            node.standby = true;
            node.pending = true;
        } else {
            Fencing.fenceNode(ws, node, "peer was in an unknown state");
        }
        return online;
    }

    /** {@code determine_remote_online_status}. */
    public static void determineRemote(WNode node) {
        WRsc rsc = node.remoteRsc;
        if (rsc == null) {
            node.online = false;
            return;
        }
        WRsc container = rsc.container;
        WNode host = container != null && rsc.runningOn.size() == 1 ? rsc.runningOn.get(0) : null;
        if (rsc.role == Role.STARTED) {
            node.online = true;
        }
        if (rsc.role == Role.STARTED && rsc.nextRole == Role.STOPPED) {
            node.shutdown = true;
        }
        if (container != null && container.is(WRsc.Flag.FAILED)) {
            node.online = false;
            node.remoteRequiresReset = true;
        } else if (rsc.is(WRsc.Flag.FAILED)) {
            node.online = false;
        } else if (rsc.role == Role.STOPPED || (container != null && container.role == Role.STOPPED)) {
            node.online = false;
            node.remoteRequiresReset = false;
        } else if (host != null && !host.online && host.unclean) {
            node.online = false;
            node.remoteRequiresReset = true;
        }
    }
}

package crmj.cib.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A node while the status is unpacked (Pacemaker's {@code pe_node_t} details): mutable working state. */
final class WNode {
    /** Pacemaker's node types. */
    enum Type { MEMBER, REMOTE, PING }

    final String id;
    final String uname;
    final Type type;
    final Map<String, String> attrs = new HashMap<>();
    final List<WRsc> runningRsc = new ArrayList<>();
    WRsc remoteRsc;
    boolean online;
    boolean unclean;
    boolean pending;
    boolean standby;
    boolean standbyOnFail;
    boolean maintenance;
    boolean shutdown;
    boolean expectedUp;
    boolean unseen;
    boolean unpacked;
    boolean isDc;
    boolean remoteRequiresReset;
    boolean remoteWasFenced;
    boolean remoteMaintenance;
    boolean rscDiscoveryEnabled = true;
    /** Resource discovery never happens here (bundle guest nodes), so no symmetric default score. */
    boolean discoverNever;
    int weight;

    WNode(String id, String uname, Type type) {
        this.id = id;
        this.uname = uname;
        this.type = type;
    }

    /** {@code pe__is_guest_or_remote_node}. */
    boolean isGuestOrRemote() {
        return type == Type.REMOTE;
    }

    /** {@code pe__is_guest_node}: a remote node whose connection runs in a container resource. */
    boolean isGuest() {
        return type == Type.REMOTE && remoteRsc != null && remoteRsc.container != null;
    }

    /** {@code pe__is_remote_node}: a remote node that is not a guest. */
    boolean isRemote() {
        return type == Type.REMOTE && (remoteRsc == null || remoteRsc.container == null);
    }

    String attr(String name) {
        return attrs.get(name);
    }

    @Override
    public String toString() {
        return uname;
    }
}

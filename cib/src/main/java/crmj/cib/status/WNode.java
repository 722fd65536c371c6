package crmj.cib.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A node while the status is unpacked (Pacemaker's {@code pe_node_t} details): mutable working state. */
public final class WNode {
    /** Pacemaker's node types. */
    public enum Type { MEMBER, REMOTE, PING }

    public final String id;
    public final String uname;
    public final Type type;
    public final Map<String, String> attrs = new HashMap<>();
    public final List<WRsc> runningRsc = new ArrayList<>();
    public WRsc remoteRsc;
    public boolean online;
    public boolean unclean;
    public boolean pending;
    public boolean standby;
    public boolean standbyOnFail;
    public boolean maintenance;
    public boolean shutdown;
    public boolean expectedUp;
    public boolean unseen;
    public boolean unpacked;
    public boolean isDc;
    public boolean remoteRequiresReset;
    public boolean remoteWasFenced;
    public boolean remoteMaintenance;
    public boolean rscDiscoveryEnabled = true;
    /** Resource discovery never happens here (bundle guest nodes), so no symmetric default score. */
    public boolean discoverNever;
    public int weight;

    public WNode(String id, String uname, Type type) {
        this.id = id;
        this.uname = uname;
        this.type = type;
    }

    /** {@code pe__is_guest_or_remote_node}. */
    public boolean isGuestOrRemote() {
        return type == Type.REMOTE;
    }

    /** {@code pe__is_guest_node}: a remote node whose connection runs in a container resource. */
    public boolean isGuest() {
        return type == Type.REMOTE && remoteRsc != null && remoteRsc.container != null;
    }

    /** {@code pe__is_remote_node}: a remote node that is not a guest. */
    public boolean isRemote() {
        return type == Type.REMOTE && (remoteRsc == null || remoteRsc.container == null);
    }

    public String attr(String name) {
        return attrs.get(name);
    }

    @Override
    public String toString() {
        return uname;
    }
}

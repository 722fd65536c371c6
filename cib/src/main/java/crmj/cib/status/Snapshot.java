package crmj.cib.status;

import crmj.cib.status.WRsc.Flag;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Freezes the working set into the immutable {@link ClusterState}. */
public final class Snapshot {
    private final WorkingSet ws;

    private Snapshot(WorkingSet ws) {
        this.ws = ws;
    }

    public static ClusterState of(WorkingSet ws) {
        return new Snapshot(ws).build();
    }

    private ClusterState build() {
        List<NodeState> nodes = new ArrayList<>();
        for (WNode n : ws.nodes) {
            nodes.add(node(n));
        }
        List<ResourceState> resources = new ArrayList<>();
        for (WRsc r : ws.resources) {
            resources.add(resource(r));
        }
        int[] counts = Unpacker.count(ws);
        ClusterOptions o = ws.options;
        return new ClusterState(nodes, resources, FailedActions.of(ws), o.haveQuorum,
                Optional.ofNullable(ws.dcNode).map(n -> n.uname), o.maintenanceMode, o.stopEverything,
                o.stonithEnabled, counts[0], counts[1], counts[2], ws.now, ws.doc.root().attributes(), o.values);
    }

    private NodeState node(WNode n) {
        NodeState.Kind kind;
        if (n.isGuest()) {
            kind = NodeState.Kind.GUEST;
        } else if (n.type == WNode.Type.REMOTE) {
            kind = NodeState.Kind.REMOTE;
        } else if (n.type == WNode.Type.PING) {
            kind = NodeState.Kind.PING;
        } else {
            kind = NodeState.Kind.CLUSTER;
        }
        return new NodeState(n.id, n.uname, kind, n.online, n.unclean, n.pending, n.standby, n.standbyOnFail,
                n.maintenance, n.shutdown, Health.of(n, ws.options), n.runningRsc.size(), n.attrs);
    }

    public ResourceState resource(WRsc r) {
        switch (r.variant) {
            case NATIVE:
                return primitive(r);
            case GROUP:
                return new GroupState(r.id, children(r), names(r.runningOn), Unpacker.isDisabled(r), flags(r));
            case CLONE:
                return clone(r);
            default:
                return BundleSnapshot.of(r, this);
        }
    }

    private List<ResourceState> children(WRsc r) {
        List<ResourceState> out = new ArrayList<>();
        for (WRsc c : r.children) {
            out.add(resource(c));
        }
        return out;
    }

    private CloneState clone(WRsc r) {
        List<String> allowed = new ArrayList<>();
        for (String nodeId : r.allowedNodes.keySet()) {
            WNode n = ws.findNodeAny(nodeId, null);
            if (n != null) {
                allowed.add(n.uname);
            }
        }
        String target = r.meta.get("target-role");
        if (target == null && !r.children.isEmpty()) {
            target = r.children.get(0).meta.get("target-role");
        }
        return new CloneState(r.id, r.cloneChildXml.id(), children(r), names(r.runningOn), r.cloneMax, allowed,
                names(new ArrayList<>(r.knownOn.values())), Optional.ofNullable(target), Unpacker.isDisabled(r),
                flags(r));
    }

    public PrimitiveState primitive(WRsc r) {
        String cls = r.xml.attr("class");
        Optional<String> provider = "ocf".equalsIgnoreCase(cls)
                ? Optional.of(r.xml.optAttr("provider").orElse("")) : Optional.empty();
        WNode current = currentNode(r);
        return new PrimitiveState(r.id, r.printableId(), cls == null ? "unknown" : cls, provider,
                r.xml.optAttr("type").orElse("unknown"), r.role, r.nextRole, names(r.runningOn),
                Optional.ofNullable(current).map(n -> n.uname), nativeActive(r),
                Optional.ofNullable(r.pendingTask), Optional.ofNullable(r.pendingNode).map(n -> n.uname),
                Optional.ofNullable(r.lockNode).map(n -> n.uname), Optional.ofNullable(r.meta.get("target-role")),
                r.xml.optAttr("description"), Values.isTrue(r.meta.get("internal")), flags(r));
    }

    /** {@code native_active}: running on an unclean node, or on an online one (or any, if unmanaged). */
    public static boolean nativeActive(WRsc r) {
        for (WNode n : r.runningOn) {
            if (n.unclean || n.online || !r.is(Flag.MANAGED)) {
                return true;
            }
        }
        return false;
    }

    /** {@code pe__current_node}: the migration source, or the first clean node, or the first node. */
    public static WNode currentNode(WRsc r) {
        WNode active = null;
        for (WNode n : r.runningOn) {
            boolean keepLooking = false;
            boolean happy = n.online && !n.unclean;
            if (r.partialMigrationSource != null) {
                if (n == r.partialMigrationSource) {
                    active = n;
                } else {
                    keepLooking = true;
                }
            } else if (!r.is(Flag.NEEDS_FENCING)) {
                if (happy && (active == null || !active.online || active.unclean)) {
                    active = n;
                } else {
                    keepLooking = true;
                }
            }
            if (active == null) {
                active = n;
            }
            if (!keepLooking) {
                break;
            }
        }
        return active;
    }

    public static List<String> names(List<WNode> nodes) {
        List<String> out = new ArrayList<>();
        for (WNode n : nodes) {
            out.add(n.uname);
        }
        return out;
    }

    public static Set<ResourceFlag> flags(WRsc r) {
        Set<ResourceFlag> out = EnumSet.noneOf(ResourceFlag.class);
        map(r, Flag.ORPHAN, ResourceFlag.ORPHAN, out);
        map(r, Flag.MANAGED, ResourceFlag.MANAGED, out);
        map(r, Flag.FAILED, ResourceFlag.FAILED, out);
        map(r, Flag.BLOCK, ResourceFlag.BLOCKED, out);
        map(r, Flag.FAILURE_IGNORED, ResourceFlag.FAILURE_IGNORED, out);
        map(r, Flag.UNIQUE, ResourceFlag.UNIQUE, out);
        // what matters is the clone a resource belongs to (a promotable meta-attribute elsewhere is ignored)
        if (r.uberParent().is(Flag.PROMOTABLE)) {
            out.add(ResourceFlag.PROMOTABLE);
        }
        map(r, Flag.START_PENDING, ResourceFlag.START_PENDING, out);
        map(r, Flag.MAINTENANCE, ResourceFlag.MAINTENANCE, out);
        map(r, Flag.NEEDS_FENCING, ResourceFlag.NEEDS_FENCING, out);
        return out;
    }

    private static void map(WRsc r, Flag f, ResourceFlag to, Set<ResourceFlag> out) {
        if (r.is(f)) {
            out.add(to);
        }
    }
}

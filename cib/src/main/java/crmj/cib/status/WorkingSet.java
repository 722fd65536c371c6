package crmj.cib.status;

import java.util.ArrayList;
import java.util.List;

/**
 * Pacemaker's {@code pe_working_set_t} while the CIB is unpacked: the document, the time, the options, the
 * nodes (kept sorted by name), the resources (in Pacemaker's order) and the failed operations recorded.
 */
public final class WorkingSet {
    public final XmlDocument doc;
    public final long now;
    public final NvpairSets sets;
    public final List<WNode> nodes = new ArrayList<>();
    public final List<WRsc> resources = new ArrayList<>();
    /** Copies of failed operation history entries, with {@code on_node}/{@code rsc-id} recorded. */
    public final List<XmlElement> failed = new ArrayList<>();
    /** Containers of failed bundle connections, stopped once their location is known. */
    public final List<WRsc> stopNeeded = new ArrayList<>();
    /** Cluster nodes found to need fencing while unpacking, in order, with the first reason given. */
    public final List<FenceRequest> fenceRequests = new ArrayList<>();
    public ClusterOptions options;
    public XmlElement rscDefaults;
    public XmlElement opDefaults;
    public XmlElement resourcesSection;
    public String dcUuid;
    public WNode dcNode;
    /** Status lookups, built on first use. */
    public History history;

    /**
     * Actions Pacemaker creates while unpacking the status, in order: optional monitors for active recurring
     * operations ({@code process_recurring}) and the stops and demotes failures call for ({@code process_rsc_state}).
     */
    public final List<ActionRequest> actionRequests = new ArrayList<>();

    /**
     * An action the unpacking asks for ({@code custom_action} during {@code unpack_status}); with
     * {@code ifParamsChanged}, only when that history entry's parameter digest no longer matches the
     * configuration (compared by the scheduler, which knows digests).
     */
    public record ActionRequest(WRsc rsc, String key, String task, WNode node, boolean optional,
                                XmlElement ifParamsChanged) {
        public ActionRequest(WRsc rsc, String key, String task, WNode node, boolean optional) {
            this(rsc, key, task, node, optional, null);
        }
    }

    /** A cluster node found to need fencing, and why ({@code pe_fence_node}). */
    public record FenceRequest(WNode node, String reason) {
    }

    public WorkingSet(XmlDocument doc, long now) {
        this.doc = doc;
        this.now = now;
        this.sets = new NvpairSets(doc);
    }

    /** A rule context with only the time. */
    public Rules.Context timeContext() {
        return Rules.Context.at(now);
    }

    /** {@code pe_create_node}: a new node, inserted in name order. */
    public WNode createNode(String id, String uname, String type) {
        WNode.Type t;
        if (type == null || type.equalsIgnoreCase("member")) {
            t = WNode.Type.MEMBER;
        } else if (type.equalsIgnoreCase("remote")) {
            t = WNode.Type.REMOTE;
        } else {
            t = WNode.Type.PING;
        }
        WNode n = new WNode(id, uname, t);
        n.attrs.put("#kind", t == WNode.Type.REMOTE ? "remote" : "cluster");
        GSort.insertSorted(nodes, n, (a, b) -> Values.numericStrcasecmp(a.uname, b.uname));
        return n;
    }

    /** {@code pe_find_node}: by name, ignoring case. */
    public WNode findNode(String uname) {
        if (uname == null) {
            return null;
        }
        for (WNode n : nodes) {
            if (n.uname.equalsIgnoreCase(uname)) {
                return n;
            }
        }
        return null;
    }

    /** {@code pe_find_node_any}: by id, then by name. */
    public WNode findNodeAny(String id, String uname) {
        if (id != null) {
            for (WNode n : nodes) {
                if (n.id.equalsIgnoreCase(id)) {
                    return n;
                }
            }
        }
        return findNode(uname);
    }

    /** {@code pe_find_resource}: by id or clone name, depth first through the resource list. */
    public WRsc findResource(String id) {
        for (WRsc r : resources) {
            WRsc m = r.find(id);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /** {@code resource_location} for all nodes. */
    public void locationAll(WRsc rsc, int score) {
        for (WNode n : nodes) {
            rsc.addScore(n, score);
        }
    }

    /** {@code pe_can_fence}. */
    public boolean canFence(WNode node) {
        if (node != null && node.isGuest()) {
            for (WNode host : node.remoteRsc.container.runningOn) {
                if (!host.online && !canFence(host)) {
                    return false;
                }
            }
            return true;
        }
        if (!options.stonithEnabled || !options.haveStonithResource) {
            return false;
        }
        if (options.haveQuorum || options.noQuorumPolicy == ClusterOptions.NoQuorumPolicy.IGNORE) {
            return true;
        }
        return node != null && node.online;
    }
}

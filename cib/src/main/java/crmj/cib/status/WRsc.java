package crmj.cib.status;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A resource while the status is unpacked (Pacemaker's {@code pe_resource_t}): mutable working state. */
public final class WRsc {
    /** Resource variants. */
    public enum Variant { NATIVE, GROUP, CLONE, BUNDLE }

    /** Recovery when active on several nodes ({@code multiple-active}). */
    public enum Recovery { STOP_START, STOP_ONLY, BLOCK, STOP_UNEXPECTED }

    /** Resource flags ({@code pe_rsc_*}). */
    public enum Flag {
        ORPHAN, MANAGED, BLOCK, FAILED, STOP, UNIQUE, PROMOTABLE, FAILURE_IGNORED, NEEDS_FENCING, NEEDS_QUORUM,
        NEEDS_UNFENCING, FENCE_DEVICE, ORPHAN_CONTAINER_FILLER, MAINTENANCE, ALLOW_MIGRATE, START_PENDING,
        IS_CONTAINER, NOTIFY, CRITICAL
    }

    public final String id;
    public final Variant variant;
    public final WRsc parent;
    public final XmlElement xml;
    public final XmlElement origXml;
    public final List<WRsc> children = new ArrayList<>();
    public final Map<String, String> meta = new HashMap<>();
    public final Set<Flag> flags = EnumSet.noneOf(Flag.class);
    public final List<WNode> runningOn = new ArrayList<>();
    public final Map<String, WNode> knownOn = new LinkedHashMap<>();
    /** Allowed nodes by node id, with their scores. */
    public final Map<String, Integer> allowedNodes = new LinkedHashMap<>();
    public final List<WRsc> fillers = new ArrayList<>();
    public final List<WNode> danglingMigrations = new ArrayList<>();
    public Role role = Role.STOPPED;
    public Role nextRole = Role.UNKNOWN;
    public String cloneName;
    public String pendingTask;
    public WNode pendingNode;
    public WNode lockNode;
    public WRsc container;
    public boolean isRemoteNode;
    /** Discovered only where a constraint allows it (bundle instances), so no symmetric default score. */
    public boolean exclusiveDiscover;
    public WNode partialMigrationSource;
    public WNode partialMigrationTarget;
    public int priority;
    public int stickiness;
    public int migrationThreshold = Values.INFINITY;
    public int failureTimeout;
    public long remoteReconnectMs;
    public Recovery recovery = Recovery.STOP_START;
    /** Clone data: the configured child and instance limits. */
    public XmlElement cloneChildXml;
    public int cloneMax;
    public int cloneNodeMax;
    public int promotedMax;
    public int promotedNodeMax;
    public int totalClones;
    /** Bundle data, set for bundles only. */
    public BundleData bundle;

    public WRsc(String id, Variant variant, WRsc parent, XmlElement xml, XmlElement origXml) {
        this.id = id;
        this.variant = variant;
        this.parent = parent;
        this.xml = xml;
        this.origXml = origXml;
    }

    public boolean is(Flag f) {
        return flags.contains(f);
    }

    public void set(Flag f) {
        flags.add(f);
    }

    public void clear(Flag f) {
        flags.remove(f);
    }

    /** Sets a flag on this resource and all its descendants. */
    public void setRecursive(Flag f) {
        flags.add(f);
        for (WRsc c : children) {
            c.setRecursive(f);
        }
    }

    /** {@code uber_parent}: the topmost ancestor below any bundle. */
    public WRsc uberParent() {
        WRsc p = this;
        while (p.parent != null && p.parent.variant != Variant.BUNDLE) {
            p = p.parent;
        }
        return p;
    }

    /** {@code top}: the topmost ancestor. */
    public WRsc top() {
        WRsc p = this;
        while (p.parent != null) {
            p = p.parent;
        }
        return p;
    }

    public boolean isClone() {
        return variant == Variant.CLONE;
    }

    /** {@code pe_rsc_is_anon_clone}. */
    public boolean isAnonClone() {
        return variant == Variant.CLONE && !is(Flag.UNIQUE);
    }

    /** {@code pe_rsc_is_bundled}: inside a bundle. */
    public boolean isBundled() {
        return top().variant == Variant.BUNDLE;
    }

    /** {@code rsc_printable_id}: the id without instance number for anonymous clone members. */
    public String printableId() {
        return is(Flag.UNIQUE) ? id : xml.id();
    }

    /** The configured agent class, or null. */
    public String agentClass() {
        return xml.attr("class");
    }

    /** Adds a node to the allowed nodes with a score (adding scores when already there), recursively. */
    public void addScore(WNode node, int score) {
        for (WRsc c : children) {
            c.addScore(node, score);
        }
        addToAllowed(node, score);
    }

    /** {@code resource_node_score}: a node new to the allowed nodes comes with its own weight (pe__copy_node). */
    private void addToAllowed(WNode node, int score) {
        Integer current = allowedNodes.get(node.id);
        allowedNodes.put(node.id, Values.addScores(current == null ? node.weight : current, score));
    }

    /** {@code resource_location(..., "symmetric_default")}: score 0 on the node unless discovery rules it out. */
    public void addSymmetricDefault(WNode node) {
        if (exclusiveDiscover || node.discoverNever) {
            return;
        }
        for (WRsc c : children) {
            c.addSymmetricDefault(node);
        }
        addToAllowed(node, 0);
    }

    /** {@code pe_find_renamed} lookup: by id or clone name among this resource and its descendants. */
    public WRsc find(String rscId) {
        if (rscId.equals(id) || rscId.equals(cloneName)) {
            return this;
        }
        for (WRsc c : children) {
            WRsc r = c.find(rscId);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** {@code pe_find_clone} lookup: by id or configured id, for members of clones only. */
    public WRsc findInClone(String rscId) {
        if (uberParent().isClone() && (rscId.equals(id) || rscId.equals(xml.id()))) {
            return this;
        }
        for (WRsc c : children) {
            WRsc r = c.findInClone(rscId);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return id;
    }
}

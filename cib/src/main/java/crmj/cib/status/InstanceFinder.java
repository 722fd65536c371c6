package crmj.cib.status;

import crmj.cib.status.WRsc.Flag;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the resource a history entry belongs to ({@code unpack_find_resource}): the resource by name, or
 * for anonymous clones the instance running on the node, else a free instance, else a new orphan instance;
 * creates orphans for entries of resources no longer configured ({@code process_orphan_resource}).
 */
public final class InstanceFinder {
    private final WorkingSet ws;

    public InstanceFinder(WorkingSet ws) {
        this.ws = ws;
    }

    public WRsc find(WNode node, String rscId) {
        WRsc rsc = ws.findResource(rscId);
        WRsc parent = null;
        if (rsc == null) {
            WRsc clone0 = ws.findResource(FailCounts.cloneStrip(rscId) + ":0");
            if (clone0 != null && !clone0.is(Flag.UNIQUE)) {
                rsc = clone0;
                parent = clone0.uberParent();
            }
        } else if (rsc.variant != WRsc.Variant.NATIVE) {
            return null;
        } else {
            parent = rsc.uberParent();
        }
        if (parent != null && parent.isAnonClone()) {
            if (parent.isBundled()) {
                rsc = BundleUnpacker.replicaChildOn(parent.parent, node);
            } else {
                rsc = anonymousInstance(node, parent, FailCounts.cloneStrip(rscId));
            }
        }
        if (rsc != null && !rscId.equalsIgnoreCase(rsc.id) && !rscId.equalsIgnoreCase(rsc.cloneName)) {
            rsc.cloneName = rscId;
        }
        return rsc;
    }

    /** {@code find_anonymous_clone}. */
    private WRsc anonymousInstance(WNode node, WRsc parent, String rscId) {
        WRsc rsc = null;
        WRsc inactive = null;
        boolean skipInactive = false;
        for (int i = 0; rsc == null && i < parent.children.size(); i++) {
            WRsc child = parent.children.get(i);
            List<WNode> locations = new ArrayList<>();
            location(child, locations);
            if (!locations.isEmpty()) {
                if (locations.get(0) == node) {
                    rsc = child.findInClone(rscId);
                    if (rsc != null && !rsc.runningOn.isEmpty()) {
                        skipInactive = true;
                        rsc = null;
                    }
                }
            } else if (!skipInactive && inactive == null && !child.is(Flag.BLOCK)) {
                inactive = child.findInClone(rscId);
                if (inactive != null && inactive.pendingNode != null && inactive.pendingNode != node) {
                    inactive = null;
                }
            }
        }
        if (rsc == null && !skipInactive && inactive != null) {
            rsc = inactive;
        }
        if (rsc != null && !rsc.is(Flag.NEEDS_FENCING) && (!node.online || node.unclean) && !node.isGuest()
                && parent.cloneMax != ws.nodes.size()) {
            rsc = null;
        }
        if (rsc == null) {
            WRsc top = new CloneUnpacker(new ResourceFactory(ws)).createChild(parent);
            rsc = top.findInClone(rscId);
        }
        return rsc;
    }

    /** {@code native_location} with current = 2: where a resource runs or has a pending action. */
    public static void location(WRsc rsc, List<WNode> out) {
        if (!rsc.children.isEmpty()) {
            for (WRsc c : rsc.children) {
                location(c, out);
            }
            return;
        }
        for (WNode n : rsc.runningOn) {
            if (!out.contains(n)) {
                out.add(n);
            }
        }
        if (rsc.pendingNode != null && !out.contains(rsc.pendingNode)) {
            out.add(rsc.pendingNode);
        }
    }

    /** {@code process_orphan_resource}: a resource made up from the history entry. */
    public WRsc orphan(XmlElement entry, WNode node) {
        XmlElement xml = new XmlElement("primitive");
        entry.attributes().forEach(xml::setAttr);
        WRsc rsc = new ResourceFactory(ws).unpack(xml, null);
        if (rsc == null) {
            return null;
        }
        if (ResourceFactory.isRemoteAgent(xml)) {
            WNode remote = ws.findNode(rsc.id);
            if (remote == null) {
                remote = ws.createNode(rsc.id, rsc.id, "remote");
            }
            new ConfigUnpacker(ws).linkRemoteNode(rsc);
            remote.shutdown = true;
        }
        if (entry.attr("container") != null) {
            rsc.set(Flag.ORPHAN_CONTAINER_FILLER);
        }
        rsc.set(Flag.ORPHAN);
        ws.resources.add(rsc);
        if (!ws.options.stopRscOrphans) {
            rsc.clear(Flag.MANAGED);
        } else {
            ws.locationAll(rsc, -Values.INFINITY);
        }
        return rsc;
    }
}

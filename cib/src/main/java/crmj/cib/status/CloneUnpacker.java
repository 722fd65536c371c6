package crmj.cib.status;

import crmj.cib.status.WRsc.Flag;

/** Unpacks a clone ({@code clone_unpack}): instance limits, then one instance per instance number. */
public final class CloneUnpacker {
    private final ResourceFactory factory;

    public CloneUnpacker(ResourceFactory factory) {
        this.factory = factory;
    }

    public boolean unpack(WRsc rsc) {
        WorkingSet ws = factory.workingSet();
        if (rsc.is(Flag.PROMOTABLE)) {
            String promotedMax = first(rsc, "promoted-max", "master-max");
            String promotedNodeMax = first(rsc, "promoted-node-max", "master-node-max");
            rsc.promotedMax = promotedMax == null ? 1 : Values.minInt(promotedMax, 0);
            rsc.promotedNodeMax = promotedNodeMax == null ? 1 : Values.minInt(promotedNodeMax, 0);
        }
        String nodeMax = rsc.meta.get("clone-node-max");
        rsc.cloneNodeMax = nodeMax == null ? 1 : Values.minInt(nodeMax, 0);
        String max = rsc.meta.get("clone-max");
        rsc.cloneMax = max == null ? Math.max(1, ws.nodes.size()) : Values.minInt(max, 0);
        if (!rsc.is(Flag.UNIQUE) && rsc.cloneNodeMax > 1) {
            rsc.cloneNodeMax = 1;
        }
        for (XmlElement c : rsc.xml.children()) {
            if (c.name().equals("primitive") || c.name().equals("group")) {
                rsc.cloneChildXml = c;
                break;
            }
        }
        if (rsc.cloneChildXml == null) {
            return false;
        }
        rsc.meta.putIfAbsent("resource-stickiness", "1");
        NvpairSets.addParam(rsc.meta, "globally-unique", rsc.is(Flag.UNIQUE) ? "true" : "false");
        int count = rsc.cloneMax <= 0 ? 1 : rsc.cloneMax;
        for (int i = 0; i < count; i++) {
            if (createChild(rsc) == null) {
                return false;
            }
        }
        return true;
    }

    private static String first(WRsc rsc, String name, String legacy) {
        String v = rsc.meta.get(name);
        return v != null ? v : rsc.meta.get(legacy);
    }

    /** {@code pe__create_clone_child}: the next numbered instance (an orphan beyond clone-max). */
    public WRsc createChild(WRsc clone) {
        boolean asOrphan = clone.totalClones >= clone.cloneMax;
        XmlElement copy = clone.cloneChildXml.copy();
        copy.setAttr("clone", Integer.toString(clone.totalClones));
        WRsc child = factory.unpack(copy, clone);
        if (child == null) {
            return null;
        }
        clone.totalClones++;
        clone.children.add(child);
        if (asOrphan) {
            child.setRecursive(Flag.ORPHAN);
        }
        NvpairSets.addParam(child.meta, "clone-max", Integer.toString(clone.cloneMax));
        return child;
    }

    /** {@code pe__force_anon}: a clone of agents that cannot be unique is anonymous. */
    public static void forceAnonymous(WRsc clone, WorkingSet ws) {
        if (clone.isClone()) {
            clone.cloneNodeMax = 1;
            clone.cloneMax = Math.min(clone.cloneMax, ws.nodes.size());
        }
    }
}

package crmj.cib.status;

import crmj.cib.status.WRsc.Flag;

/**
 * Unpacks a bundle ({@code pe__unpack_bundle}): the container settings, an implicit clone of the bundled
 * primitive (one instance per replica), and per replica the container, IP address and remote connection
 * resources Pacemaker creates, with the guest node each connection provides.
 */
public final class BundleUnpacker {
    private static final String[] AGENTS = {"docker", "rkt", "podman"};

    private final ResourceFactory factory;

    public BundleUnpacker(ResourceFactory factory) {
        this.factory = factory;
    }

    public boolean unpack(WRsc rsc) {
        BundleData b = new BundleData();
        rsc.bundle = b;
        b.prefix = rsc.id;
        XmlElement runtime = null;
        for (String agent : AGENTS) {
            runtime = rsc.xml.child(agent);
            if (runtime != null) {
                b.agentType = agent;
                break;
            }
        }
        if (runtime == null) {
            return false;
        }
        readRuntime(rsc, b, runtime);
        BundleResources.readNetwork(b, rsc.xml.child("network"));
        BundleResources.readStorage(b, rsc.xml.child("storage"));
        XmlElement primitive = rsc.xml.child("primitive");
        if (primitive != null && !b.validNetwork()) {
            return false;
        }
        if (primitive != null) {
            XmlElement cloneXml = cloneXml(b, primitive);
            b.child = factory.unpack(cloneXml, rsc);
            if (b.child == null) {
                return false;
            }
            b.addDefaultMountsAndPort();
            int offset = 0;
            for (WRsc instance : b.child.children) {
                BundleData.Replica r = new BundleData.Replica();
                r.child = instance;
                instance.exclusiveDiscover = true;
                r.offset = offset++;
                b.allocateIp(r);
                b.replicas.add(r);
            }
        } else {
            for (int i = 0; i < b.nReplicas; i++) {
                BundleData.Replica r = new BundleData.Replica();
                r.offset = i;
                b.allocateIp(r);
                b.replicas.add(r);
            }
        }
        BundleResources resources = new BundleResources(factory);
        for (BundleData.Replica r : b.replicas) {
            if (!resources.create(rsc, b, r)) {
                return false;
            }
        }
        if (b.child != null) {
            rsc.children.add(b.child);
        }
        return true;
    }

    private static void readRuntime(WRsc rsc, BundleData b, XmlElement runtime) {
        String promoted = runtime.attr("promoted-max");
        if (promoted == null) {
            promoted = runtime.attr("masters");
        }
        b.promotedMax = Values.minInt(promoted, 0);
        String replicas = runtime.attr("replicas");
        b.nReplicas = replicas == null && b.promotedMax > 0 ? b.promotedMax : Values.minInt(replicas, 1);
        b.nReplicasPerHost = Values.minInt(runtime.attr("replicas-per-host"), 1);
        if (b.nReplicasPerHost == 1) {
            rsc.clear(Flag.UNIQUE);
        }
        b.runCommand = runtime.attr("run-command");
        b.launcherOptions = runtime.attr("options");
        b.image = runtime.attr("image");
        b.containerNetwork = runtime.attr("network");
    }

    /** The implicit clone: {@code PREFIX-clone} (or {@code PREFIX-master} with promoted-max). */
    private static XmlElement cloneXml(BundleData b, XmlElement primitive) {
        XmlElement clone = new XmlElement("clone");
        clone.setAttr("id", b.prefix + "-" + (b.promotedMax > 0 ? "master" : "clone"));
        XmlElement meta = new XmlElement("meta_attributes");
        meta.setAttr("id", b.prefix + "-clone-meta");
        clone.add(meta);
        meta.add(RemoteNodes.nvpair("ordered", "true"));
        meta.add(RemoteNodes.nvpair("clone-max", Integer.toString(b.nReplicas)));
        meta.add(RemoteNodes.nvpair("clone-node-max", Integer.toString(b.nReplicasPerHost)));
        meta.add(RemoteNodes.nvpair("globally-unique", b.nReplicasPerHost > 1 ? "true" : "false"));
        if (b.promotedMax > 0) {
            meta.add(RemoteNodes.nvpair("promotable", "true"));
            meta.add(RemoteNodes.nvpair("promoted-max", Integer.toString(b.promotedMax)));
        }
        clone.add(primitive.copy());
        return clone;
    }

    /** {@code pe__find_bundle_replica}: the child instance of the replica on a node, or null. */
    public static WRsc replicaChildOn(WRsc bundle, WNode node) {
        if (bundle == null || bundle.bundle == null) {
            return null;
        }
        for (BundleData.Replica r : bundle.bundle.replicas) {
            if (r.node == node) {
                return r.child;
            }
        }
        return null;
    }
}

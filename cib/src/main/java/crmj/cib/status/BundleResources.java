package crmj.cib.status;

/**
 * The resources Pacemaker creates for each bundle replica ({@code create_replica_resources}): the container
 * ({@code PREFIX-docker-N}), its IP address ({@code PREFIX-ip-ADDR}) and the remote connection
 * ({@code PREFIX-N}) that makes the container a guest node.
 */
public final class BundleResources {
    private final ResourceFactory factory;
    private final WorkingSet ws;

    public BundleResources(ResourceFactory factory) {
        this.factory = factory;
        this.ws = factory.workingSet();
    }

    public static void readNetwork(BundleData b, XmlElement network) {
        if (network == null) {
            return;
        }
        b.ipRangeStart = network.attr("ip-range-start");
        b.hostNetmask = network.attr("host-netmask");
        b.hostNetwork = network.attr("host-interface");
        b.controlPort = network.attr("control-port");
        Boolean addHost = Values.toBoolean(network.attr("add-host"));
        b.addHost = addHost == null || addHost;
        for (XmlElement m : network.children()) {
            String source = m.attr("port");
            String target = null;
            if (source == null) {
                source = m.attr("range");
            } else {
                target = m.attr("internal-port");
            }
            if (source != null && !source.isEmpty()) {
                b.ports.add(new BundleData.Port(source, target == null ? source : target));
            }
        }
    }

    public static void readStorage(BundleData b, XmlElement storage) {
        if (storage == null) {
            return;
        }
        for (XmlElement m : storage.children()) {
            String source = m.attr("source-dir");
            String target = m.attr("target-dir");
            boolean subdir = false;
            if (source == null) {
                source = m.attr("source-dir-root");
                subdir = true;
            }
            if (source != null && target != null) {
                b.mounts.add(new BundleData.Mount(source, target, m.attr("options"), subdir));
                if (target.equals("/var/log")) {
                    b.needLogMount = false;
                }
            }
        }
    }

    public boolean create(WRsc bundle, BundleData b, BundleData.Replica r) {
        XmlElement container = ContainerXml.build(b, r);
        if (container == null) {
            return false;
        }
        r.container = factory.unpack(container, bundle);
        if (r.container == null) {
            return false;
        }
        bundle.children.add(r.container);
        if (b.ipRangeStart != null) {
            r.ip = factory.unpack(ipXml(b, r), bundle);
            if (r.ip == null) {
                return false;
            }
            bundle.children.add(r.ip);
        }
        if (r.child != null && b.validNetwork() && !createRemote(bundle, b, r)) {
            return false;
        }
        if (r.child != null && r.ipAddr != null) {
            NvpairSets.addParam(r.child.meta, "external-ip", r.ipAddr);
        }
        return true;
    }

    private static XmlElement ipXml(BundleData b, BundleData.Replica r) {
        XmlElement ip = primitive(sanitize(b.prefix + "-ip-" + r.ipAddr), "heartbeat", "IPaddr2");
        XmlElement attrs = new XmlElement("instance_attributes");
        attrs.setAttr("id", sanitize(b.prefix + "-attributes-" + r.offset));
        ip.add(attrs);
        attrs.add(RemoteNodes.nvpair("ip", r.ipAddr));
        if (b.hostNetwork != null) {
            attrs.add(RemoteNodes.nvpair("nic", b.hostNetwork));
        }
        attrs.add(RemoteNodes.nvpair("cidr_netmask", b.hostNetmask != null ? b.hostNetmask : "32"));
        XmlElement ops = new XmlElement("operations");
        ip.add(ops);
        ops.add(RemoteNodes.op(ip.id(), "monitor", "60s", null));
        return ip;
    }

    /** {@code create_remote_resource}: the connection, its guest node, and the allowed nodes it implies. */
    private boolean createRemote(WRsc bundle, BundleData b, BundleData.Replica r) {
        String id = b.prefix + "-" + r.offset;
        if (ws.findResource(id) != null) {
            id = "pcmk-internal-" + r.child.id + "-remote-" + r.offset;
        }
        String connectName = r.ipAddr != null ? r.ipAddr : "#uname";
        XmlElement xml = RemoteNodes.connectionXml(id, r.container.id, null, null, null, connectName,
                b.remotePort());
        WNode node = ws.findNode(id);
        if (node == null) {
            node = ws.createNode(id, id, "remote");
        }
        node.weight = -Values.INFINITY;
        node.discoverNever = true;
        for (WRsc other : ws.resources) {
            disallow(other, node);
        }
        r.node = node;
        r.child.allowedNodes.clear();
        r.child.allowedNodes.put(node.id, 500);
        r.child.parent.allowedNodes.put(node.id, -Values.INFINITY);
        r.remote = factory.unpack(xml, bundle);
        if (r.remote == null) {
            return false;
        }
        for (String nodeId : r.remote.allowedNodes.keySet()) {
            WNode n = ws.findNodeAny(nodeId, null);
            if (n != null && n.isGuestOrRemote()) {
                r.remote.allowedNodes.put(nodeId, -Values.INFINITY);
            }
        }
        node.remoteRsc = r.remote;
        r.remote.container = r.container;
        node.attrs.put("#kind", "container");
        bundle.children.add(r.remote);
        return true;
    }

    /** {@code disallow_node}: a -INFINITY score wherever the node is already allowed. */
    private static void disallow(WRsc rsc, WNode node) {
        rsc.allowedNodes.computeIfPresent(node.id, (k, v) -> -Values.INFINITY);
        for (WRsc c : rsc.children) {
            disallow(c, node);
        }
    }

    public static XmlElement primitive(String id, String provider, String type) {
        XmlElement p = new XmlElement("primitive");
        p.setAttr("id", id);
        p.setAttr("class", "ocf");
        p.setAttr("provider", provider);
        p.setAttr("type", type);
        return p;
    }

    /** {@code crm_xml_sanitize_id}. */
    public static String sanitize(String id) {
        return id.replace(':', '.').replace('#', '.');
    }
}

package crmj.cib.status;

/**
 * Creates the remote and guest nodes that resources imply ({@code unpack_remote_nodes}): one per
 * ocf:pacemaker:remote primitive, and one per primitive with a {@code remote-node} meta-attribute (whose
 * connection primitive is added to the resources section, as Pacemaker does).
 */
public final class RemoteNodes {
    private final WorkingSet ws;

    public RemoteNodes(WorkingSet ws) {
        this.ws = ws;
    }

    public void unpack(XmlElement resources) {
        // Pacemaker's loop also meets the connections it appends; they name nodes that exist by then
        for (XmlElement x : new java.util.ArrayList<>(resources.children())) {
            if (ResourceFactory.isRemoteAgent(x)) {
                String id = x.id();
                if (id != null && ws.findNode(id) == null) {
                    ws.createNode(id, id, "remote");
                }
            } else if (x.name().equals("primitive")) {
                addGuest(x, resources);
            } else if (x.name().equals("group")) {
                for (XmlElement member : x.children()) {
                    addGuest(member, resources);
                }
            }
        }
    }

    private void addGuest(XmlElement primitive, XmlElement resources) {
        String name = expandRemoteMeta(primitive, resources);
        if (name != null && ws.findNode(name) == null) {
            ws.createNode(name, name, "remote");
        }
    }

    /** {@code expand_remote_rsc_meta}: the guest node name, after adding its connection primitive. */
    private String expandRemoteMeta(XmlElement xml, XmlElement resources) {
        String remoteName = null;
        String server = null;
        String port = null;
        String connectTimeout = "60s";
        String allowMigrate = null;
        String managed = null;
        for (XmlElement set : xml.children("meta_attributes")) {
            for (XmlElement attr : set.children()) {
                String name = attr.attr("name");
                String value = attr.attr("value");
                if (name == null) {
                    continue;
                }
                switch (name.toLowerCase(java.util.Locale.ROOT)) {
                    case "remote-node" -> remoteName = value;
                    case "remote-addr" -> server = value;
                    case "remote-port" -> port = value;
                    case "remote-connect-timeout" -> connectTimeout = value;
                    case "remote-allow-migrate" -> allowMigrate = value;
                    case "is-managed" -> managed = value;
                    default -> { }
                }
            }
        }
        // Pacemaker also checks for a resource of that name, but none is unpacked yet at this point
        if (remoteName == null) {
            return null;
        }
        resources.add(connectionXml(remoteName, xml.id(), allowMigrate, managed, connectTimeout, server, port));
        return remoteName;
    }

    /** {@code pe_create_remote_xml}. */
    public static XmlElement connectionXml(String uname, String containerId, String migrateable, String managed,
                                    String startTimeout, String server, String port) {
        XmlElement remote = new XmlElement("primitive");
        remote.setAttr("id", uname);
        remote.setAttr("class", "ocf");
        remote.setAttr("provider", "pacemaker");
        remote.setAttr("type", "remote");
        XmlElement meta = new XmlElement("meta_attributes");
        meta.setAttr("id", uname + "-meta_attributes");
        remote.add(meta);
        meta.add(nvpair("internal", "true"));
        if (containerId != null) {
            meta.add(nvpair("container", containerId));
        }
        if (migrateable != null) {
            meta.add(nvpair("allow-migrate", migrateable));
        }
        if (managed != null) {
            meta.add(nvpair("is-managed", managed));
        }
        if (port != null || server != null) {
            XmlElement inst = new XmlElement("instance_attributes");
            inst.setAttr("id", uname + "-instance_attributes");
            remote.add(inst);
            if (server != null) {
                inst.add(nvpair("addr", server));
            }
            if (port != null) {
                inst.add(nvpair("port", port));
            }
        }
        XmlElement ops = new XmlElement("operations");
        remote.add(ops);
        ops.add(op(uname, "monitor", "30s", "30s"));
        if (startTimeout != null) {
            ops.add(op(uname, "start", "0", startTimeout));
        }
        return remote;
    }

    public static XmlElement nvpair(String name, String value) {
        XmlElement p = new XmlElement("nvpair");
        p.setAttr("name", name);
        p.setAttr("value", value);
        return p;
    }

    public static XmlElement op(String uname, String name, String interval, String timeout) {
        XmlElement op = new XmlElement("op");
        op.setAttr("id", (uname + "-" + name + "-" + interval).replace(':', '.').replace('#', '.'));
        op.setAttr("interval", interval);
        op.setAttr("name", name);
        if (timeout != null) {
            op.setAttr("timeout", timeout);
        }
        return op;
    }
}

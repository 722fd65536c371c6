package crmj.cib.status;

import crmj.cib.status.WRsc.Flag;

import java.util.ArrayList;
import java.util.List;

/**
 * Unpacks the configuration as {@code cluster_status} does before the status: options, nodes, remote and
 * guest nodes implied by resources, resources (sorted by priority), containers and remote connections.
 */
public final class ConfigUnpacker {
    private final WorkingSet ws;

    public ConfigUnpacker(WorkingSet ws) {
        this.ws = ws;
    }

    public void run() {
        XmlElement cib = ws.doc.root();
        XmlElement configuration = cib.child("configuration");
        ws.dcUuid = cib.attr("dc-uuid");
        ws.opDefaults = first(cib, "op_defaults");
        ws.rscDefaults = first(cib, "rsc_defaults");
        ws.options = ClusterOptions.read(first(cib, "crm_config"), ws.sets, ws.timeContext(), cib,
                unfencingConfigured(configuration));
        XmlElement nodes = first(cib, "nodes");
        if (nodes != null) {
            unpackNodes(nodes);
        }
        ws.resourcesSection = first(cib, "resources");
        if (ws.resourcesSection != null) {
            new RemoteNodes(ws).unpack(ws.resourcesSection);
            unpackResources(ws.resourcesSection);
        }
    }

    /** The first element with this name outside the status (Pacemaker's {@code //name} lookups). */
    private static XmlElement first(XmlElement root, String name) {
        for (XmlElement c : root.children()) {
            if (c.name().equals(name)) {
                return c;
            }
            if (!c.name().equals("status")) {
                XmlElement found = first(c, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private boolean unfencingConfigured(XmlElement configuration) {
        if (configuration == null) {
            return false;
        }
        List<XmlElement> sets = new ArrayList<>();
        XmlElement resources = configuration.child("resources");
        if (resources != null) {
            sets.addAll(resources.descendants("meta_attributes"));
        }
        XmlElement defaults = configuration.child("rsc_defaults");
        if (defaults != null) {
            sets.addAll(defaults.children("meta_attributes"));
        }
        for (XmlElement set : sets) {
            for (XmlElement p : set.children("nvpair")) {
                String name = p.attr("name");
                if (("provides".equals(name) || "requires".equals(name)) && "unfencing".equals(p.attr("value"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void unpackNodes(XmlElement nodes) {
        for (XmlElement n : nodes.children("node")) {
            String id = n.id();
            if (id == null) {
                continue;
            }
            String uname = n.attr("uname");
            WNode node = ws.createNode(id, uname == null ? id : uname, n.attr("type"));
            node.weight = Values.score(n.attr("score"));
            handleStartupFencing(node);
            NodeAttributes.add(n, node, false, ws);
        }
    }

    /** {@code handle_startup_fencing}: nodes are unclean until their state is seen, if fencing at start-up. */
    public void handleStartupFencing(WNode node) {
        if (node.type == WNode.Type.REMOTE && node.remoteRsc == null) {
            return;
        }
        node.unclean = ws.options.startupFencing;
        node.unseen = true;
    }

    private void unpackResources(XmlElement section) {
        ResourceFactory factory = new ResourceFactory(ws);
        for (XmlElement x : section.children()) {
            String id = x.id();
            if (id == null || id.isEmpty() || x.name().equals("template")) {
                continue;
            }
            WRsc rsc = factory.unpack(x, null);
            if (rsc != null) {
                ws.resources.add(rsc);
            }
        }
        for (WRsc rsc : ws.resources) {
            setupContainer(rsc);
            linkRemoteNode(rsc);
        }
        List<WRsc> sorted = GSort.sort(ws.resources, (a, b) -> Integer.compare(b.priority, a.priority));
        ws.resources.clear();
        ws.resources.addAll(sorted);
    }

    private void setupContainer(WRsc rsc) {
        if (!rsc.children.isEmpty()) {
            for (WRsc c : rsc.children) {
                setupContainer(c);
            }
            return;
        }
        String containerId = rsc.meta.get("container");
        if (containerId != null && !containerId.equalsIgnoreCase(rsc.id)) {
            WRsc container = ws.findResource(containerId);
            if (container != null) {
                rsc.container = container;
                container.set(Flag.IS_CONTAINER);
                container.fillers.add(rsc);
            }
        }
    }

    /** {@code link_rsc2remotenode}: the node a remote connection resource provides. */
    public void linkRemoteNode(WRsc rsc) {
        if (!rsc.isRemoteNode) {
            return;
        }
        WNode node = ws.findNode(rsc.id);
        if (node == null) {
            return;
        }
        node.remoteRsc = rsc;
        if (rsc.container == null) {
            handleStartupFencing(node);
        } else {
            node.attrs.put("#kind", "container");
        }
    }
}

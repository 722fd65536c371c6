package crmj.cib.status;

/** A node's attributes ({@code add_node_attrs}): built-ins, then instance_attributes sets of an element. */
public final class NodeAttributes {
    private NodeAttributes() {
    }

    public static void add(XmlElement xml, WNode node, boolean overwrite, WorkingSet ws) {
        node.attrs.put("#uname", node.uname);
        node.attrs.put("#id", node.id);
        if (node.id.equalsIgnoreCase(ws.dcUuid == null ? "" : ws.dcUuid)) {
            ws.dcNode = node;
            node.isDc = true;
            node.attrs.put("#is_dc", "true");
        } else {
            node.attrs.put("#is_dc", "false");
        }
        String clusterName = ws.options.values.get("cluster-name");
        if (clusterName != null) {
            node.attrs.put("#cluster-name", clusterName);
        }
        ws.sets.unpack(xml, "instance_attributes", ws.timeContext(), node.attrs, null, overwrite);
        if (node.attr("#site-name") == null) {
            String site = node.attr("site-name");
            if (site != null) {
                node.attrs.put("#site-name", site);
            } else if (clusterName != null) {
                node.attrs.put("#site-name", clusterName);
            }
        }
    }
}

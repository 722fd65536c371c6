package crmj.cib.xml;

import crmj.cib.model.Attr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Edits of a CIB's status section (kept as text in {@link crmj.cib.model.Cib#status()}) as Pacemaker's
 * tools make them on a CIB file: a node's transient attributes ({@code crm_attribute -t status},
 * {@code -l reboot}) in {@code node_state/transient_attributes/instance_attributes}, with crm_attribute's
 * ids ({@code status-NODEID-NAME}), and a resource's operation history on a node (cleanup). The result
 * is printed as Pacemaker writes a CIB file. Nodes are named by their id ({@code node_state id}).
 */
public final class StatusXml {
    private StatusXml() {
    }

    /** True when the status has a {@code node_state} for this node id. */
    public static boolean hasNode(String status, String nodeId) {
        return !status.isEmpty() && nodeState(parse(status), nodeId).isPresent();
    }

    /** The value of a transient attribute of a node, if set. */
    public static Optional<String> transientAttribute(String status, String nodeId, String name) {
        if (status.isEmpty()) {
            return Optional.empty();
        }
        return nodeState(parse(status), nodeId).flatMap(n -> child(n, "transient_attributes"))
                .flatMap(t -> child(t, "instance_attributes"))
                .flatMap(s -> s.elements().stream().filter(nv -> nv.attr("name").equals(Optional.of(name)))
                        .findFirst())
                .flatMap(nv -> nv.attr("value"));
    }

    /** The names of a node's transient attributes, in document order. */
    public static List<String> transientNames(String status, String nodeId) {
        if (status.isEmpty()) {
            return List.of();
        }
        return nodeState(parse(status), nodeId).flatMap(n -> child(n, "transient_attributes"))
                .flatMap(t -> child(t, "instance_attributes"))
                .map(s -> s.elements().stream().map(nv -> nv.attr("name").orElse("")).toList()).orElse(List.of());
    }

    /**
     * Sets a transient attribute as crm_attribute does: the value of an existing nvpair changes, else
     * one is added ({@code status-NODEID-NAME}), creating {@code transient_attributes id=NODEID} and
     * {@code instance_attributes id=status-NODEID} when missing. The node must have a node_state.
     */
    public static String setTransient(String status, String nodeId, String name, String value) {
        XNode.Element root = parse(status);
        List<XNode> nodes = new ArrayList<>();
        for (XNode c : root.children()) {
            if (isNodeState(c, nodeId)) {
                c = withTransient((XNode.Element) c, nodeId, name, value);
            }
            nodes.add(c);
        }
        return print(new XNode.Element(root.tag(), root.attributes(), nodes));
    }

    private static XNode.Element withTransient(XNode.Element node, String nodeId, String name, String value) {
        XNode.Element transients = child(node, "transient_attributes").orElse(
                new XNode.Element("transient_attributes", List.of(new Attr("id", nodeId)), List.of()));
        XNode.Element set = child(transients, "instance_attributes").orElse(
                new XNode.Element("instance_attributes", List.of(new Attr("id", "status-" + nodeId)), List.of()));
        List<XNode> pairs = new ArrayList<>();
        boolean found = false;
        for (XNode p : set.children()) {
            if (p instanceof XNode.Element nv && nv.attr("name").equals(Optional.of(name)) && !found) {
                found = true;
                p = withAttr(nv, "value", value);
            }
            pairs.add(p);
        }
        if (!found) {
            pairs.add(new XNode.Element("nvpair", List.of(new Attr("id", "status-" + nodeId + "-" + name),
                    new Attr("name", name), new Attr("value", value)), List.of()));
        }
        XNode.Element newSet = new XNode.Element(set.tag(), set.attributes(), pairs);
        XNode.Element newTransients = replaceChild(transients, "instance_attributes", newSet);
        return replaceChild(node, "transient_attributes", newTransients);
    }

    /** Deletes a node's transient attributes whose names match (empty sets stay, as crm_attribute leaves them). */
    public static String deleteTransient(String status, String nodeId, Predicate<String> names) {
        return deleteGrandchildren(status, nodeId, "transient_attributes", "instance_attributes", "name", names);
    }

    /** Removes the operation history ({@code lrm_resource id=RSC}) of resources on a node. */
    public static String deleteHistory(String status, String nodeId, Predicate<String> resources) {
        return deleteGrandchildren(status, nodeId, "lrm", "lrm_resources", "id", resources);
    }

    /** In a node's {@code OUTER/INNER}, removes the children whose attribute {@code key} matches. */
    private static String deleteGrandchildren(String status, String nodeId, String outer, String inner, String key,
                                              Predicate<String> matches) {
        XNode.Element root = parse(status);
        List<XNode> nodes = new ArrayList<>();
        for (XNode c : root.children()) {
            if (isNodeState(c, nodeId)) {
                XNode.Element node = (XNode.Element) c;
                Optional<XNode.Element> o = child(node, outer);
                Optional<XNode.Element> i = o.flatMap(x -> child(x, inner));
                if (i.isPresent()) {
                    List<XNode> kept = i.get().children().stream().filter(e -> !(e instanceof XNode.Element el
                            && matches.test(el.attr(key).orElse("")))).toList();
                    XNode.Element newInner = new XNode.Element(i.get().tag(), i.get().attributes(), kept);
                    c = replaceChild(node, outer, replaceChild(o.get(), inner, newInner));
                }
            }
            nodes.add(c);
        }
        return print(new XNode.Element(root.tag(), root.attributes(), nodes));
    }

    private static boolean isNodeState(XNode n, String nodeId) {
        return n instanceof XNode.Element e && e.tag().equals("node_state") && e.attr("id").equals(Optional.of(nodeId));
    }

    private static Optional<XNode.Element> nodeState(XNode.Element root, String nodeId) {
        return root.elements().stream().filter(e -> isNodeState(e, nodeId)).findFirst();
    }

    private static Optional<XNode.Element> child(XNode.Element e, String tag) {
        return e.elements().stream().filter(c -> c.tag().equals(tag)).findFirst();
    }

    /** E with its first TAG child replaced by NEW (or NEW appended when there is none). */
    private static XNode.Element replaceChild(XNode.Element e, String tag, XNode.Element replacement) {
        List<XNode> out = new ArrayList<>();
        boolean done = false;
        for (XNode c : e.children()) {
            if (!done && c instanceof XNode.Element ce && ce.tag().equals(tag)) {
                out.add(replacement);
                done = true;
            } else {
                out.add(c);
            }
        }
        if (!done) {
            out.add(replacement);
        }
        return new XNode.Element(e.tag(), e.attributes(), out);
    }

    private static XNode.Element withAttr(XNode.Element e, String name, String value) {
        List<Attr> attrs = new ArrayList<>();
        for (Attr a : e.attributes()) {
            attrs.add(a.name().equals(name) ? new Attr(name, value) : a);
        }
        return new XNode.Element(e.tag(), attrs, e.children());
    }

    private static XNode.Element parse(String status) {
        return XmlParser.parse(status.isEmpty() ? "<status/>" : status, "status");
    }

    /** As the status text is kept: the element at depth 1 of the CIB, without its first indent and last newline. */
    private static String print(XNode.Element status) {
        String text = PacemakerPrinter.print(status, 1);
        return text.substring(2, text.length() - 1);
    }
}

package crmj.backend.sandbox;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is in the sandbox cluster: every cluster node of the configuration is a member that is up. With no
 * node in the configuration, the cluster's two default members, alpha (id 1) and delta (id 2), join, as a
 * real cluster's controller adds a joining node to the configuration. Each member gets an online
 * {@code node_state} (as the controller writes it once a node has joined); states of nodes no longer
 * configured are dropped. The CIB's {@code have-quorum} and {@code dc-uuid} follow.
 */
final class Membership {
    /** The default members, name to id. */
    static final Map<String, String> DEFAULT_NODES = defaults();

    private static final String ORIGIN = "crmj-sandbox";

    private Membership() {
    }

    private static Map<String, String> defaults() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("alpha", "1");
        m.put("delta", "2");
        return m;
    }

    /** Brings the document's status in line with its configured nodes; true when something changed. */
    static boolean reconcile(Document doc) {
        Element root = doc.getDocumentElement();
        Element configuration = CibDom.childOrAdd(root, "configuration", null);
        Element nodes = CibDom.childOrAdd(configuration, "nodes", null);
        boolean changed = false;
        if (CibDom.children(nodes, "node").isEmpty()) {
            for (Map.Entry<String, String> e : DEFAULT_NODES.entrySet()) {
                Element n = doc.createElement("node");
                n.setAttribute("id", e.getValue());
                n.setAttribute("uname", e.getKey());
                nodes.appendChild(n);
            }
            changed = true;
        }
        List<Element> members = members(nodes);
        Element status = CibDom.status(doc);
        Set<String> names = new HashSet<>();
        for (Element node : members) {
            names.add(node.getAttribute("uname"));
            changed |= online(stateOf(status, node));
        }
        for (Element state : CibDom.children(status, "node_state")) {
            if (!names.contains(state.getAttribute("uname"))) {
                status.removeChild(state);
                changed = true;
            }
        }
        changed |= CibDom.set(root, "have-quorum", members.isEmpty() ? "0" : "1");
        if (!members.isEmpty()) {
            changed |= CibDom.set(root, "dc-uuid", members.get(0).getAttribute("id"));
        }
        return changed;
    }

    /** Cluster nodes (not remote or ping nodes) with a name. */
    private static List<Element> members(Element nodes) {
        List<Element> out = new ArrayList<>();
        for (Element n : CibDom.children(nodes, "node")) {
            String type = n.getAttribute("type");
            if ((type.isEmpty() || type.equals("member") || type.equals("normal")) && !n.getAttribute("uname").isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    private static Element stateOf(Element status, Element node) {
        String uname = node.getAttribute("uname");
        for (Element s : CibDom.children(status, "node_state")) {
            if (uname.equals(s.getAttribute("uname"))) {
                return s;
            }
        }
        Element s = status.getOwnerDocument().createElement("node_state");
        s.setAttribute("id", node.getAttribute("id").isEmpty() ? uname : node.getAttribute("id"));
        s.setAttribute("uname", uname);
        status.appendChild(s);
        return s;
    }

    /** Marks a node state as a joined member, as the controller does; true when it changed. */
    private static boolean online(Element state) {
        boolean changed = CibDom.set(state, "in_ccm", "true");
        changed |= CibDom.set(state, "crmd", "online");
        changed |= CibDom.set(state, "join", "member");
        changed |= CibDom.set(state, "expected", "member");
        if (changed) {
            state.setAttribute("crm-debug-origin", ORIGIN);
        }
        return changed;
    }
}

package crmj.backend.sandbox;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.Optional;

/**
 * A node's transient attributes in the status section, written as {@code crm_attribute -l reboot} writes
 * them: {@code node_state/transient_attributes[@id=NODEID]/instance_attributes[@id=status-NODEID]/nvpair
 * [@id=status-NODEID-NAME]}.
 */
final class TransientAttributes {
    private TransientAttributes() {
    }

    /** Sets an attribute on a node (by name); true when it changed. */
    static boolean set(Document doc, String node, String name, String value) {
        Optional<Element> state = state(doc, node);
        if (state.isEmpty()) {
            return false;
        }
        String id = state.get().getAttribute("id");
        Element set = CibDom.childOrAdd(CibDom.childOrAdd(state.get(), "transient_attributes", id),
                "instance_attributes", "status-" + id);
        for (Element nv : CibDom.children(set, "nvpair")) {
            if (nv.getAttribute("name").equals(name)) {
                return CibDom.set(nv, "value", value);
            }
        }
        Element nv = doc.createElement("nvpair");
        nv.setAttribute("id", "status-" + id + "-" + name);
        nv.setAttribute("name", name);
        nv.setAttribute("value", value);
        set.appendChild(nv);
        return true;
    }

    /** Deletes an attribute from a node; true when it was there. */
    static boolean delete(Document doc, String node, String name) {
        boolean changed = false;
        for (Element t : state(doc, node).map(s -> CibDom.children(s, "transient_attributes"))
                .orElse(java.util.List.of())) {
            for (Element set : CibDom.children(t, "instance_attributes")) {
                for (Element nv : CibDom.children(set, "nvpair")) {
                    if (nv.getAttribute("name").equals(name)) {
                        set.removeChild(nv);
                        changed = true;
                    }
                }
            }
        }
        return changed;
    }

    private static Optional<Element> state(Document doc, String node) {
        for (Element s : CibDom.children(CibDom.status(doc), "node_state")) {
            if (node.equals(s.getAttribute("uname"))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}

package crmj.cib.text;

import crmj.cib.CrmException;
import crmj.cib.SourceLocation;
import crmj.cib.model.AttributeSet;
import crmj.cib.model.Cib;
import crmj.cib.model.CibObject;
import crmj.cib.model.NodeDef;
import crmj.cib.model.Nvpair;
import crmj.cib.model.Part;
import crmj.cib.model.SetKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Node attributes in the configuration section, written as {@code crm_attribute -t nodes -N NODE -n NAME
 * -v VALUE} writes them (and {@code -z} for utilization): the node's first set of the kind, created as
 * {@code nodes-ID} / {@code nodes-ID-utilization}, nvpairs {@code SETID-NAME}.
 */
public final class NodeAttributes {
    private NodeAttributes() {
    }

    /** The node with this name (uname), or an error naming it. */
    public static NodeDef node(Cib cib, String uname, SourceLocation at) {
        for (CibObject o : cib.objects()) {
            if (o instanceof NodeDef n && n.uname().equals(uname)) {
                return n;
            }
        }
        throw new CrmException(at, "Node \"" + uname + "\" is not a cluster node");
    }

    /** The value of a node attribute, if set. */
    public static Optional<String> get(Cib cib, String uname, SetKind kind, String name, SourceLocation at) {
        for (Part p : node(cib, uname, at).parts()) {
            if (p instanceof AttributeSet s && s.kind() == kind) {
                for (Nvpair nv : s.nvpairs()) {
                    if (nv.name().equals(Optional.of(name))) {
                        return nv.value();
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Sets a node attribute (replacing the value of an existing nvpair of that name). */
    public static Cib set(Cib cib, String uname, SetKind kind, String name, String value, SourceLocation at) {
        NodeDef n = node(cib, uname, at);
        List<Part> parts = new ArrayList<>(n.parts());
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof AttributeSet s && s.kind() == kind && s.rules().isEmpty()) {
                List<Nvpair> pairs = new ArrayList<>();
                boolean found = false;
                for (Nvpair nv : s.nvpairs()) {
                    if (nv.name().equals(Optional.of(name))) {
                        pairs.add(new Nvpair(nv.id(), nv.name(), Optional.of(value), nv.idRef()));
                        found = true;
                    } else {
                        pairs.add(nv);
                    }
                }
                if (!found) {
                    pairs.add(Nvpair.of(s.id().orElse(setId(n, kind)) + "-" + name, name, value));
                }
                parts.set(i, new AttributeSet(kind, s.id(), s.idRef(), s.score(), s.rules(), pairs));
                return replace(cib, n, parts);
            }
        }
        String setId = setId(n, kind);
        parts.add(new AttributeSet(kind, Optional.of(setId), Optional.empty(), Optional.empty(), List.of(),
                List.of(Nvpair.of(setId + "-" + name, name, value))));
        return replace(cib, n, parts);
    }

    /** Deletes a node attribute; its set stays, empty, as crm_attribute leaves it. */
    public static Cib delete(Cib cib, String uname, SetKind kind, String name, SourceLocation at) {
        NodeDef n = node(cib, uname, at);
        List<Part> parts = new ArrayList<>();
        for (Part p : n.parts()) {
            if (p instanceof AttributeSet s && s.kind() == kind) {
                List<Nvpair> pairs = new ArrayList<>(s.nvpairs());
                pairs.removeIf(nv -> nv.name().equals(Optional.of(name)));
                parts.add(new AttributeSet(kind, s.id(), s.idRef(), s.score(), s.rules(), pairs));
            } else {
                parts.add(p);
            }
        }
        return replace(cib, n, parts);
    }

    private static String setId(NodeDef n, SetKind kind) {
        return kind == SetKind.UTILIZATION ? "nodes-" + n.id() + "-utilization" : "nodes-" + n.id();
    }

    private static Cib replace(Cib cib, NodeDef n, List<Part> parts) {
        List<CibObject> objects = new ArrayList<>(cib.objects());
        objects.set(objects.indexOf(n), new NodeDef(n.id(), n.uname(), n.nodeType(), n.description(), parts,
                n.comments()));
        return cib.withObjects(objects);
    }
}

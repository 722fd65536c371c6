package crmj.cib.text;

import crmj.cib.model.Alert;
import crmj.cib.model.Bundle;
import crmj.cib.model.CibObject;
import crmj.cib.model.Clone;
import crmj.cib.model.Group;
import crmj.cib.model.NodeDef;
import crmj.cib.model.Part;
import crmj.cib.model.Primitive;

import java.util.List;

/** The child parts (attribute sets, operations, ...) of the objects that have them, read and replaced. */
final class ObjectParts {
    private ObjectParts() {
    }

    /** The object's parts in document order; none for objects without parts. */
    static List<Part> of(CibObject o) {
        if (o instanceof Primitive p) {
            return p.parts();
        } else if (o instanceof Group g) {
            return g.parts();
        } else if (o instanceof Clone c) {
            return c.parts();
        } else if (o instanceof NodeDef n) {
            return n.parts();
        } else if (o instanceof Bundle b) {
            return b.parts();
        } else if (o instanceof Alert a) {
            return a.parts();
        }
        return List.of();
    }

    /** The object with other parts; objects without parts come back unchanged. */
    static CibObject with(CibObject o, List<Part> parts) {
        if (o instanceof Primitive p) {
            return new Primitive(p.id(), p.template(), p.agent(), p.templateRef(), p.description(), parts,
                    p.comments());
        } else if (o instanceof Group g) {
            return new Group(g.id(), g.members(), g.description(), parts, g.comments());
        } else if (o instanceof Clone c) {
            return new Clone(c.id(), c.master(), c.child(), c.description(), parts, c.comments());
        } else if (o instanceof NodeDef n) {
            return new NodeDef(n.id(), n.uname(), n.nodeType(), n.description(), parts, n.comments());
        } else if (o instanceof Bundle b) {
            return new Bundle(b.id(), b.description(), parts, b.child(), b.comments());
        } else if (o instanceof Alert a) {
            return new Alert(a.id(), a.path(), a.description(), parts, a.comments());
        }
        return o;
    }
}

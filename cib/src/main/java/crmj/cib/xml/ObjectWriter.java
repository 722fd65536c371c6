package crmj.cib.xml;

import crmj.cib.model.AclRole;
import crmj.cib.model.AclTarget;
import crmj.cib.model.Alert;
import crmj.cib.model.Attr;
import crmj.cib.model.Bundle;
import crmj.cib.model.CibObject;
import crmj.cib.model.CibObjectVisitor;
import crmj.cib.model.Clone;
import crmj.cib.model.Colocation;
import crmj.cib.model.ContainerPart;
import crmj.cib.model.FencingTopology;
import crmj.cib.model.Group;
import crmj.cib.model.Location;
import crmj.cib.model.NodeDef;
import crmj.cib.model.Order;
import crmj.cib.model.Primitive;
import crmj.cib.model.PropertySet;
import crmj.cib.model.ResourceSet;
import crmj.cib.model.RscTicket;
import crmj.cib.model.Rule;
import crmj.cib.model.Tag;
import crmj.cib.model.XmlObject;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Maps one object to XML nodes, nesting the children of groups, clones and bundles (looked up by id in a
 * {@link ResourceIndex}). Containers are written as crmsh writes them: comments, attribute sets and other
 * parts, then the children.
 */
final class ObjectWriter implements CibObjectVisitor<List<XNode>> {
    private final ResourceIndex index;
    private final Deque<String> open = new ArrayDeque<>();

    ObjectWriter(ResourceIndex index) {
        this.index = index;
    }

    /** The XML of an object. */
    List<XNode> write(CibObject o) {
        return o.accept(this);
    }

    private XNode.Element one(CibObject o) {
        List<XNode> nodes = o.accept(this);
        if (nodes.size() != 1 || !(nodes.get(0) instanceof XNode.Element e)) {
            throw new IllegalArgumentException("resource " + o.id() + " is not a single XML element");
        }
        return e;
    }

    private void nest(ElementBuilder b, String owner, String childId) {
        if (open.contains(childId)) {
            throw new IllegalArgumentException(owner + ": " + childId + " contains itself");
        }
        CibObject child = index.child(childId).orElseThrow(
                () -> new IllegalArgumentException(owner + ": child resource " + childId + " not found"));
        open.push(childId);
        b.child(one(child));
        open.pop();
    }

    @Override
    public List<XNode> visitNode(NodeDef n) {
        // crmsh generates a node's id from its uname and appends it; a given id comes first
        boolean generated = n.id().equals(n.uname());
        ElementBuilder b = new ElementBuilder("node");
        if (!generated) {
            b.attr("id", n.id());
        }
        b.attr("uname", n.uname()).attr("type", n.nodeType()).attr("description", n.description());
        if (generated) {
            b.attr("id", n.id());
        }
        return List.of(b.comments(n.comments()).children(PartWriter.parts(n.parts(), n.uname())).build());
    }

    @Override
    public List<XNode> visitPrimitive(Primitive p) {
        ElementBuilder b = new ElementBuilder(p.template() ? "template" : "primitive").attr("id", p.id());
        p.agent().ifPresent(a -> b.attr("class", a.agentClass()).attr("provider", a.provider())
                .attr("type", a.agentType()));
        b.attr("template", p.templateRef()).attr("description", p.description()).comments(p.comments())
                .children(PartWriter.parts(p.parts(), p.id()));
        return List.of(b.build());
    }

    @Override
    public List<XNode> visitGroup(Group g) {
        ElementBuilder b = new ElementBuilder("group").attr("id", g.id()).attr("description", g.description())
                .comments(g.comments()).children(PartWriter.parts(g.parts(), g.id()));
        g.members().forEach(m -> nest(b, g.id(), m));
        return List.of(b.build());
    }

    @Override
    public List<XNode> visitClone(Clone c) {
        ElementBuilder b = new ElementBuilder(c.master() ? "master" : "clone").attr("id", c.id())
                .attr("description", c.description()).comments(c.comments()).children(PartWriter.parts(c.parts(), c.id()));
        nest(b, c.id(), c.child());
        return List.of(b.build());
    }

    /**
     * A bundle. crmsh keeps the input order of its clauses; the model does not keep where the primitive was,
     * so it is written right after the container, network and storage parts, as in crmsh's documented form
     * ({@code docker ... network ... storage ... primitive X meta ...}).
     */
    @Override
    public List<XNode> visitBundle(Bundle bu) {
        ElementBuilder b = new ElementBuilder("bundle").attr("id", bu.id()).attr("description", bu.description())
                .comments(bu.comments());
        int split = 0;
        for (int i = 0; i < bu.parts().size(); i++) {
            if (bu.parts().get(i) instanceof ContainerPart) {
                split = i + 1;
            }
        }
        b.children(PartWriter.parts(bu.parts().subList(0, split), bu.id()));
        bu.child().ifPresent(c -> nest(b, bu.id(), c));
        b.children(PartWriter.parts(bu.parts().subList(split, bu.parts().size()), bu.id()));
        return List.of(b.build());
    }

    private static ElementBuilder constraint(String tag, String id, List<Attr> attrs, List<String> comments,
                                             List<ResourceSet> sets) {
        ElementBuilder b = new ElementBuilder(tag).attr("id", id).attrs(attrs).comments(comments);
        for (ResourceSet s : sets) {
            ElementBuilder sb = new ElementBuilder("resource_set").attrs(s.attributes()).attr("id", s.id());
            s.resources().forEach(r -> sb.child(new ElementBuilder("resource_ref").attr("id", r).build()));
            b.child(sb.build());
        }
        return b;
    }

    @Override
    public List<XNode> visitLocation(Location l) {
        ElementBuilder b = constraint("rsc_location", l.id(), l.attributes(), l.comments(), l.sets());
        for (Rule r : l.rules()) {
            b.child(PartWriter.rule(r, l.id()));
        }
        return List.of(b.build());
    }

    @Override
    public List<XNode> visitColocation(Colocation c) {
        return List.of(constraint("rsc_colocation", c.id(), c.attributes(), c.comments(), c.sets()).build());
    }

    @Override
    public List<XNode> visitOrder(Order o) {
        return List.of(constraint("rsc_order", o.id(), o.attributes(), o.comments(), o.sets()).build());
    }

    @Override
    public List<XNode> visitRscTicket(RscTicket t) {
        return List.of(constraint("rsc_ticket", t.id(), t.attributes(), t.comments(), t.sets()).build());
    }

    @Override
    public List<XNode> visitPropertySet(PropertySet set) {
        return List.of(PartWriter.attributeSet(set.set(), null, set.comments()));
    }

    @Override
    public List<XNode> visitFencingTopology(FencingTopology t) {
        ElementBuilder b = new ElementBuilder(CibSections.FENCING_TOPOLOGY).comments(t.comments());
        t.levels().forEach(l -> b.child(new ElementBuilder("fencing-level").attrs(l.attributes())
                .attr("id", l.id()).build()));
        return List.of(b.build());
    }

    @Override
    public List<XNode> visitTag(Tag t) {
        ElementBuilder b = new ElementBuilder("tag").attr("id", t.id()).comments(t.comments());
        t.refs().forEach(r -> b.child(new ElementBuilder("obj_ref").attr("id", r).build()));
        return List.of(b.build());
    }

    @Override
    public List<XNode> visitAlert(Alert a) {
        return List.of(new ElementBuilder("alert").attr("id", a.id()).attr("path", a.path())
                .attr("description", a.description()).comments(a.comments())
                .children(PartWriter.parts(a.parts(), a.id())).build());
    }

    @Override
    public List<XNode> visitAclRole(AclRole r) {
        ElementBuilder b = new ElementBuilder("acl_role").attr("id", r.id()).attr("description", r.description())
                .comments(r.comments());
        r.permissions().forEach(p -> b.child(permission(r.id(), p)));
        return List.of(b.build());
    }

    /** A permission: its attributes, then a generated id ({@code ROLE-N}); a given id follows {@code kind}. */
    private static XNode.Element permission(String role, AclRole.Permission p) {
        ElementBuilder b = new ElementBuilder("acl_permission");
        List<Attr> attrs = p.attributes();
        if (CrmshIds.generated(p.id(), role) || attrs.isEmpty() || !attrs.get(0).name().equals("kind")) {
            return b.attrs(attrs).attr("id", p.id()).build();
        }
        return b.attrs(attrs.subList(0, 1)).attr("id", p.id()).attrs(attrs.subList(1, attrs.size())).build();
    }

    @Override
    public List<XNode> visitAclTarget(AclTarget t) {
        ElementBuilder b = new ElementBuilder(t.group() ? "acl_group" : "acl_target").attr("id", t.id())
                .comments(t.comments());
        t.roles().forEach(r -> b.child(new ElementBuilder("role").attr("id", r).build()));
        return List.of(b.build());
    }

    @Override
    public List<XNode> visitXmlObject(XmlObject x) {
        return XmlParser.parseFragment(x.xml());
    }
}

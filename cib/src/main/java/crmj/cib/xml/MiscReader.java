package crmj.cib.xml;

import crmj.cib.model.AclRole;
import crmj.cib.model.AclTarget;
import crmj.cib.model.Alert;
import crmj.cib.model.AlertSelect;
import crmj.cib.model.AttributeSet;
import crmj.cib.model.FencingTopology;
import crmj.cib.model.NodeDef;
import crmj.cib.model.ObjectType;
import crmj.cib.model.Part;
import crmj.cib.model.PropertySet;
import crmj.cib.model.Recipient;
import crmj.cib.model.SetKind;
import crmj.cib.model.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static crmj.cib.xml.ReadSupport.elementsOnly;
import static crmj.cib.xml.ReadSupport.leadingComments;
import static crmj.cib.xml.ReadSupport.leaf;
import static crmj.cib.xml.ReadSupport.only;
import static crmj.cib.xml.ReadSupport.opt;
import static crmj.cib.xml.ReadSupport.required;

/** Reads nodes, property sets, fencing topology, tags, alerts and ACLs. Each method may throw Unmodelled. */
final class MiscReader {
    private static final List<String> SELECT_KINDS = List.of("nodes", "fencing", "resources", "attributes");

    private MiscReader() {
    }

    /** A {@code <node>} of the nodes section. */
    static NodeDef node(XNode.Element e) {
        only(e, Set.of("id", "uname", "type", "description"));
        List<Part> parts = new ArrayList<>();
        for (XNode n : ReadSupport.afterLeadingComments(e)) {
            parts.add(SetReader.part(n));
        }
        return new NodeDef(required(e, "id"), required(e, "uname"), opt(e, "type"), opt(e, "description"),
                parts, leadingComments(e));
    }

    /** A cluster_property_set of crm_config, or a meta_attributes of rsc_defaults/op_defaults. */
    static PropertySet propertySet(XNode.Element e, ObjectType type) {
        SetKind expected = type == ObjectType.PROPERTY ? SetKind.CLUSTER_PROPERTY_SET : SetKind.META_ATTRIBUTES;
        if (!e.tag().equals(expected.tag())) {
            throw new Unmodelled("unexpected " + e.tag());
        }
        List<String> comments = leadingComments(e);
        XNode.Element body = new XNode.Element(e.tag(), e.attributes(), ReadSupport.afterLeadingComments(e));
        AttributeSet set = SetReader.attributeSet(body);
        if (set.id().isEmpty() && set.idRef().isEmpty()) {
            throw new Unmodelled("property set without id");
        }
        return new PropertySet(type, set, comments);
    }

    /** The whole {@code <fencing-topology>} section. */
    static FencingTopology fencingTopology(XNode.Element e) {
        only(e, Set.of());
        List<FencingTopology.Level> levels = new ArrayList<>();
        for (XNode.Element l : elementsOnly(ReadSupport.afterLeadingComments(e), e.tag())) {
            if (!l.tag().equals("fencing-level")) {
                throw new Unmodelled("unexpected " + l.tag());
            }
            leaf(l);
            levels.add(new FencingTopology.Level(required(l, "id"), ReadSupport.except(l, "id")));
        }
        return new FencingTopology(levels, leadingComments(e));
    }

    /** A {@code <tag>}. */
    static Tag tag(XNode.Element e) {
        only(e, Set.of("id"));
        List<String> refs = new ArrayList<>();
        for (XNode.Element r : elementsOnly(ReadSupport.afterLeadingComments(e), e.tag())) {
            if (!r.tag().equals("obj_ref")) {
                throw new Unmodelled("unexpected " + r.tag());
            }
            only(r, Set.of("id"));
            leaf(r);
            refs.add(required(r, "id"));
        }
        return new Tag(required(e, "id"), refs, leadingComments(e));
    }

    /** An {@code <alert>}. */
    static Alert alert(XNode.Element e) {
        only(e, Set.of("id", "path", "description"));
        List<Part> parts = new ArrayList<>();
        for (XNode n : ReadSupport.afterLeadingComments(e)) {
            if (n instanceof XNode.Element c && c.tag().equals("select")) {
                parts.add(select(c));
            } else if (n instanceof XNode.Element c && c.tag().equals("recipient")) {
                parts.add(recipient(c));
            } else {
                parts.add(SetReader.part(n));
            }
        }
        return new Alert(required(e, "id"), required(e, "path"), opt(e, "description"), parts,
                leadingComments(e));
    }

    /** A select without attribute children (the model keeps no ids for those), else verbatim. */
    private static Part select(XNode.Element e) {
        if (!e.attributes().isEmpty()) {
            return ReadSupport.rawXml(e);
        }
        List<String> kinds = new ArrayList<>();
        for (XNode n : e.children()) {
            if (!(n instanceof XNode.Element k) || !k.tag().startsWith("select_") || !k.attributes().isEmpty()
                    || !k.children().isEmpty() || !SELECT_KINDS.contains(k.tag().substring(7))) {
                return ReadSupport.rawXml(e);
            }
            kinds.add(k.tag().substring(7));
        }
        return new AlertSelect(kinds, List.of());
    }

    private static Part recipient(XNode.Element e) {
        try {
            only(e, Set.of("id", "value", "description"));
            List<AttributeSet> sets = new ArrayList<>();
            for (XNode.Element c : elementsOnly(e.children(), "recipient")) {
                AttributeSet s = SetReader.attributeSet(c);
                if (s.kind() != SetKind.INSTANCE_ATTRIBUTES && s.kind() != SetKind.META_ATTRIBUTES) {
                    throw new Unmodelled("recipient child " + c.tag());
                }
                sets.add(s);
            }
            return new Recipient(required(e, "id"), required(e, "value"), opt(e, "description"), sets);
        } catch (Unmodelled u) {
            return ReadSupport.rawXml(e);
        }
    }

    /** An {@code <acl_role>}. */
    static AclRole aclRole(XNode.Element e) {
        only(e, Set.of("id", "description"));
        List<AclRole.Permission> perms = new ArrayList<>();
        for (XNode.Element p : elementsOnly(ReadSupport.afterLeadingComments(e), e.tag())) {
            if (!p.tag().equals("acl_permission")) {
                throw new Unmodelled("unexpected " + p.tag());
            }
            leaf(p);
            perms.add(new AclRole.Permission(required(p, "id"), ReadSupport.except(p, "id")));
        }
        return new AclRole(required(e, "id"), opt(e, "description"), perms, leadingComments(e));
    }

    /** An {@code <acl_target>} or {@code <acl_group>}. */
    static AclTarget aclTarget(XNode.Element e) {
        only(e, Set.of("id"));
        List<String> roles = new ArrayList<>();
        for (XNode.Element r : elementsOnly(ReadSupport.afterLeadingComments(e), e.tag())) {
            if (!r.tag().equals("role")) {
                throw new Unmodelled("unexpected " + r.tag());
            }
            only(r, Set.of("id"));
            leaf(r);
            roles.add(required(r, "id"));
        }
        return new AclTarget(required(e, "id"), e.tag().equals("acl_group"), roles, leadingComments(e));
    }
}

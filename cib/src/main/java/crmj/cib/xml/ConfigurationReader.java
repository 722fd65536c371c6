package crmj.cib.xml;

import crmj.cib.model.CibObject;
import crmj.cib.model.ObjectType;
import crmj.cib.model.XmlObject;

import java.util.ArrayList;
import java.util.List;

import static crmj.cib.xml.CibSections.CONFIGURATION;

/** Reads {@code <configuration>}: each section's children into flat objects, in document order. */
final class ConfigurationReader {
    private ConfigurationReader() {
    }

    /** The objects of a configuration element. */
    static List<CibObject> read(XNode.Element configuration) {
        List<CibObject> out = new ArrayList<>();
        for (XNode n : configuration.children()) {
            if (!(n instanceof XNode.Element s)) {
                out.add(loose(n, CONFIGURATION));
            } else if (!CibSections.KNOWN.contains(s.tag()) || !s.attributes().isEmpty()) {
                out.add(ReadSupport.xmlObject(s, CONFIGURATION));
            } else if (s.tag().equals(CibSections.FENCING_TOPOLOGY)) {
                out.add(fencingTopology(s));
            } else if (s.children().isEmpty()) {
                if (!CibSections.REQUIRED.contains(s.tag())) {
                    out.add(CibSections.placeholder(s.tag()));
                }
            } else {
                for (XNode c : s.children()) {
                    out.addAll(child(s.tag(), c));
                }
            }
        }
        return out;
    }

    private static CibObject fencingTopology(XNode.Element s) {
        try {
            return MiscReader.fencingTopology(s);
        } catch (Unmodelled u) {
            return new XmlObject(s.tag(), CONFIGURATION, ReadSupport.raw(s), List.of());
        }
    }

    /** A comment or text outside any object. */
    private static XmlObject loose(XNode n, String section) {
        String id = n instanceof XNode.Comment ? CibSections.COMMENT_ID : "#text";
        return new XmlObject(id, section, ReadSupport.raw(n), List.of());
    }

    private static List<CibObject> child(String section, XNode n) {
        if (!(n instanceof XNode.Element e)) {
            return List.of(loose(n, section));
        }
        if (section.equals(CibSections.RESOURCES)) {
            List<CibObject> out = new ArrayList<>();
            ResourceReader.read(e, out);
            return out;
        }
        if (section.equals(CibSections.CONSTRAINTS)) {
            return List.of(ConstraintReader.read(e));
        }
        try {
            return List.of(typed(section, e));
        } catch (Unmodelled u) {
            return List.of(ReadSupport.xmlObject(e, section));
        }
    }

    private static CibObject typed(String section, XNode.Element e) {
        return switch (section + "/" + e.tag()) {
            case "crm_config/cluster_property_set" -> MiscReader.propertySet(e, ObjectType.PROPERTY);
            case "rsc_defaults/meta_attributes" -> MiscReader.propertySet(e, ObjectType.RSC_DEFAULTS);
            case "op_defaults/meta_attributes" -> MiscReader.propertySet(e, ObjectType.OP_DEFAULTS);
            case "nodes/node" -> MiscReader.node(e);
            case "tags/tag" -> MiscReader.tag(e);
            case "alerts/alert" -> MiscReader.alert(e);
            case "acls/acl_role" -> MiscReader.aclRole(e);
            case "acls/acl_target", "acls/acl_group" -> MiscReader.aclTarget(e);
            default -> throw new Unmodelled("unknown " + e.tag() + " in " + section);
        };
    }
}

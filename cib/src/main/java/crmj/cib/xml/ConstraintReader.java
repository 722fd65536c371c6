package crmj.cib.xml;

import crmj.cib.model.Attr;
import crmj.cib.model.CibObject;
import crmj.cib.model.Colocation;
import crmj.cib.model.Location;
import crmj.cib.model.Order;
import crmj.cib.model.ResourceSet;
import crmj.cib.model.RscTicket;
import crmj.cib.model.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static crmj.cib.xml.ReadSupport.elementsOnly;
import static crmj.cib.xml.ReadSupport.leadingComments;
import static crmj.cib.xml.ReadSupport.required;

/**
 * Reads the constraints section. Constraint attributes are kept as ordered lists, so only the children
 * can make a constraint fall back to an XmlObject (a comment after the first child, an unknown child, a
 * rule before a resource set).
 */
final class ConstraintReader {
    private static final String SECTION = "constraints";

    private ConstraintReader() {
    }

    /** Reads one child of {@code <constraints>}. */
    static CibObject read(XNode.Element e) {
        try {
            String id = required(e, "id");
            List<Attr> attrs = ReadSupport.except(e, "id");
            List<String> comments = leadingComments(e);
            List<XNode.Element> kids = elementsOnly(ReadSupport.afterLeadingComments(e), e.tag());
            return switch (e.tag()) {
                case "rsc_location" -> location(id, attrs, kids, comments);
                case "rsc_colocation" -> new Colocation(id, attrs, sets(kids), comments);
                case "rsc_order" -> new Order(id, attrs, sets(kids), comments);
                case "rsc_ticket" -> new RscTicket(id, attrs, sets(kids), comments);
                default -> throw new Unmodelled("not a constraint: " + e.tag());
            };
        } catch (Unmodelled u) {
            return ReadSupport.xmlObject(e, SECTION);
        }
    }

    private static Location location(String id, List<Attr> attrs, List<XNode.Element> kids, List<String> comments) {
        List<ResourceSet> sets = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        for (XNode.Element k : kids) {
            if (k.tag().equals("resource_set") && rules.isEmpty()) {
                sets.add(resourceSet(k));
            } else if (k.tag().equals("rule")) {
                rules.add(SetReader.rule(k));
            } else {
                throw new Unmodelled("unexpected " + k.tag() + " in rsc_location");
            }
        }
        return new Location(id, attrs, sets, rules, comments);
    }

    private static List<ResourceSet> sets(List<XNode.Element> kids) {
        List<ResourceSet> sets = new ArrayList<>();
        for (XNode.Element k : kids) {
            if (!k.tag().equals("resource_set")) {
                throw new Unmodelled("unexpected " + k.tag() + " in constraint");
            }
            sets.add(resourceSet(k));
        }
        return sets;
    }

    private static ResourceSet resourceSet(XNode.Element e) {
        List<String> refs = new ArrayList<>();
        for (XNode.Element r : elementsOnly(e.children(), "resource_set")) {
            if (!r.tag().equals("resource_ref")) {
                throw new Unmodelled("unexpected " + r.tag() + " in resource_set");
            }
            ReadSupport.only(r, Set.of("id"));
            ReadSupport.leaf(r);
            refs.add(required(r, "id"));
        }
        return new ResourceSet(required(e, "id"), ReadSupport.except(e, "id"), refs);
    }
}

package crmj.cib.xml;

import crmj.cib.model.Attr;
import crmj.cib.model.RawXml;
import crmj.cib.model.XmlObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Small checks and conversions shared by the element readers. */
final class ReadSupport {
    private ReadSupport() {
    }

    /** Fails unless every attribute of {@code e} is in {@code allowed}. */
    static void only(XNode.Element e, Set<String> allowed) {
        if (!e.onlyAttributes(allowed)) {
            throw new Unmodelled(e.tag() + " has attributes outside " + allowed);
        }
    }

    /** The value of a required attribute. */
    static String required(XNode.Element e, String name) {
        return e.attr(name).orElseThrow(() -> new Unmodelled(e.tag() + " without " + name));
    }

    /** Fails when {@code e} has any child. */
    static void leaf(XNode.Element e) {
        if (!e.children().isEmpty()) {
            throw new Unmodelled(e.tag() + " has children");
        }
    }

    /** The attributes of {@code e} except those named. */
    static List<Attr> except(XNode.Element e, String... names) {
        Set<String> skip = Set.of(names);
        return e.attributes().stream().filter(a -> !skip.contains(a.name())).toList();
    }

    /** The comments before the first element or text child. */
    static List<String> leadingComments(XNode.Element e) {
        List<String> out = new ArrayList<>();
        for (XNode n : e.children()) {
            if (!(n instanceof XNode.Comment c)) {
                break;
            }
            out.add(c.text());
        }
        return out;
    }

    /** The children after the leading comments. */
    static List<XNode> afterLeadingComments(XNode.Element e) {
        int n = leadingComments(e).size();
        return e.children().subList(n, e.children().size());
    }

    /** Fails unless every child is an element (no comment or text in a place the model cannot keep them). */
    static List<XNode.Element> elementsOnly(List<XNode> nodes, String where) {
        List<XNode.Element> out = new ArrayList<>();
        for (XNode n : nodes) {
            if (!(n instanceof XNode.Element e)) {
                throw new Unmodelled("comment or text inside " + where);
            }
            out.add(e);
        }
        return out;
    }

    /** The node serialized as Pacemaker writes it, at depth 0, without the final newline. */
    static String raw(XNode node) {
        String s = PacemakerPrinter.print(node, 0);
        return s.substring(0, s.length() - 1);
    }

    /** The node kept verbatim as a part or expression. */
    static RawXml rawXml(XNode node) {
        return new RawXml(raw(node));
    }

    /** An element kept verbatim as a top-level object of a section. */
    static XmlObject xmlObject(XNode.Element e, String section) {
        return new XmlObject(e.attr("id").orElse(e.tag()), section, raw(e), List.of());
    }

    /** An optional attribute. */
    static Optional<String> opt(XNode.Element e, String name) {
        return e.attr(name);
    }
}

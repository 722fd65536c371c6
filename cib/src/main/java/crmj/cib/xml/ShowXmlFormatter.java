package crmj.cib.xml;

import crmj.cib.model.Attr;
import crmj.cib.model.Bundle;
import crmj.cib.model.Cib;
import crmj.cib.model.CibObject;
import crmj.cib.model.Clone;
import crmj.cib.model.Group;
import crmj.cib.model.NodeDef;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * crmsh 4.4.1's {@code show xml}: the objects' top parents in a fresh {@code <cib>}, after crmsh's own
 * clean-up of what it read (comments moved first and prefixed with {@code #}, default attribute values
 * dropped, container children after the attribute sets, obscured passwords), printed as lxml pretty-prints.
 * lxml indents an element's children only when none of them is text; the whitespace that followed a comment
 * in the CIB file stays attached to the comment, so elements holding comments are printed unindented.
 */
final class ShowXmlFormatter {
    private static final Map<String, Map<String, String>> DEFAULTS = Map.of(
            "node", Map.of("type", "normal"),
            "resource_set", Map.of("sequential", "true", "require-all", "true"),
            "rule", Map.of("boolean-op", "and"),
            "expression", Map.of("type", "string"));
    private static final Set<String> CONTAINERS = Set.of("group", "clone", "ms", "master", "bundle");
    private static final Set<String> CHILD_TAGS = Set.of("group", "primitive");
    /** Depth of an object element in the file: cib, configuration, section, object. */
    private static final int OBJECT_DEPTH = 3;

    /** A node of the shown tree: an element, or a comment with the whitespace that followed it. */
    private record SNode(String tag, List<Attr> attrs, List<SNode> children, String comment, String tail) {
        boolean isComment() {
            return comment != null;
        }
    }

    private ShowXmlFormatter() {
    }

    static String format(Cib cib, Collection<String> ids, List<String> obscureGlobs) {
        ResourceIndex index = new ResourceIndex(cib.objects());
        ObjectWriter writer = new ObjectWriter(index);
        Map<String, List<SNode>> sections = new LinkedHashMap<>();
        CibSections.REQUIRED.forEach(s -> sections.put(s, new ArrayList<>()));
        List<Pattern> obscure = obscureGlobs.stream().map(ShowXmlFormatter::glob).toList();
        for (CibObject o : topParents(cib, ids)) {
            List<SNode> list = sections.computeIfAbsent(CibSections.sectionOf(o), k -> new ArrayList<>());
            for (XNode n : writer.write(o)) {
                if (n instanceof XNode.Element e) {
                    list.add(object(e, obscure));
                }
            }
        }
        List<SNode> conf = new ArrayList<>();
        sections.forEach((name, objs) -> conf.add(new SNode(name, List.of(), objs, null, null)));
        SNode root = new SNode("cib", cib.attributes(),
                List.of(new SNode("configuration", List.of(), conf, null, null)), null, null);
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" ?>\n");
        print(root, 0, true, out);
        return out.append("\n\n").toString();
    }

    /** The distinct top parents of the named objects, in CIB order. */
    private static List<CibObject> topParents(Cib cib, Collection<String> ids) {
        Set<CibObject> tops = new LinkedHashSet<>();
        for (CibObject o : cib.objects()) {
            boolean named = ids.contains(o.id()) || o instanceof NodeDef n && ids.contains(n.uname())
                    || o.type().keyword().equals("fencing_topology") && ids.contains("fencing_topology");
            if (named && !CibSections.isComment(o) && !CibSections.isPlaceholder(o)) {
                tops.add(topParent(cib, o));
            }
        }
        return cib.objects().stream().filter(tops::contains).toList();
    }

    private static CibObject topParent(Cib cib, CibObject o) {
        CibObject current = o;
        for (int guard = 0; guard < 16; guard++) {
            CibObject parent = parentOf(cib, current.id());
            if (parent == null) {
                return current;
            }
            current = parent;
        }
        return current;
    }

    private static CibObject parentOf(Cib cib, String id) {
        for (CibObject o : cib.objects()) {
            if (o instanceof Group g && g.members().contains(id) || o instanceof Clone c && c.child().equals(id)
                    || o instanceof Bundle b && b.child().filter(id::equals).isPresent()) {
                return o;
            }
        }
        return null;
    }

    /** An object's tree after crmsh's clean-up. */
    private static SNode object(XNode.Element e, List<Pattern> obscure) {
        SNode s = convert(e, OBJECT_DEPTH, obscure);
        List<SNode> leading = new ArrayList<>();
        List<SNode> rest = new ArrayList<>();
        for (SNode c : s.children()) {
            SNode fixed = c.isComment() ? fixComment(c) : c;
            if (c.isComment()) {
                leading.add(fixed);
            } else {
                rest.add(fixed);
            }
        }
        leading.addAll(rest);
        return new SNode(s.tag(), s.attrs(), leading, null, null);
    }

    private static SNode fixComment(SNode c) {
        String text = c.comment().strip();
        return new SNode(null, List.of(), List.of(), text.startsWith("#") ? text : "# " + text, c.tail());
    }

    private static SNode convert(XNode.Element e, int depth, List<Pattern> obscure) {
        List<SNode> kids = new ArrayList<>();
        List<SNode> moved = new ArrayList<>();
        List<XNode> children = e.children();
        for (int i = 0; i < children.size(); i++) {
            XNode c = children.get(i);
            boolean last = i == children.size() - 1;
            if (c instanceof XNode.Element ce) {
                SNode sc = convert(ce, depth + 1, obscure);
                (CONTAINERS.contains(e.tag()) && CHILD_TAGS.contains(ce.tag()) ? moved : kids).add(sc);
            } else if (c instanceof XNode.Comment cc) {
                String tail = "\n" + "  ".repeat(last ? depth : depth + 1);
                kids.add(new SNode(null, List.of(), List.of(), cc.text(), tail));
            }
        }
        kids.addAll(moved);
        return new SNode(e.tag(), attributes(e, obscure), kids, null, null);
    }

    private static List<Attr> attributes(XNode.Element e, List<Pattern> obscure) {
        Map<String, String> defaults = DEFAULTS.getOrDefault(e.tag(), Map.of());
        boolean hide = e.tag().equals("nvpair")
                && e.attr("name").filter(n -> obscure.stream().anyMatch(p -> p.matcher(n).matches())).isPresent();
        List<Attr> out = new ArrayList<>();
        for (Attr a : e.attributes()) {
            if (a.value().equals(defaults.get(a.name()))) {
                continue;
            }
            out.add(hide && a.name().equals("value") ? new Attr("value", "******") : a);
        }
        return out;
    }

    private static void print(SNode n, int level, boolean format, StringBuilder out) {
        if (n.isComment()) {
            out.append("<!--").append(n.comment()).append("-->");
            if (!format) {
                out.append(n.tail());
            }
            return;
        }
        out.append('<').append(n.tag());
        for (Attr a : n.attrs()) {
            out.append(' ').append(a.name()).append("=\"").append(escape(a.value())).append('"');
        }
        if (n.children().isEmpty()) {
            out.append("/>");
            return;
        }
        out.append('>');
        boolean childFormat = format && n.children().stream().noneMatch(SNode::isComment);
        if (childFormat) {
            out.append('\n');
        }
        for (SNode c : n.children()) {
            if (childFormat) {
                out.append("  ".repeat(level + 1));
            }
            print(c, level + 1, childFormat, out);
            if (childFormat) {
                out.append('\n');
            }
        }
        if (childFormat) {
            out.append("  ".repeat(level));
        }
        out.append("</").append(n.tag()).append('>');
    }

    /** libxml2's attribute escaping with ASCII output. */
    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\n' -> b.append("&#10;");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append("&#9;");
                default -> {
                    if (c > 127) {
                        b.append("&#").append(c).append(';');
                    } else {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }

    private static Pattern glob(String g) {
        StringBuilder re = new StringBuilder();
        for (char c : g.toCharArray()) {
            switch (c) {
                case '*' -> re.append(".*");
                case '?' -> re.append('.');
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }
}

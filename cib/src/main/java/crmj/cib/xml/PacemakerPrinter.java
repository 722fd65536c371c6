package crmj.cib.xml;

import crmj.cib.model.Attr;

import java.util.List;

/**
 * Prints an {@link XNode} tree the way Pacemaker 2.1.5 writes a CIB file: two spaces per level, one node
 * per line, {@code <x/>} for empty elements, no XML declaration, and Pacemaker's attribute escaping
 * ({@code &lt; &gt; &amp; &quot; &apos;}, a tab becomes four spaces, CR and LF become {@code \r} and
 * {@code \n}).
 */
final class PacemakerPrinter {
    private PacemakerPrinter() {
    }

    /** The node printed at a nesting depth, each line ending with a newline. */
    static String print(XNode node, int depth) {
        StringBuilder out = new StringBuilder(4096 + verbatimSize(node));
        print(node, depth, out);
        return out.toString();
    }

    /** Prints the node into {@code out}. */
    static void print(XNode node, int depth, StringBuilder out) {
        if (node instanceof XNode.Element e) {
            element(e, depth, out);
        } else if (node instanceof XNode.Comment c) {
            indent(depth, out).append("<!--").append(c.text()).append("-->\n");
        } else if (node instanceof XNode.Text t) {
            indent(depth, out).append(escapeText(t.text())).append('\n');
        } else if (node instanceof XNode.Verbatim v) {
            indent(depth, out).append(v.text()).append('\n');
        }
    }

    /** The size of the verbatim text in a tree (the status section), to size the output buffer once. */
    private static int verbatimSize(XNode node) {
        if (node instanceof XNode.Verbatim v) {
            return v.text().length();
        }
        int n = 0;
        if (node instanceof XNode.Element e) {
            for (XNode c : e.children()) {
                n += c instanceof XNode.Element ? 0 : verbatimSize(c);
            }
        }
        return n;
    }

    /** Prints nodes one after the other at the same depth. */
    static String print(List<XNode> nodes, int depth) {
        StringBuilder out = new StringBuilder();
        for (XNode n : nodes) {
            print(n, depth, out);
        }
        return out.toString();
    }

    private static void element(XNode.Element e, int depth, StringBuilder out) {
        indent(depth, out).append('<').append(e.tag());
        for (Attr a : e.attributes()) {
            out.append(' ').append(a.name()).append("=\"").append(escapeAttr(a.value())).append('"');
        }
        if (e.children().isEmpty()) {
            out.append("/>\n");
            return;
        }
        out.append(">\n");
        for (XNode c : e.children()) {
            print(c, depth + 1, out);
        }
        indent(depth, out).append("</").append(e.tag()).append(">\n");
    }

    private static StringBuilder indent(int depth, StringBuilder out) {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
        return out;
    }

    /** Pacemaker's crm_xml_escape for attribute values. */
    static String escapeAttr(String s) {
        if (!needsEscape(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                case '\t' -> b.append("    ");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < SPECIAL.length && SPECIAL[c]) {
                return true;
            }
        }
        return false;
    }

    /** The characters escapeAttr changes, by code (all are below '?'). */
    private static final boolean[] SPECIAL = new boolean['?'];

    static {
        for (char c : "<>&\"'\t\n\r".toCharArray()) {
            SPECIAL[c] = true;
        }
    }

    private static String escapeText(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

package crmj.cib.scheduler;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A small mutable XML tree for editing a CIB the way Pacemaker's CIB operations do: attributes keep their
 * document order (a changed attribute keeps its place, a new one goes last), comments are kept, and the
 * tree prints as Pacemaker writes CIB files (two spaces per level, {@code <x/>} for empty elements).
 */
final class XmlTree {

    private final String tag;
    private final String comment;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<XmlTree> children = new ArrayList<>();
    private XmlTree parent;

    private XmlTree(String tag, String comment) {
        this.tag = tag;
        this.comment = comment;
    }

    /** A new element with no attributes and no children. */
    static XmlTree element(String tag) {
        return new XmlTree(tag, null);
    }

    /** Parses a document (no DTDs, no external entities) and returns its root element. */
    static XmlTree parse(String text) {
        Builder b = new Builder();
        try {
            XMLReader reader = crmj.cib.xml.SecureSax.factory().newSAXParser().getXMLReader();
            reader.setContentHandler(b);
            reader.setProperty("http://xml.org/sax/properties/lexical-handler", b);
            reader.parse(new InputSource(new StringReader(text)));
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return b.root;
    }

    String tag() {
        return tag;
    }

    boolean isComment() {
        return comment != null;
    }

    XmlTree parent() {
        return parent;
    }

    /** An attribute's value, or null. */
    String attr(String name) {
        return attributes.get(name);
    }

    /** The attributes in document order (a live view). */
    Map<String, String> attributes() {
        return attributes;
    }

    /** Sets an attribute (in place when it exists, else last); a null value is ignored, as crm_xml_add does. */
    XmlTree set(String name, String value) {
        if (value != null) {
            attributes.put(name, value);
        }
        return this;
    }

    /** The child elements (comments left out). */
    List<XmlTree> elements() {
        return children.stream().filter(c -> !c.isComment()).toList();
    }

    /** The child elements with this tag. */
    List<XmlTree> elements(String childTag) {
        return children.stream().filter(c -> childTag.equals(c.tag)).toList();
    }

    /** The first child element with this tag. */
    Optional<XmlTree> first(String childTag) {
        return children.stream().filter(c -> childTag.equals(c.tag)).findFirst();
    }

    /** The first child element with this tag, created (last) when there is none. */
    XmlTree firstOrAdd(String childTag) {
        return first(childTag).orElseGet(() -> add(element(childTag)));
    }

    /** Appends a child and returns it. */
    XmlTree add(XmlTree child) {
        child.parent = this;
        children.add(child);
        return child;
    }

    /** Removes a child element. */
    void remove(XmlTree child) {
        children.remove(child);
        child.parent = null;
    }

    /** The first element, depth first from this one (included), that matches. */
    Optional<XmlTree> find(Predicate<XmlTree> test) {
        return find(test, e -> false);
    }

    /**
     * As {@link #find(Predicate)}, without looking inside the elements {@code opaque} accepts (those whose
     * content cannot match: a node state inside a node state, a resource history inside a resource history).
     */
    Optional<XmlTree> find(Predicate<XmlTree> test, Predicate<XmlTree> opaque) {
        if (!isComment() && test.test(this)) {
            return Optional.of(this);
        }
        if (!isComment() && opaque.test(this)) {
            return Optional.empty();
        }
        for (XmlTree c : children) {
            Optional<XmlTree> f = c.find(test, opaque);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    /** Every element, depth first from this one (included), that matches. */
    List<XmlTree> findAll(Predicate<XmlTree> test) {
        List<XmlTree> out = new ArrayList<>();
        collect(test, out);
        return out;
    }

    private void collect(Predicate<XmlTree> test, List<XmlTree> out) {
        if (!isComment() && test.test(this)) {
            out.add(this);
        }
        for (XmlTree c : children) {
            c.collect(test, out);
        }
    }

    /** The tree as Pacemaker writes a CIB file, ending with a newline. */
    String print() {
        StringBuilder out = new StringBuilder(8192);
        print(0, out);
        return out.toString();
    }

    private void print(int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
        if (isComment()) {
            out.append("<!--").append(comment).append("-->\n");
            return;
        }
        out.append('<').append(tag);
        attributes.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
        if (children.isEmpty()) {
            out.append("/>\n");
            return;
        }
        out.append(">\n");
        for (XmlTree c : children) {
            c.print(depth + 1, out);
        }
        out.append("  ".repeat(depth)).append("</").append(tag).append(">\n");
    }

    private static String escape(String v) {
        StringBuilder s = new StringBuilder(v.length());
        for (char c : v.toCharArray()) {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\n' -> s.append("&#10;");
                case '\r' -> s.append("&#13;");
                case '\t' -> s.append("&#9;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    private static final class Builder extends DefaultHandler2 {
        private final Deque<XmlTree> open = new ArrayDeque<>();
        private XmlTree root;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            XmlTree e = element(qName);
            for (int i = 0; i < atts.getLength(); i++) {
                e.attributes.put(atts.getQName(i), atts.getValue(i));
            }
            if (open.isEmpty()) {
                root = e;
            } else {
                open.peek().add(e);
            }
            open.push(e);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void comment(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().add(new XmlTree(null, new String(ch, start, length)));
            }
        }
    }
}

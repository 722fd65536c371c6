package crmj.backend.sandbox;

import org.w3c.dom.Comment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small DOM helpers for editing a CIB's status section (JDK XML only; DTDs refused). */
final class CibDom {
    private CibDom() {
    }

    /** Parses a CIB's XML text. */
    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("the sandbox CIB is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /**
     * The document as text, without an XML declaration (written here rather than by a JAXP transformer,
     * whose start-up a short crm run would pay for every commit).
     */
    static String print(Document doc) {
        StringBuilder sb = new StringBuilder(8192);
        write(doc.getDocumentElement(), sb);
        return sb.toString();
    }

    private static void write(Node n, StringBuilder sb) {
        if (n instanceof Element e) {
            sb.append('<').append(e.getTagName());
            NamedNodeMap attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Node a = attrs.item(i);
                sb.append(' ').append(a.getNodeName()).append("=\"");
                escape(a.getNodeValue(), true, sb);
                sb.append('"');
            }
            if (!e.hasChildNodes()) {
                sb.append("/>");
                return;
            }
            sb.append('>');
            for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
                write(c, sb);
            }
            sb.append("</").append(e.getTagName()).append('>');
        } else if (n instanceof Text t) {
            escape(t.getData(), false, sb);
        } else if (n instanceof Comment c) {
            sb.append("<!--").append(c.getData()).append("-->");
        }
    }

    private static void escape(String v, boolean attribute, StringBuilder sb) {
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\r' -> sb.append("&#13;");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                default -> sb.append(ch);
            }
        }
    }

    /** The element children of a node with a tag ({@code null}: all). */
    static List<Element> children(Node parent, String tag) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (tag == null || e.getTagName().equals(tag))) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child element with a tag. */
    static Optional<Element> child(Node parent, String tag) {
        List<Element> all = children(parent, tag);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** The first child element with a tag, added (with an id when {@code id} is not null) when missing. */
    static Element childOrAdd(Element parent, String tag, String id) {
        Optional<Element> found = child(parent, tag);
        if (found.isPresent()) {
            return found.get();
        }
        Element e = parent.getOwnerDocument().createElement(tag);
        if (id != null) {
            e.setAttribute("id", id);
        }
        parent.appendChild(e);
        return e;
    }

    /** The {@code <status>} element, added when missing. */
    static Element status(Document doc) {
        return childOrAdd(doc.getDocumentElement(), "status", null);
    }

    /** Every element under {@code root} (itself included) with a tag, in document order. */
    static List<Element> descendants(Element root, String tag) {
        List<Element> out = new ArrayList<>();
        collect(root, tag, out);
        return out;
    }

    private static void collect(Element e, String tag, List<Element> out) {
        if (e.getTagName().equals(tag)) {
            out.add(e);
        }
        for (Element c : children(e, null)) {
            collect(c, tag, out);
        }
    }

    /** Sets an attribute only when its value differs; true when it changed. */
    static boolean set(Element e, String name, String value) {
        if (value.equals(e.getAttribute(name)) && e.hasAttribute(name)) {
            return false;
        }
        e.setAttribute(name, value);
        return true;
    }
}

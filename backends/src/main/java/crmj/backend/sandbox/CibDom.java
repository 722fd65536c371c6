package crmj.backend.sandbox;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
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

    /** The document as text, without an XML declaration. */
    static String print(Document doc) {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(w));
            return w.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
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

package crmj.cib.status;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A parsed CIB document: its root and an index of elements by tag and id, which is how Pacemaker resolves
 * {@code id-ref}s ({@code expand_idref}) and finds resources' history. The parser is secure: no DTD, no
 * external entities.
 */
public final class XmlDocument {
    private static final ThreadLocal<XMLReader> READERS = ThreadLocal.withInitial(XmlDocument::newReader);

    private final XmlElement root;
    private final Map<String, XmlElement> byTagAndId = new HashMap<>();

    private XmlDocument(XmlElement root) {
        this.root = root;
        // id-refs point into the configuration (the status is large and never referenced)
        for (XmlElement c : root.children()) {
            if (!c.name().equals("status")) {
                index(c);
            }
        }
    }

    public XmlElement root() {
        return root;
    }

    /** Parses a whole document. */
    public static XmlDocument parse(String text) {
        Builder b = new Builder();
        try {
            XMLReader reader = READERS.get();
            reader.setContentHandler(b);
            reader.setErrorHandler(b);
            String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
            reader.parse(new InputSource(new StringReader(body)));
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("cannot parse the CIB: " + e.getMessage(), e);
        }
        return new XmlDocument(b.root);
    }

    private void index(XmlElement e) {
        String id = e.id();
        if (id != null) {
            byTagAndId.putIfAbsent(e.name() + "#" + id, e);
        }
        for (XmlElement c : e.children()) {
            index(c);
        }
    }

    /** The first element in document order with this tag and id, or null. */
    public XmlElement find(String tag, String id) {
        return byTagAndId.get(tag + "#" + id);
    }

    /**
     * The element an {@code id-ref} attribute points to (an element of the same tag), the element itself when
     * it has no {@code id-ref}, or null when the reference dangles.
     */
    public XmlElement expandIdRef(XmlElement e) {
        if (e == null) {
            return null;
        }
        String ref = e.attr("id-ref");
        if (ref == null) {
            return e;
        }
        return find(e.name(), ref);
    }

    private static XMLReader newReader() {
        try {
            return crmj.cib.xml.SecureSax.factory().newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot create a secure XML parser", e);
        }
    }

    private static final class Builder extends DefaultHandler {
        private final Deque<XmlElement> open = new ArrayDeque<>();
        private XmlElement root;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            XmlElement e = new XmlElement(qName);
            String[] pairs = new String[atts.getLength() * 2];
            for (int i = 0; i < atts.getLength(); i++) {
                pairs[2 * i] = atts.getQName(i);
                pairs[2 * i + 1] = atts.getValue(i);
            }
            e.initAttributes(pairs);
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
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}

package crmj.cib.xml;

import crmj.cib.model.Attr;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A secure SAX parser (no DTD, no external entities) that builds an {@link XNode} tree. SAX is used rather
 * than DOM because DOM does not keep attributes in document order. Whitespace-only text is dropped.
 */
final class XmlParser {
    /** Creating a parser is costly; each thread keeps one (a SAX parser is reusable, not thread-safe). */
    private static final ThreadLocal<XMLReader> READERS = ThreadLocal.withInitial(XmlParser::newReader);

    private XmlParser() {
    }

    /** Parses a whole document and returns its root element. */
    static XNode.Element parse(String text, String source) {
        return parse(text, source, null);
    }

    /** The plain subset through {@link SimpleXmlScanner}; everything else, and all errors, through SAX. */
    private static XNode.Element parse(String text, String source, String skippedChild) {
        Builder b = new Builder(skippedChild);
        if (SimpleXmlScanner.scan(text.startsWith("\uFEFF") ? text.substring(1) : text, b) && b.root != null) {
            return b.root;
        }
        b = new Builder(skippedChild);
        run(text, source, b);
        return b.root;
    }

    /** The tree from {@link SimpleXmlScanner} alone, or null when it refuses the text (for tests). */
    static XNode.Element scanOnly(String text, String skippedChild) {
        Builder b = new Builder(skippedChild);
        return SimpleXmlScanner.scan(text, b) ? b.root : null;
    }

    /** Parses with the JDK's SAX parser only (tests compare the two). */
    static XNode.Element parseWithSax(String text, String source, String skippedChild) {
        Builder b = new Builder(skippedChild);
        run(text, source, b);
        return b.root;
    }

    /**
     * Parses a whole document but keeps the named children of the root element empty: their content is
     * checked for well-formedness only (the reader keeps the status section as raw text instead).
     */
    static XNode.Element parseSkipping(String text, String source, String skippedChild) {
        return parse(text, source, skippedChild);
    }

    /** Parses a sequence of elements and comments (e.g. a RawXml string) and returns them. */
    static List<XNode> parseFragment(String text) {
        XNode.Element wrapper = parse("<crmj-fragment>" + text + "</crmj-fragment>", "xml fragment");
        return wrapper.children();
    }

    private static XMLReader newReader() {
        try {
            return SecureSax.factory().newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot create a secure XML parser", e);
        }
    }

    private static void run(String text, String source, Builder b) {
        try {
            XMLReader reader = READERS.get();
            reader.setContentHandler(b);
            reader.setErrorHandler(b);
            reader.setProperty("http://xml.org/sax/properties/lexical-handler", b);
            String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
            reader.parse(new InputSource(new StringReader(body)));
        } catch (SAXParseException e) {
            throw new CibXmlException(source + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": "
                    + e.getMessage(), e);
        } catch (SAXException | IOException e) {
            throw new CibXmlException(source + ": " + e.getMessage(), e);
        }
    }

    /** Collects the tree; an element's children are kept on a stack while it is open. */
    private static final class Builder extends DefaultHandler2 {
        private final Deque<String> tags = new ArrayDeque<>();
        private final Deque<List<Attr>> attrs = new ArrayDeque<>();
        private final Deque<List<XNode>> children = new ArrayDeque<>();
        private final StringBuilder text = new StringBuilder();
        private final String skippedChild;
        private int skipDepth;
        private boolean skipped;
        private XNode.Element root;

        Builder(String skippedChild) {
            this.skippedChild = skippedChild;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            if (skipDepth > 0 || !skipped && tags.size() == 1 && qName.equals(skippedChild)) {
                skipped = true;
                skipDepth++;
                if (skipDepth > 1) {
                    return;
                }
            }
            flushText();
            List<Attr> list = new ArrayList<>(atts.getLength());
            for (int i = 0; i < atts.getLength(); i++) {
                list.add(new Attr(atts.getQName(i), atts.getValue(i)));
            }
            tags.push(qName);
            attrs.push(list);
            children.push(new ArrayList<>());
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (skipDepth > 1) {
                skipDepth--;
                return;
            }
            if (skipDepth == 1) {
                skipDepth = 0;
                text.setLength(0);
            }
            flushText();
            XNode.Element e = new XNode.Element(tags.pop(), attrs.pop(), children.pop());
            if (children.isEmpty()) {
                root = e;
            } else {
                children.peek().add(e);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (skipDepth == 0) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            // whitespace between elements is layout, not content
        }

        @Override
        public void comment(char[] ch, int start, int length) {
            if (children.isEmpty() || skipDepth > 0) {
                return; // a comment outside the root element (prolog/epilog), or in a skipped child
            }
            flushText();
            children.peek().add(new XNode.Comment(new String(ch, start, length)));
        }

        private void flushText() {
            if (text.length() == 0) {
                return;
            }
            String s = text.toString();
            text.setLength(0);
            if (!s.isBlank() && !children.isEmpty()) {
                children.peek().add(new XNode.Text(s));
            }
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

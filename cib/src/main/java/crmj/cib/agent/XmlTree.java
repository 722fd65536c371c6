package crmj.cib.agent;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A minimal element tree read with SAX, which (unlike DOM) keeps attributes in document order. The parser
 * reads no external DTD or entity: agents' {@code <!DOCTYPE resource-agent SYSTEM "ra-api-1.dtd">} is accepted
 * and ignored, and an external entity is never fetched.
 */
final class XmlTree {
    private final String name;
    private final Map<String, String> attributes;
    private final List<XmlTree> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private XmlTree(String name, Map<String, String> attributes) {
        this.name = name;
        this.attributes = attributes;
    }

    /** Parses a document; the message of the exception says where it is malformed. */
    static XmlTree parse(String xml) throws SAXException, IOException {
        Handler handler = new Handler();
        try {
            SAXParser parser = factory().newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            parser.parse(new InputSource(new StringReader(xml)), handler);
        } catch (ParserConfigurationException e) {
            throw new SAXException("XML parser unavailable", e);
        }
        return handler.root;
    }

    private static SAXParserFactory factory() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory;
    }

    String name() {
        return name;
    }

    Optional<String> attribute(String attribute) {
        return Optional.ofNullable(attributes.get(attribute));
    }

    /** All attributes in document order. */
    Map<String, String> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    List<XmlTree> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    Optional<XmlTree> child(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).findFirst();
    }

    /** The text of the first child of that name, trimmed; empty when there is none. */
    String childText(String childName) {
        return child(childName).map(XmlTree::text).orElse("");
    }

    /** This element's own text (not its children's), trimmed. */
    String text() {
        return text.toString().strip();
    }

    /** Every element below this one with that name whose parent has the given name, in document order. */
    List<XmlTree> descendants(String parentName, String childName) {
        List<XmlTree> found = new ArrayList<>();
        collect(parentName, childName, found);
        return found;
    }

    private void collect(String parentName, String childName, List<XmlTree> found) {
        for (XmlTree child : children) {
            if (name.equals(parentName) && child.name.equals(childName)) {
                found.add(child);
            }
            child.collect(parentName, childName, found);
        }
    }

    private static final class Handler extends DefaultHandler {
        private final Deque<XmlTree> open = new ArrayDeque<>();
        private XmlTree root;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attrs) {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < attrs.getLength(); i++) {
                map.put(attrs.getQName(i), attrs.getValue(i));
            }
            XmlTree element = new XmlTree(qName, map);
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children.add(element);
            }
            open.push(element);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (!open.isEmpty()) {
                open.peek().text.append(ch, start, length);
            }
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}

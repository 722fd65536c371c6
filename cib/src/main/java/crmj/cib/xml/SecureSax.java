package crmj.cib.xml;

import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

/**
 * The one SAX parser configuration crmj reads CIBs with: the JDK's own parser (without newInstance()'s search of
 * system properties, jaxp.properties and the class path, most of the cost of a short run's XML), no DTD, no
 * external entities, no namespaces, no validation.
 */
public final class SecureSax {
    private SecureSax() {
    }

    /** A factory made on first use and shared (factories are thread-safe once configured). */
    public static SAXParserFactory factory() {
        return Holder.FACTORY;
    }

    private static final class Holder {
        static final SAXParserFactory FACTORY = newFactory();
    }

    private static SAXParserFactory newFactory() {
        SAXParserFactory f = SAXParserFactory.newDefaultInstance();
        f.setNamespaceAware(false);
        f.setValidating(false);
        f.setXIncludeAware(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("cannot configure a secure XML parser", e);
        }
        return f;
    }
}

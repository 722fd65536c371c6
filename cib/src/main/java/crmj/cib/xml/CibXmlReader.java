package crmj.cib.xml;

import crmj.cib.model.Cib;
import crmj.cib.model.CibObject;
import crmj.cib.model.XmlObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Pacemaker 2.x CIB (a CIB file, {@code cibadmin -Q} output) into the model.
 *
 * <p>Nothing read is dropped: an element the model cannot hold exactly becomes a {@code RawXml} part (inside
 * a resource, node, alert or attribute set) or an {@code XmlObject} (a top-level element, see
 * {@link CibSections} for the conventions); comments become the object's comments (leading ones) or
 * {@code Comment} parts. The status section is kept as the exact text it had. The parser refuses DTDs and
 * external entities.
 */
public final class CibXmlReader {
    private CibXmlReader() {
    }

    /** Reads a CIB from its text. */
    public static Cib read(String xml) {
        return read(xml, "cib");
    }

    /** Reads a CIB from its text; {@code source} names it in error messages. */
    public static Cib read(String xml, String source) {
        XNode.Element root = XmlParser.parseSkipping(xml, source, "status");
        if (!root.tag().equals("cib")) {
            throw new CibXmlException(source + ": the root element is <" + root.tag() + ">, not <cib>");
        }
        List<CibObject> objects = new ArrayList<>();
        XNode.Element status = null;
        boolean configurationSeen = false;
        for (XNode n : root.children()) {
            if (n instanceof XNode.Element e && e.tag().equals("configuration") && !configurationSeen) {
                configurationSeen = true;
                objects.addAll(ConfigurationReader.read(e));
            } else if (n instanceof XNode.Element e && e.tag().equals("status") && status == null) {
                status = e;
            } else if (n instanceof XNode.Element e) {
                objects.add(ReadSupport.xmlObject(e, CibSections.CIB));
            } else {
                objects.add(new XmlObject(CibSections.COMMENT_ID, CibSections.CIB,
                        ReadSupport.raw(n), List.of()));
            }
        }
        return new Cib(root.attributes(), objects, statusText(xml, status));
    }

    /**
     * A {@code <fencing-topology>} element given as text (the {@code xml <fencing-topology>...} object form),
     * as the typed object; empty when it is not one the model holds exactly. Throws CibXmlException when the
     * text is not well-formed XML.
     */
    public static java.util.Optional<crmj.cib.model.FencingTopology> fencingTopology(String xml, String source) {
        XNode.Element e = XmlParser.parse(xml, source);
        if (!e.tag().equals(CibSections.FENCING_TOPOLOGY)) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(MiscReader.fencingTopology(e));
        } catch (Unmodelled u) {
            return java.util.Optional.empty();
        }
    }

    /** Reads a CIB file (UTF-8). */
    public static Cib read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String statusText(String xml, XNode.Element status) {
        if (status == null) {
            return "";
        }
        // the parser has checked the status section; the scanner finds its exact text
        return StatusScanner.find(xml).orElseThrow(
                () -> new CibXmlException("cannot locate the status section in the text"));
    }
}

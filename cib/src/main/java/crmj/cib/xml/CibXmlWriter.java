package crmj.cib.xml;

import crmj.cib.model.Cib;
import crmj.cib.model.CibObject;
import crmj.cib.model.XmlObject;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes the model as XML text.
 *
 * <p>{@link #write} gives the bytes Pacemaker 2.1.5 writes for a CIB file ({@code CIB_file} mode, as after
 * {@code crm configure} with crmsh 4.4.1): no XML declaration, two spaces per level, {@code <status/>} when
 * the status is empty, a final newline. Attributes that the model keeps as lists keep their order; typed
 * fields are written in crmsh's order. Flat objects are nested again (a group's primitives inside it).
 */
public final class CibXmlWriter {
    private CibXmlWriter() {
    }

    /** The whole CIB file text. */
    public static String write(Cib cib) {
        ResourceIndex index = new ResourceIndex(cib.objects());
        ObjectWriter writer = new ObjectWriter(index);
        ElementBuilder root = new ElementBuilder("cib").attrs(cib.attributes());
        // children of <cib> other than configuration and status: before <configuration> when they come
        // before every configuration object, else after it
        boolean configurationWritten = false;
        for (CibObject o : cib.objects()) {
            boolean cibLevel = o instanceof XmlObject x && x.section().equals(CibSections.CIB);
            if (!cibLevel && !configurationWritten) {
                root.child(configuration(cib.objects(), writer, index));
                configurationWritten = true;
            } else if (cibLevel) {
                root.children(writer.write(o));
            }
        }
        if (!configurationWritten) {
            root.child(configuration(cib.objects(), writer, index));
        }
        root.child(new XNode.Verbatim(cib.status().isEmpty() ? "<status/>" : cib.status()));
        return PacemakerPrinter.print(root.build(), 0);
    }

    /** The configuration section last printed and the (immutable) object list it was printed from. */
    private record Printed(List<CibObject> objects, String text) {
    }

    private static final AtomicReference<Printed> LAST = new AtomicReference<>();

    /**
     * The configuration element, printed at depth 1 as verbatim text. A commit writes the same objects
     * twice (for crm_verify, then to the file with a new epoch): the second time reuses the text of the
     * first, found by the identity of the object list (a {@link Cib}'s list is immutable).
     */
    private static XNode configuration(List<CibObject> objects, ObjectWriter writer, ResourceIndex index) {
        Printed last = LAST.get();
        if (last == null || last.objects() != objects) {
            String printed = PacemakerPrinter.print(ConfigurationWriter.configuration(objects, writer, index), 1);
            // Verbatim text is printed after its indentation and before a newline
            last = new Printed(objects, printed.substring(2, printed.length() - 1));
            LAST.set(last);
        }
        return new XNode.Verbatim(last.text());
    }

    /**
     * One object as Pacemaker writes it (its children nested), starting at column 0 and ending with a newline.
     * For an empty-section placeholder or a section comment this is the verbatim XML.
     */
    public static String write(Cib cib, CibObject object) {
        ResourceIndex index = new ResourceIndex(cib.objects());
        return PacemakerPrinter.print(new ObjectWriter(index).write(object), 0);
    }

    /**
     * What {@code crm configure show xml ID...} prints for these objects with crmsh 4.4.1: an XML declaration,
     * a {@code <cib>} with the CIB's attributes and a configuration holding only the objects' top parents
     * (e.g. the group of a primitive), formatted as lxml pretty-prints it, then an empty line. Values of
     * nvpairs whose name matches {@code passw*} are shown as {@code ******}, as crmsh's default
     * {@code obscure_pattern} does.
     */
    public static String showXml(Cib cib, Collection<String> ids) {
        return ShowXmlFormatter.format(cib, ids, List.of("passw*"));
    }

    /** As {@link #showXml(Cib, Collection)}, obscuring the values of nvpairs whose names match the globs. */
    public static String showXml(Cib cib, Collection<String> ids, List<String> obscureGlobs) {
        return ShowXmlFormatter.format(cib, ids, obscureGlobs);
    }
}

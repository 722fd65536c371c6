package crmj.cib.xml;

import crmj.cib.model.Cib;
import crmj.cib.model.CibObject;
import crmj.cib.model.XmlObject;

import java.util.Collection;
import java.util.List;

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
        root.child(ConfigurationWriter.configuration(cib.objects(), writer, index));
        for (CibObject o : cib.objects()) {
            if (o instanceof XmlObject x && x.section().equals(CibSections.CIB)) {
                root.children(writer.write(x));
            }
        }
        root.child(new XNode.Verbatim(cib.status().isEmpty() ? "<status/>" : cib.status()));
        return PacemakerPrinter.print(root.build(), 0);
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

package crmj.cib.xml;

import crmj.cib.model.CibObject;
import crmj.cib.model.FencingTopology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@code <configuration>}: sections in the order their objects first appear (crmsh appends a section
 * when it first creates an object for it, and reading keeps document order), the required sections always
 * present, placeholders and verbatim configuration children at their place.
 */
final class ConfigurationWriter {
    private ConfigurationWriter() {
    }

    /** The configuration element of a list of objects (those of section {@code cib} excluded). */
    static XNode.Element configuration(List<CibObject> objects, ObjectWriter writer, ResourceIndex index) {
        Map<Object, List<CibObject>> items = new LinkedHashMap<>();
        for (CibObject o : objects) {
            String section = CibSections.sectionOf(o);
            if (section.equals(CibSections.CIB)) {
                continue;
            }
            Object key = CibSections.isPlaceholder(o) ? o.id() : section.equals(CibSections.CONFIGURATION) ? o : section;
            List<CibObject> list = items.computeIfAbsent(key, k -> new ArrayList<>());
            if (!CibSections.isPlaceholder(o)) {
                list.add(o);
            }
        }
        List<Object> order = withRequired(new ArrayList<>(items.keySet()));
        ElementBuilder conf = new ElementBuilder("configuration");
        for (Object key : order) {
            if (key instanceof String name) {
                conf.child(section(name, items.getOrDefault(name, List.of()), writer, index));
            } else {
                conf.children(writer.write((CibObject) key));
            }
        }
        return conf.build();
    }

    /**
     * The required sections first, in schema order (crm_config, nodes, resources, constraints, as
     * {@code cibadmin --empty} makes them and Pacemaker keeps them), then the others in order of appearance.
     */
    private static List<Object> withRequired(List<Object> order) {
        List<Object> out = new ArrayList<>(CibSections.REQUIRED);
        for (Object key : order) {
            if (!(key instanceof String s && CibSections.REQUIRED.contains(s))) {
                out.add(key);
            }
        }
        return out;
    }

    private static XNode.Element section(String name, List<CibObject> objects, ObjectWriter writer,
                                         ResourceIndex index) {
        if (name.equals(CibSections.FENCING_TOPOLOGY)) {
            return fencingTopology(objects, writer);
        }
        ElementBuilder b = new ElementBuilder(name);
        for (CibObject o : objects) {
            if (!index.isNested(o)) {
                b.children(writer.write(o));
            }
        }
        return b.build();
    }

    /** The fencing-topology section: its objects' levels merged (normally there is one object). */
    private static XNode.Element fencingTopology(List<CibObject> objects, ObjectWriter writer) {
        List<FencingTopology.Level> levels = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        List<XNode> others = new ArrayList<>();
        for (CibObject o : objects) {
            if (o instanceof FencingTopology t) {
                levels.addAll(t.levels());
                comments.addAll(t.comments());
            } else {
                others.addAll(writer.write(o));
            }
        }
        XNode.Element e = writer.write(new FencingTopology(levels, comments)).get(0) instanceof XNode.Element x
                ? x : null;
        List<XNode> children = new ArrayList<>(e.children());
        children.addAll(others);
        return new XNode.Element(e.tag(), e.attributes(), children);
    }
}

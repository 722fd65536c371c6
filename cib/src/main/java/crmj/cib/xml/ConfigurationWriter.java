package crmj.cib.xml;

import crmj.cib.model.CibObject;
import crmj.cib.model.FencingTopology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@code <configuration>}. The four required sections come first, in order (they are in every CIB from
 * {@code cibadmin --empty} on); the others follow in the order their objects first appear (crmsh appends a
 * section when it first needs it), with placeholders and verbatim configuration children at their place.
 * When the objects hold a placeholder for a required section (the reader records an unusual layout that
 * way), the order of first appearance is kept for all sections.
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
            Object key = CibSections.isPlaceholder(o) ? o.id()
                    : section.equals(CibSections.CONFIGURATION) ? o : section;
            List<CibObject> list = items.computeIfAbsent(key, k -> new ArrayList<>());
            if (!CibSections.isPlaceholder(o)) {
                list.add(o);
            }
        }
        List<Object> order = recordedLayout(objects) ? withRequired(new ArrayList<>(items.keySet()))
                : requiredFirst(items.keySet());
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

    private static boolean recordedLayout(List<CibObject> objects) {
        return objects.stream().anyMatch(o -> CibSections.isPlaceholder(o) && CibSections.REQUIRED.contains(o.id()));
    }

    private static List<Object> requiredFirst(java.util.Collection<Object> keys) {
        List<Object> out = new ArrayList<>(CibSections.REQUIRED);
        for (Object key : keys) {
            if (!(key instanceof String s && CibSections.REQUIRED.contains(s))) {
                out.add(key);
            }
        }
        return out;
    }

    /** Inserts each missing required section after the last present section that precedes it in schema order. */
    private static List<Object> withRequired(List<Object> order) {
        for (int r = 0; r < CibSections.REQUIRED.size(); r++) {
            String req = CibSections.REQUIRED.get(r);
            if (order.contains(req)) {
                continue;
            }
            int at = 0;
            for (int i = 0; i < order.size(); i++) {
                if (order.get(i) instanceof String s && CibSections.REQUIRED.indexOf(s) >= 0
                        && CibSections.REQUIRED.indexOf(s) < r) {
                    at = i + 1;
                }
            }
            order.add(at, req);
        }
        return order;
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
        XNode.Element merged = (XNode.Element) writer.write(new FencingTopology(levels, comments)).get(0);
        List<XNode> children = new ArrayList<>(merged.children());
        children.addAll(others);
        return new XNode.Element(merged.tag(), merged.attributes(), children);
    }
}

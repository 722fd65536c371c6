package crmj.cib.xml;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.xml.sax.InputSource;

/**
 * Compares two XML documents as trees: same elements, same attributes (as sets), same non-blank text, same
 * comments. Inside groups, clones and bundles the resource children and the other children are compared as
 * two sequences, because the model keeps the children of a container apart from its other parts (the
 * writer puts them last, as crmsh does). Likewise the rules and the nvpairs of an attribute set.
 */
final class DomComparator {
    private static final Set<String> CONTAINERS = Set.of("group", "clone", "master", "bundle");
    private static final Set<String> RESOURCES = Set.of("primitive", "template", "group", "clone", "master",
            "bundle");
    private static final Set<String> SETS = Set.of("instance_attributes", "meta_attributes", "utilization",
            "cluster_property_set");

    private DomComparator() {
    }

    /** The first difference, as a path and a description, or empty when the documents are equal. */
    static Optional<String> difference(String expected, String actual) {
        return compare(parse(expected).getDocumentElement(), parse(actual).getDocumentElement(), "");
    }

    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    });

    static Document parse(String xml) {
        try {
            return BUILDERS.get().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Optional<String> compare(Node a, Node b, String path) {
        if (a.getNodeType() != b.getNodeType()) {
            return Optional.of(path + ": node type " + a.getNodeType() + " vs " + b.getNodeType());
        }
        if (a.getNodeType() == Node.COMMENT_NODE || a.getNodeType() == Node.TEXT_NODE
                || a.getNodeType() == Node.CDATA_SECTION_NODE) {
            return a.getNodeValue().equals(b.getNodeValue()) ? Optional.empty()
                    : Optional.of(path + ": text '" + a.getNodeValue() + "' vs '" + b.getNodeValue() + "'");
        }
        Element ea = (Element) a;
        Element eb = (Element) b;
        String here = path + "/" + ea.getTagName() + (ea.hasAttribute("id") ? "[" + ea.getAttribute("id") + "]" : "");
        if (!ea.getTagName().equals(eb.getTagName())) {
            return Optional.of(here + ": element " + ea.getTagName() + " vs " + eb.getTagName());
        }
        Map<String, String> aa = attrs(ea);
        Map<String, String> ab = attrs(eb);
        if (!aa.equals(ab)) {
            return Optional.of(here + ": attributes " + aa + " vs " + ab);
        }
        List<Node> ca = children(ea);
        List<Node> cb = children(eb);
        if (CONTAINERS.contains(ea.getTagName())) {
            Optional<String> d = compareLists(filter(ca, RESOURCES, true), filter(cb, RESOURCES, true), here);
            return d.isPresent() ? d : compareLists(filter(ca, RESOURCES, false), filter(cb, RESOURCES, false), here);
        }
        if (SETS.contains(ea.getTagName())) {
            Set<String> rule = Set.of("rule");
            Optional<String> d = compareLists(filter(ca, rule, true), filter(cb, rule, true), here);
            return d.isPresent() ? d : compareLists(filter(ca, rule, false), filter(cb, rule, false), here);
        }
        return compareLists(ca, cb, here);
    }

    private static Optional<String> compareLists(List<Node> a, List<Node> b, String path) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            Optional<String> d = compare(a.get(i), b.get(i), path);
            if (d.isPresent()) {
                return d;
            }
        }
        return a.size() == b.size() ? Optional.empty()
                : Optional.of(path + ": " + a.size() + " children vs " + b.size());
    }

    private static List<Node> filter(List<Node> nodes, Set<String> tags, boolean in) {
        return nodes.stream().filter(n -> in == (n instanceof Element e && tags.contains(e.getTagName()))).toList();
    }

    private static Map<String, String> attrs(Element e) {
        Map<String, String> m = new TreeMap<>();
        NamedNodeMap map = e.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            m.put(map.item(i).getNodeName(), map.item(i).getNodeValue());
        }
        return m;
    }

    private static List<Node> children(Element e) {
        List<Node> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE && n.getNodeValue().isBlank()) {
                continue;
            }
            out.add(n);
        }
        return out;
    }
}

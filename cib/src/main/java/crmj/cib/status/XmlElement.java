package crmj.cib.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small mutable XML element (name, attributes in document order, element children) as the unpacker reads
 * Pacemaker's CIB: text and comments are not kept. Mutable because Pacemaker's own unpacking annotates and
 * expands elements (templates, clone instance numbers, failed operation records).
 */
public final class XmlElement {
    private final String name;
    /** Attribute names and values, alternating, in document order (few per element: a map costs more). */
    private String[] attrs = new String[0];
    private final List<XmlElement> children = new ArrayList<>();
    private XmlElement parent;

    public XmlElement(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** The value of an attribute, or null. */
    public String attr(String key) {
        for (int i = 0; i < attrs.length; i += 2) {
            if (attrs[i].equals(key)) {
                return attrs[i + 1];
            }
        }
        return null;
    }

    public Optional<String> optAttr(String key) {
        return Optional.ofNullable(attr(key));
    }

    /** The element's id attribute, or null. */
    public String id() {
        return attr("id");
    }

    /** The attributes in document order. */
    public Map<String, String> attributes() {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < attrs.length; i += 2) {
            out.put(attrs[i], attrs[i + 1]);
        }
        return out;
    }

    /** Sets (or, with a null value, removes) an attribute; a new one goes last. */
    public void setAttr(String key, String value) {
        for (int i = 0; i < attrs.length; i += 2) {
            if (attrs[i].equals(key)) {
                if (value != null) {
                    attrs[i + 1] = value;
                } else {
                    String[] shorter = new String[attrs.length - 2];
                    System.arraycopy(attrs, 0, shorter, 0, i);
                    System.arraycopy(attrs, i + 2, shorter, i, attrs.length - i - 2);
                    attrs = shorter;
                }
                return;
            }
        }
        if (value != null) {
            attrs = Arrays.copyOf(attrs, attrs.length + 2);
            attrs[attrs.length - 2] = key;
            attrs[attrs.length - 1] = value;
        }
    }

    /** Sets all attributes at once (the element has none yet). */
    public void initAttributes(String[] namesAndValues) {
        attrs = namesAndValues;
    }

    public List<XmlElement> children() {
        return Collections.unmodifiableList(children);
    }

    public XmlElement parent() {
        return parent;
    }

    public void add(XmlElement child) {
        child.parent = this;
        children.add(child);
    }

    /** Replaces the children with these (re-parenting them). */
    public void replaceChildren(List<XmlElement> newChildren) {
        List<XmlElement> copy = new ArrayList<>(newChildren);
        children.clear();
        for (XmlElement c : copy) {
            add(c);
        }
    }

    /** The first child element with this name, or null. */
    public XmlElement child(String childName) {
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    /** The child elements with this name, in order. */
    public List<XmlElement> children(String childName) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
        }
        return out;
    }

    /** All descendants (not this element) with this name, in document order. */
    public List<XmlElement> descendants(String descendantName) {
        List<XmlElement> out = new ArrayList<>();
        collect(descendantName, out);
        return out;
    }

    private void collect(String descendantName, List<XmlElement> out) {
        for (XmlElement c : children) {
            if (c.name.equals(descendantName)) {
                out.add(c);
            }
            c.collect(descendantName, out);
        }
    }

    /** A deep copy, without a parent. */
    public XmlElement copy() {
        XmlElement e = new XmlElement(name);
        e.attrs = attrs.clone();
        for (XmlElement c : children) {
            e.add(c.copy());
        }
        return e;
    }

    /** A deep copy under another name. */
    public XmlElement copyAs(String newName) {
        XmlElement e = new XmlElement(newName);
        e.attrs = attrs.clone();
        for (XmlElement c : children) {
            e.add(c.copy());
        }
        return e;
    }

    @Override
    public String toString() {
        return "<" + name + " " + attributes() + ">";
    }
}

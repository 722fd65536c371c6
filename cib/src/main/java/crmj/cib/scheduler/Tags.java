package crmj.cib.scheduler;

import crmj.cib.status.WRsc;
import crmj.cib.status.XmlElement;

import java.util.ArrayList;
import java.util.List;

/**
 * Templates and tags in constraints: a reference to either stands for the resources derived from the template
 * or tagged with the tag, written as a resource set ({@code pcmk__expand_tags_in_sets}, {@code pcmk__tag_to_set}).
 */
final class Tags {
    private Tags() {
    }

    /** The resource ids a template or tag stands for, or null when the id is neither. */
    static List<String> refs(Sched s, String id) {
        XmlElement config = s.ws.doc.root().child("configuration");
        if (config == null || id == null) {
            return null;
        }
        XmlElement resources = config.child("resources");
        if (resources != null) {
            for (XmlElement t : resources.children("template")) {
                if (id.equals(t.attr("id"))) {
                    List<String> out = new ArrayList<>();
                    collectTemplateUsers(resources, id, out);
                    return out;
                }
            }
        }
        XmlElement tags = config.child("tags");
        if (tags != null) {
            for (XmlElement t : tags.children("tag")) {
                if (id.equals(t.attr("id"))) {
                    List<String> out = new ArrayList<>();
                    for (XmlElement ref : t.children("obj_ref")) {
                        out.add(ref.attr("id"));
                    }
                    return out;
                }
            }
        }
        return null;
    }

    private static void collectTemplateUsers(XmlElement parent, String template, List<String> out) {
        for (XmlElement c : parent.children()) {
            if (c.name().equals("primitive") && template.equals(c.attr("template"))) {
                out.add(c.attr("id"));
            }
            collectTemplateUsers(c, template, out);
        }
    }

    /** A copy of the constraint with template and tag references in its sets expanded, or null if none. */
    static XmlElement expandSets(Sched s, XmlElement xml) {
        boolean any = false;
        for (XmlElement set : xml.children("resource_set")) {
            for (XmlElement ref : set.children("resource_ref")) {
                if (s.findResource(ref.attr("id")) == null && refs(s, ref.attr("id")) != null) {
                    any = true;
                }
            }
        }
        if (!any) {
            return null;
        }
        XmlElement copy = xml.copy();
        for (XmlElement set : copy.children("resource_set")) {
            List<XmlElement> children = new ArrayList<>();
            for (XmlElement c : set.children()) {
                List<String> expanded = c.name().equals("resource_ref") && s.findResource(c.attr("id")) == null
                        ? refs(s, c.attr("id")) : null;
                if (expanded == null) {
                    children.add(c);
                    continue;
                }
                for (String id : expanded) {
                    XmlElement ref = new XmlElement("resource_ref");
                    ref.setAttr("id", id);
                    children.add(ref);
                }
            }
            set.replaceChildren(children);
        }
        return copy;
    }

    /**
     * {@code pcmk__tag_to_set}: replaces a template or tag reference in {@code attr} by a resource set (and a
     * resource reference too when {@code convertRsc}); returns the new set or null.
     */
    static XmlElement toSet(Sched s, XmlElement xml, String attr, boolean convertRsc) {
        String id = xml.attr(attr);
        if (id == null) {
            return null;
        }
        WRsc rsc = s.findResource(id);
        List<String> tagRefs = rsc == null ? refs(s, id) : null;
        XmlElement set;
        if (tagRefs != null) {
            set = new XmlElement("resource_set");
            set.setAttr("id", id);
            for (String r : tagRefs) {
                XmlElement ref = new XmlElement("resource_ref");
                ref.setAttr("id", r);
                set.add(ref);
            }
            set.setAttr("sequential", "false");
        } else if (rsc != null && convertRsc) {
            set = new XmlElement("resource_set");
            set.setAttr("id", id);
            XmlElement ref = new XmlElement("resource_ref");
            ref.setAttr("id", id);
            set.add(ref);
        } else {
            return null;
        }
        xml.add(set);
        xml.setAttr(attr, null);
        return set;
    }

    /** Expands a two-sided constraint (colocation or order); returns the expanded copy or null. */
    static XmlElement expandPair(Sched s, XmlElement xml, String first, String firstMoved, String firstAs,
                                 String then, String thenMoved, String thenAs) {
        XmlElement sets = expandSets(s, xml);
        if (sets != null) {
            return sets;
        }
        String a = xml.attr(first);
        String b = xml.attr(then);
        if (a == null || b == null) {
            return null;
        }
        boolean aRsc = s.findResource(a) != null;
        boolean bRsc = s.findResource(b) != null;
        if (aRsc && bRsc) {
            return null;
        }
        if ((!aRsc && refs(s, a) == null) || (!bRsc && refs(s, b) == null)) {
            return null;
        }
        if (!aRsc && !bRsc && firstAs.equals("role")) {
            return null;
        }
        XmlElement copy = xml.copy();
        String aExtra = copy.attr(firstMoved);
        String bExtra = copy.attr(thenMoved);
        XmlElement setA = toSet(s, copy, first, true);
        if (setA != null && aExtra != null) {
            setA.setAttr(firstAs, aExtra);
            copy.setAttr(firstMoved, null);
        }
        XmlElement setB = toSet(s, copy, then, true);
        if (setB != null && bExtra != null) {
            setB.setAttr(thenAs, bExtra);
            copy.setAttr(thenMoved, null);
        }
        return copy;
    }

    /** Expands a location constraint; returns the expanded copy or null. */
    static XmlElement expandLocation(Sched s, XmlElement xml) {
        XmlElement sets = expandSets(s, xml);
        if (sets != null) {
            return sets;
        }
        String id = xml.attr("rsc");
        if (id == null || s.findResource(id) != null || refs(s, id) == null) {
            return null;
        }
        XmlElement copy = xml.copy();
        String role = copy.attr("role");
        XmlElement set = toSet(s, copy, "rsc", false);
        if (set != null && role != null) {
            set.setAttr("role", role);
            copy.setAttr("role", null);
        }
        return copy;
    }
}

package crmj.cib.status;

import java.util.HashSet;
import java.util.Set;

/** Expands a primitive that names a {@code template} ({@code unpack_template}). */
public final class Templates {
    /** Returned when the reference cannot be expanded (Pacemaker ignores the resource). */
    public static final XmlElement INVALID = new XmlElement("invalid");

    private Templates() {
    }

    /** The expanded element, null when the element names no template, or {@link #INVALID}. */
    public static XmlElement expand(XmlElement xmlObj, WorkingSet ws) {
        String ref = xmlObj.attr("template");
        if (ref == null) {
            return null;
        }
        String id = xmlObj.id();
        if (ref.equals(id) || ws.resourcesSection == null) {
            return INVALID;
        }
        XmlElement template = null;
        for (XmlElement t : ws.resourcesSection.children("template")) {
            if (ref.equals(t.id())) {
                template = t;
                break;
            }
        }
        if (template == null) {
            return INVALID;
        }
        XmlElement out = template.copyAs(xmlObj.name());
        out.setAttr("id", id);
        String clone = xmlObj.attr("clone");
        if (clone != null) {
            out.setAttr("clone", clone);
        }
        XmlElement templateOps = out.child("operations");
        XmlElement rscOps = null;
        for (XmlElement c : xmlObj.children()) {
            XmlElement copy = c.copy();
            out.add(copy);
            if (copy.name().equals("operations")) {
                rscOps = copy;
            }
        }
        if (templateOps != null && rscOps != null) {
            Set<String> keys = new HashSet<>();
            for (XmlElement op : rscOps.children()) {
                keys.add(opKey(op));
            }
            for (XmlElement op : templateOps.children()) {
                if (!keys.contains(opKey(op))) {
                    rscOps.add(op.copy());
                }
            }
            removeChild(out, templateOps);
        }
        return out;
    }

    private static String opKey(XmlElement op) {
        String role = op.attr("role");
        if (role == null || role.equalsIgnoreCase("Started") || role.equalsIgnoreCase("Unpromoted")
                || role.equalsIgnoreCase("Slave")) {
            role = "Unknown";
        }
        return op.attr("name") + "-" + role;
    }

    private static void removeChild(XmlElement parent, XmlElement child) {
        XmlElement rebuilt = new XmlElement(parent.name());
        for (XmlElement c : parent.children()) {
            if (c != child) {
                rebuilt.add(c);
            }
        }
        parent.replaceChildren(rebuilt.children());
    }
}

package crmj.cib.text;

import crmj.cib.CrmException;
import crmj.cib.SourceLocation;
import crmj.cib.model.XmlObject;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code xml <...>} object form: XML kept verbatim, placed by its element name. */
final class XmlObjects {
    private static final Map<String, String> SECTIONS = Map.ofEntries(
            Map.entry("node", "nodes"), Map.entry("primitive", "resources"), Map.entry("group", "resources"),
            Map.entry("clone", "resources"), Map.entry("master", "resources"), Map.entry("template", "resources"),
            Map.entry("bundle", "resources"), Map.entry("rsc_location", "constraints"),
            Map.entry("rsc_colocation", "constraints"), Map.entry("rsc_order", "constraints"),
            Map.entry("rsc_ticket", "constraints"), Map.entry("cluster_property_set", "crm_config"),
            Map.entry("acl_role", "acls"), Map.entry("acl_target", "acls"), Map.entry("acl_group", "acls"),
            Map.entry("tag", "tags"), Map.entry("alert", "alerts"));
    private static final Pattern HEAD = Pattern.compile("^\\s*<([A-Za-z_][\\w.-]*)\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("\\bid\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");

    private XmlObjects() {
    }

    static XmlObject parse(String xml, SourceLocation at, List<String> comments) {
        Matcher head = HEAD.matcher(xml);
        if (!head.find()) {
            throw new CrmException(at, "expected an XML element after 'xml', found '" + xml + "'");
        }
        String tag = head.group(1);
        String section = SECTIONS.get(tag);
        if (section == null) {
            throw new CrmException(at, "Element " + tag + " not recognized (expected one of "
                    + String.join(", ", SECTIONS.keySet().stream().sorted().toList()) + ")");
        }
        Matcher id = ID.matcher(head.group(2));
        if (!id.find()) {
            throw new CrmException(at, "the <" + tag + "> element has no id");
        }
        String value = id.group(2) != null ? id.group(2) : id.group(3);
        return new XmlObject(value, section, xml, comments);
    }
}

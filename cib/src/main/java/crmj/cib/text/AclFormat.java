package crmj.cib.text;

import crmj.cib.model.AclRole;
import crmj.cib.model.Attr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Prints ACL 2.0 permissions as crmsh does, turning known xpaths back into shortcuts. */
final class AclFormat {
    private static final String ID = "([a-zA-Z_][a-zA-Z0-9_.-]*)";
    private static final Map<String, List<String>> SHORTCUTS = new LinkedHashMap<>();

    static {
        SHORTCUTS.put("meta", List.of("//primitive\\[@id='@@'\\]/meta_attributes", "/nvpair\\[@name='@@'\\]"));
        SHORTCUTS.put("params", List.of("//primitive\\[@id='@@'\\]/instance_attributes", "/nvpair\\[@name='@@'\\]"));
        SHORTCUTS.put("utilization", List.of("//primitive\\[@id='@@'\\]/utilization"));
        SHORTCUTS.put("location", List.of("//rsc_location\\[@id='cli-prefer-@@' and @rsc='@@'\\]"));
        SHORTCUTS.put("property", List.of("//crm_config/cluster_property_set", "/nvpair\\[@name='@@'\\]"));
        SHORTCUTS.put("nodeattr", List.of("//nodes/node/instance_attributes", "/nvpair\\[@name='@@'\\]"));
        SHORTCUTS.put("nodeutil", List.of("//nodes/node/utilization", "\\[@uname='@@'\\]"));
        SHORTCUTS.put("node", List.of("//nodes/node", "\\[@uname='@@'\\]"));
        SHORTCUTS.put("status", List.of("/cib/status"));
        SHORTCUTS.put("cib", List.of("/cib"));
    }

    private AclFormat() {
    }

    static String permission(AclRole.Permission p) {
        List<String> items = new ArrayList<>();
        items.add(Attr.find(p.attributes(), "kind").orElse(""));
        Attr.find(p.attributes(), "description").ifPresent(d -> items.add("description=" + Words.quote(d)));
        Attr.find(p.attributes(), "xpath").ifPresent(x -> items.add(xpath(x)));
        Attr.find(p.attributes(), "reference").ifPresent(r -> items.add("ref:" + r));
        Attr.find(p.attributes(), "attribute").ifPresent(a -> items.add("attr:" + a));
        Attr.find(p.attributes(), "object-type").ifPresent(t -> items.add("type:" + t));
        return String.join(" ", items);
    }

    private static String xpath(String xpath) {
        for (Map.Entry<String, List<String>> e : SHORTCUTS.entrySet()) {
            List<String> parts = e.getValue();
            for (int i = 0; i < parts.size(); i++) {
                String regex = String.join("", parts.subList(0, i + 1)).replace("@@", ID) + "$";
                Matcher m = Pattern.compile(regex).matcher(xpath);
                if (m.matches()) {
                    List<String> groups = new ArrayList<>();
                    for (int g = 1; g <= m.groupCount() && g <= i + 1; g++) {
                        groups.add(m.group(g));
                    }
                    return groups.isEmpty() ? e.getKey() : e.getKey() + ":" + String.join(":", groups);
                }
            }
        }
        return "xpath:" + Words.quote(xpath);
    }
}

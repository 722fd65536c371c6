package crmj.cib.text;

import crmj.cib.CrmException;
import crmj.cib.model.AclRole;
import crmj.cib.model.Attr;
import crmj.grammar.CrmParser;
import org.antlr.v4.runtime.ParserRuleContext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/** ACL 2.0 permissions of a {@code role}: specs, xpath shortcuts, one acl_permission per target kind. */
final class AclSpecs {
    private static final Map<String, String> SPEC_NAMES = Map.of("xpath", "xpath", "ref", "reference",
            "reference", "reference", "tag", "object-type", "type", "object-type", "attr", "attribute",
            "attribute", "attribute");
    private static final Map<String, List<String>> SHORTCUTS = Map.of(
            "meta", List.of("//primitive[@id='@@']/meta_attributes", "/nvpair[@name='@@']"),
            "params", List.of("//primitive[@id='@@']/instance_attributes", "/nvpair[@name='@@']"),
            "utilization", List.of("//primitive[@id='@@']/utilization"),
            "location", List.of("//rsc_location[@id='cli-prefer-@@' and @rsc='@@']"),
            "property", List.of("//crm_config/cluster_property_set", "/nvpair[@name='@@']"),
            "nodeattr", List.of("//nodes/node/instance_attributes", "/nvpair[@name='@@']"),
            "nodeutil", List.of("//nodes/node/utilization", "[@uname='@@']"),
            "node", List.of("//nodes/node", "[@uname='@@']"),
            "status", List.of("/cib/status"),
            "cib", List.of("/cib"));

    private AclSpecs() {
    }

    static List<AclRole.Permission> permissions(CrmParser.PermissionContext p, String roleId, IdRegistry ids,
                                               BiFunction<ParserRuleContext, String, CrmException> error) {
        String kind = p.right.getText().toLowerCase(Locale.ROOT);
        Map<String, String> attributes = new LinkedHashMap<>();
        for (CrmParser.AclSpecContext spec : p.aclSpec()) {
            String type = Words.unquote(spec.aclWord().getText());
            List<String> args = new ArrayList<>();
            for (CrmParser.ValueContext v : spec.value()) {
                args.add(Words.unquote(v.getText()));
            }
            if (SHORTCUTS.containsKey(type)) {
                attributes.put("xpath", expand(type, args, spec, error));
            } else if (SPEC_NAMES.containsKey(type)) {
                if (args.isEmpty()) {
                    throw error.apply(spec, "Expected <type>:<spec>, found '" + spec.getText() + "'");
                }
                attributes.put(SPEC_NAMES.get(type), String.join(":", args));
            } else {
                throw error.apply(spec, "expected an ACL spec (xpath:, ref:, tag:, attr: or a shortcut such as "
                        + "meta:RSC:NAME), found '" + spec.getText() + "'"
                        + Suggest.nearest(type, SHORTCUTS.keySet()).map(s -> " (did you mean " + s + "?)").orElse(""));
            }
        }
        if (attributes.isEmpty()) {
            // crmsh drops such a permission (and refuses a role left with none); crmj refuses it
            String label = p.permId != null ? p.permId.getText() : "";
            String type = label.isEmpty() ? "" : label.substring(0, label.length() - 1);
            throw error.apply(p, SHORTCUTS.containsKey(type) || SPEC_NAMES.containsKey(type)
                    ? "Expected <type>:<spec>, found '" + label + "' with nothing after the colon"
                    : "expected an ACL spec after '" + p.getText() + "' (xpath:, ref:, tag:, attr: or a shortcut "
                            + "such as meta:RSC:NAME)");
        }
        if (attributes.containsKey("attribute") && !attributes.containsKey("object-type")) {
            throw error.apply(p, "attribute is only valid in combination with tag/object-type");
        }
        List<Attr> head = new ArrayList<>();
        head.add(new Attr("kind", kind));
        if (p.description() != null) {
            head.add(new Attr("description", Words.unquote(p.description().VALUE().getText())));
        }
        String explicitId = p.permId != null ? p.permId.getText().substring(0, p.permId.getText().length() - 1)
                : p.idSpec() != null ? Words.unquote(p.idSpec().VALUE().getText()) : null;
        List<AclRole.Permission> out = new ArrayList<>();
        for (String target : List.of("xpath", "reference", "object-type")) {
            if (!attributes.containsKey(target)) {
                continue;
            }
            List<Attr> attrs = new ArrayList<>(head);
            attrs.add(new Attr(target, attributes.get(target)));
            if (target.equals("object-type") && attributes.containsKey("attribute")) {
                attrs.add(new Attr("attribute", attributes.get("attribute")));
            }
            String id;
            if (explicitId != null) {
                id = explicitId;
                ids.reserve(id);
                explicitId = null;
            } else {
                id = ids.forPlain(roleId);
            }
            out.add(new AclRole.Permission(id, attrs));
        }
        return out;
    }

    private static String expand(String shortcut, List<String> args, ParserRuleContext at,
                                 BiFunction<ParserRuleContext, String, CrmException> error) {
        List<String> expansion = SHORTCUTS.get(shortcut);
        if (args.isEmpty()) {
            if (expansion.get(0).contains("@@")) {
                throw error.apply(at, "Missing argument to ACL shortcut " + shortcut);
            }
            return expansion.get(0);
        }
        List<String> parts = new ArrayList<>();
        for (String a : args) {
            parts.addAll(List.of(a.split(":", -1)));
        }
        StringBuilder xpath = new StringBuilder();
        int i = 0;
        for (String tok : parts) {
            if (i < expansion.size() && !expansion.get(i).contains("@@")) {
                xpath.append(expansion.get(i++));
            }
            if (i >= expansion.size()) {
                throw error.apply(at, "too many arguments to ACL shortcut " + shortcut);
            }
            xpath.append(expansion.get(i++).replace("@@", tok));
        }
        return xpath.toString();
    }
}

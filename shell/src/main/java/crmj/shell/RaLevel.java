package crmj.shell;

import crmj.cib.CrmException;
import crmj.cib.SourceLocation;
import crmj.cib.agent.AgentAction;
import crmj.cib.agent.AgentCatalog;
import crmj.cib.agent.AgentClass;
import crmj.cib.agent.AgentException;
import crmj.cib.agent.AgentId;
import crmj.cib.agent.AgentMetadata;
import crmj.cib.agent.AgentParameter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The ra level: classes, providers, list and info/meta of resource agents, printed as crmsh prints them. */
final class RaLevel {
    private static final String TAB = "    ";

    private final AgentCatalog catalog;
    private final Output output;

    RaLevel(AgentCatalog catalog, Output output) {
        this.catalog = catalog;
        this.output = output;
    }

    void run(String command, List<String> args, SourceLocation at) {
        switch (command) {
            case "classes" -> classes();
            case "providers" -> {
                if (args.isEmpty()) {
                    throw new CrmException(at, "expected an agent type");
                }
                output.out().println(String.join(" ", catalog.ocfProviders(args.get(0))));
            }
            case "list" -> list(args, at);
            case "info" -> info(args, at);
            case "meta" -> {
                output.warning("This command 'meta' is deprecated, please use 'info'");
                info(args, at);
            }
            default -> throw new CrmException(at, "unknown ra command '" + command + "'"
                    + crmj.cib.text.Suggest.nearest(command, List.of("classes", "providers", "list", "info", "meta"))
                    .map(s -> " (did you mean " + s + "?)").orElse(""));
        }
        output.out().flush();
    }

    private void classes() {
        for (AgentClass c : catalog.classes()) {
            if (c.hasProviders()) {
                List<String> providers = catalog.ocfProviders();
                if (!providers.isEmpty()) {
                    output.out().println(c.token() + " / " + String.join(" ", providers));
                }
            } else {
                output.out().println(c.token());
            }
        }
    }

    private void list(List<String> args, SourceLocation at) {
        if (args.isEmpty()) {
            throw new CrmException(at, "expected a class (" + String.join(", ",
                    catalog.classes().stream().map(AgentClass::token).toList()) + ")");
        }
        AgentClass c = AgentClass.fromToken(args.get(0)).filter(catalog.classes()::contains)
                .orElseThrow(() -> new CrmException(at, "class " + args.get(0) + " does not exist"));
        List<String> types;
        if (args.size() > 1) {
            if (!catalog.ocfProviders().contains(args.get(1))) {
                throw new CrmException(at, "there is no provider " + args.get(1) + " for class " + args.get(0));
            }
            types = catalog.ocfTypes(args.get(1));
        } else if (c.hasProviders()) {
            types = new ArrayList<>();
            for (String p : catalog.ocfProviders()) {
                for (String t : catalog.ocfTypes(p)) {
                    if (!types.contains(t)) {
                        types.add(t);
                    }
                }
            }
            types.sort(null);
        } else {
            types = catalog.types(c);
        }
        multicolumn(types, 80);
    }

    /** crmsh's ls-like columns for a width. */
    private void multicolumn(List<String> items, int width) {
        int maxLen = 8;
        for (String s : items) {
            maxLen = Math.max(maxLen, s.length());
        }
        int cols = Math.max(1, width / (maxLen + 2));
        int colLen = width / cols;
        for (int i = 0; i < items.size() / cols + 1; i++) {
            StringBuilder row = new StringBuilder();
            for (int j = i * cols; j < (i + 1) * cols && j < items.size(); j++) {
                if ((j + 1) % cols == 0 && row.length() > 0) {
                    row.append(items.get(j));
                } else {
                    row.append(String.format("%-" + colLen + "s", items.get(j)));
                }
            }
            if (row.length() > 0) {
                output.out().println(row);
            }
        }
    }

    private void info(List<String> args, SourceLocation at) {
        if (args.isEmpty()) {
            throw new CrmException(at, "Expected [<class>:[<provider>:]]<type>");
        }
        AgentMetadata meta;
        AgentId id;
        try {
            id = AgentId.parse(args.get(0), catalog);
            meta = catalog.metadata(id);
        } catch (AgentException e) {
            throw new CrmException(at, e.getMessage());
        }
        List<String> sections = new ArrayList<>();
        String shortdesc = shortdesc(meta.shortdesc(), meta.name(), meta.longdesc(), id.type());
        sections.add(shortdesc.isEmpty() ? id.toString() : shortdesc + " (" + id + ")");
        if (!meta.longdesc().isBlank()) {
            sections.add(meta.longdesc().strip());
        }
        List<String> params = new ArrayList<>();
        for (AgentParameter p : meta.parameters()) {
            StringBuilder head = new StringBuilder(p.name());
            if (p.required()) {
                head.append('*');
            }
            String type = p.type();
            if (!type.isEmpty() && p.defaultValue().filter(d -> !d.isEmpty()).isPresent()) {
                head.append(" (").append(type).append(", [").append(p.defaultValue().get()).append("])");
            } else if (!type.isEmpty()) {
                head.append(" (").append(type).append(')');
            }
            head.append(": ").append(shortdesc(p.shortdesc(), p.name(), p.longdesc(), id.type()));
            String text = head.toString();
            if (!p.longdesc().isBlank()) {
                text += "\n" + TAB + p.longdesc().strip().replace("\n", "\n" + TAB) + "\n";
            }
            params.add(text);
        }
        if (!params.isEmpty()) {
            sections.add(("Parameters (*: required, []: default):\n\n" + String.join("\n", params)).stripTrailing());
        }
        List<String> actions = new ArrayList<>();
        for (AgentAction a : meta.actions()) {
            if (a.name().equals("meta-data") || a.name().equals("validate-all")) {
                continue;
            }
            StringBuilder s = new StringBuilder(String.format("%-13s", a.name()));
            for (Map.Entry<String, String> e : a.attributes().entrySet()) {
                if (!e.getKey().equals("name") && !e.getValue().isEmpty()) {
                    s.append(' ').append(e.getKey()).append('=').append(e.getValue());
                }
            }
            actions.add(TAB + s);
        }
        if (!actions.isEmpty()) {
            sections.add("Operations' defaults (advisory minimum):\n\n" + String.join("\n", actions));
        }
        output.out().println(String.join("\n\n", sections));
    }

    private static String shortdesc(String shortdesc, String name, String longdesc, String type) {
        String s = shortdesc.strip();
        if (!s.isEmpty() && !s.equals(name) && !s.equals(longdesc.strip()) && !s.equals(type)) {
            return s;
        }
        return "";
    }
}

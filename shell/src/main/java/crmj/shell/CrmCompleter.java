package crmj.shell;

import crmj.cib.agent.AgentCatalog;
import crmj.cib.agent.AgentClass;
import crmj.cib.agent.AgentException;
import crmj.cib.agent.AgentId;
import crmj.cib.agent.AgentMetadata;
import crmj.cib.agent.AgentParameter;
import crmj.cib.agent.MetaAttributes;
import crmj.cib.model.Cib;
import crmj.cib.model.CibObject;
import crmj.cib.model.NodeDef;
import crmj.cib.model.ObjectType;
import crmj.shell.registry.ArgSpec;
import crmj.shell.registry.CommandSpec;
import crmj.shell.registry.Completion;
import crmj.shell.registry.Registry;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Context-aware completion: command words from the registry, and in crm configure syntax the ids of
 * the right kinds, agents, an agent's parameters (required first, with their short descriptions),
 * meta attributes, op names, node names, cluster options and scores. Agent meta-data comes from the
 * session's catalog, which reads each agent once.
 */
final class CrmCompleter implements Completer {
    private static final List<String> RESOURCE_KINDS = List.of("primitive", "group", "clone", "ms", "bundle");
    private static final List<String> SCORES = List.of("inf:", "-inf:", "0:", "100:");
    private static final List<String> ROLES = List.of("Started", "Stopped", "Promoted", "Unpromoted", "Master",
            "Slave");
    private static final List<String> ACTIONS = List.of("start", "stop", "promote", "demote");
    private static final List<String> OP_NAMES = List.of("monitor", "start", "stop", "promote", "demote",
            "notify", "migrate_to", "migrate_from", "reload");
    private static final List<String> OP_ATTRIBUTES = List.of("interval=", "timeout=", "role=", "on-fail=",
            "start-delay=", "enabled=", "record-pending=", "interval-origin=", "description=");

    private final Registry registry;
    private final Supplier<String> level;
    private final Supplier<Cib> cib;
    private final AgentCatalog catalog;
    private final Map<String, Optional<AgentMetadata>> metadata = new HashMap<>();

    CrmCompleter(Registry registry, Supplier<String> level, Supplier<Cib> cib, AgentCatalog catalog) {
        this.registry = registry;
        this.level = level;
        this.cib = cib;
        this.catalog = catalog;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> out) {
        List<String> words = new ArrayList<>(line.words().subList(0, line.wordIndex()));
        String current = line.word().substring(0, Math.min(line.wordCursor(), line.word().length()));
        complete(level.get(), words, current, out);
    }

    /** Candidates for the word being typed after the given words, at a level. */
    void complete(String lvl, List<String> before, String current, List<Candidate> out) {
        if (before.isEmpty()) {
            registry.words(lvl).forEach(w -> out.add(plain(w)));
            return;
        }
        String first = before.get(0);
        if (lvl.isEmpty() && (Registry.LEVELS.contains(first) || first.equals("cd"))) {
            if (first.equals("cd")) {
                if (before.size() == 1) {
                    Registry.LEVELS.stream().filter(l -> !l.isEmpty()).forEach(l -> out.add(plain(l)));
                }
                return;
            }
            complete(first, before.subList(1, before.size()), current, out);
            return;
        }
        Optional<CommandSpec> spec = registry.find(lvl, first);
        if (spec.isEmpty()) {
            return;
        }
        if (spec.get().args().size() == 1 && spec.get().args().get(0).completion() instanceof Completion.CrmSyntax) {
            syntax(spec.get().name(), before, current, out);
            return;
        }
        argument(spec.get(), before.size() - 1, current, out);
    }

    private void argument(CommandSpec spec, int index, String current, List<Candidate> out) {
        List<ArgSpec> args = spec.args();
        if (args.isEmpty()) {
            return;
        }
        ArgSpec arg = index < args.size() ? args.get(index) : args.get(args.size() - 1);
        if (index >= args.size() && !arg.repeated()) {
            return;
        }
        Completion c = arg.completion();
        if (c instanceof Completion.Words w) {
            w.words().forEach(x -> out.add(plain(x)));
            if (index + 1 < args.size()) {
                argument(spec, index + 1, current, out);
            }
        } else if (c instanceof Completion.Ids ids) {
            ids(ids.kinds(), out);
        } else if (c instanceof Completion.Commands) {
            registry.words(spec.level()).forEach(x -> out.add(plain(x)));
        } else if (c instanceof Completion.Levels) {
            Registry.LEVELS.stream().filter(l -> !l.isEmpty()).forEach(l -> out.add(plain(l)));
            out.add(plain(".."));
        } else if (c instanceof Completion.Nodes) {
            nodes(out);
        } else if (c instanceof Completion.Shadows) {
            crmj.backend.Shadows.of(System.getenv()).names().forEach(x -> out.add(plain(x)));
            if (spec.name().equals("use")) {
                out.add(plain("live"));
            }
        }
    }

    /** Completion inside an object definition (crm configure syntax). */
    private void syntax(String keyword, List<String> before, String current, List<Candidate> out) {
        int n = before.size();
        String previous = before.get(n - 1);
        switch (keyword) {
            case "primitive", "rsc_template" -> primitive(keyword, before, current, out);
            case "group" -> {
                if (n >= 2) {
                    ids(List.of("primitive"), out);
                    out.add(plain("meta"));
                    out.add(plain("params"));
                }
            }
            case "clone", "ms", "master" -> {
                if (n == 2) {
                    ids(List.of("primitive", "group"), out);
                } else if (n > 2) {
                    out.add(plain("meta"));
                    out.add(plain("params"));
                }
            }
            case "location" -> {
                if (n == 2) {
                    ids(RESOURCE_KINDS, out);
                } else if (n >= 3 && previous.endsWith(":")) {
                    nodes(out);
                } else if (n >= 3) {
                    SCORES.forEach(s -> out.add(plain(s)));
                    out.add(plain("rule"));
                    out.add(plain("role="));
                    out.add(plain("resource-discovery="));
                }
            }
            case "colocation", "collocation", "order", "rsc_ticket" -> constraint(keyword, n, current, out);
            case "property" -> properties(out);
            case "rsc_defaults" -> MetaAttributes.forPrimitive().forEach(m -> out.add(plain(m + "=")));
            case "op_defaults" -> OP_ATTRIBUTES.forEach(m -> out.add(plain(m)));
            case "monitor" -> {
                if (n == 1) {
                    ids(List.of("primitive"), out);
                }
            }
            case "tag" -> {
                if (n >= 2) {
                    ids(RESOURCE_KINDS, out);
                }
            }
            case "node" -> {
                if (n >= 2) {
                    out.add(plain("attributes"));
                    out.add(plain("utilization"));
                }
            }
            default -> {
                // other objects: nothing context-specific yet
            }
        }
    }

    private void constraint(String keyword, int n, String current, List<Candidate> out) {
        if (n == 2) {
            if (keyword.equals("order")) {
                List.of("Mandatory:", "Optional:", "Serialize:").forEach(s -> out.add(plain(s)));
            }
            if (!keyword.equals("rsc_ticket")) {
                SCORES.forEach(s -> out.add(plain(s)));
            }
            return;
        }
        if (n >= 3) {
            int colon = current.indexOf(':');
            if (colon > 0) {
                String rsc = current.substring(0, colon + 1);
                List<String> qualifiers = keyword.equals("order") ? ACTIONS : ROLES;
                qualifiers.forEach(q -> out.add(new Candidate(rsc + q, q, null, null, null, null, true)));
                return;
            }
            ids(RESOURCE_KINDS, out);
        }
    }

    private void primitive(String keyword, List<String> before, String current, List<Candidate> out) {
        int n = before.size();
        if (n == 2) {
            agents(current, keyword.equals("primitive"), out);
            return;
        }
        if (n < 3) {
            return;
        }
        String section = "params";
        String opName = null;
        for (int i = 3; i < n; i++) {
            String w = before.get(i);
            if (List.of("params", "meta", "utilization", "op", "operations", "op_params", "op_meta").contains(w)) {
                section = w;
                opName = null;
            } else if (section.equals("op") && opName == null) {
                opName = w;
            }
        }
        List.of("params", "meta", "utilization", "op").forEach(k -> out.add(plain(k)));
        if (section.equals("params")) {
            parameters(before.get(2), out);
        } else if (section.equals("meta")) {
            MetaAttributes.forPrimitive().forEach(m -> out.add(plain(m + "=")));
        } else if (section.equals("op") && opName == null) {
            OP_NAMES.forEach(o -> out.add(plain(o)));
        } else if (section.equals("op")) {
            OP_ATTRIBUTES.forEach(a -> out.add(plain(a)));
        }
    }

    private void parameters(String agentSpec, List<Candidate> out) {
        Optional<AgentMetadata> meta = metadata.computeIfAbsent(agentSpec, spec -> {
            try {
                AgentId id = spec.startsWith("@") ? null : AgentId.parse(spec, catalog);
                return id == null ? Optional.empty() : Optional.of(catalog.metadata(id));
            } catch (AgentException e) {
                return Optional.empty();
            }
        });
        if (meta.isEmpty()) {
            return;
        }
        List<AgentParameter> params = new ArrayList<>(meta.get().parameters());
        params.sort((a, b) -> Boolean.compare(b.required(), a.required()));
        for (AgentParameter p : params) {
            String group = p.required() ? "required parameters" : "tunable parameters";
            out.add(new Candidate(p.name() + "=", p.name(), group, p.shortdesc(), null, null, false));
        }
    }

    private void agents(String current, boolean allowTemplate, List<Candidate> out) {
        if (current.startsWith("@")) {
            if (allowTemplate) {
                ids(List.of("rsc_template"), out, "@");
            }
            return;
        }
        if (!current.contains(":")) {
            for (AgentClass c : catalog.classes()) {
                out.add(new Candidate(c.token() + ":", c.token() + ":", "classes", null, null, null, false));
            }
            catalog.ocfTypes("heartbeat").forEach(t -> out.add(new Candidate(t, t, "ocf:heartbeat", null, null,
                    null, true)));
            return;
        }
        String[] parts = current.split(":", -1);
        if (parts[0].equals("ocf") && parts.length == 2) {
            catalog.ocfProviders().forEach(p -> out.add(new Candidate("ocf:" + p + ":", "ocf:" + p + ":",
                    "providers", null, null, null, false)));
        } else if (parts[0].equals("ocf") && parts.length == 3) {
            catalog.ocfTypes(parts[1]).forEach(t -> out.add(plain("ocf:" + parts[1] + ":" + t)));
        } else {
            AgentClass.fromToken(parts[0]).ifPresent(c -> catalog.types(c)
                    .forEach(t -> out.add(plain(c.token() + ":" + t))));
        }
    }

    private void properties(List<Candidate> out) {
        try {
            for (AgentParameter p : catalog.clusterOptions().parameters()) {
                out.add(new Candidate(p.name() + "=", p.name(), "cluster options", p.shortdesc(), null, null, false));
            }
        } catch (AgentException e) {
            // no Pacemaker daemons to describe the options: nothing to offer
        }
    }

    private void ids(List<String> kinds, List<Candidate> out) {
        ids(kinds, out, "");
    }

    private void ids(List<String> kinds, List<Candidate> out, String prefix) {
        for (CibObject o : cib.get().objects()) {
            if (o.type() == ObjectType.NODE || o.type() == ObjectType.XML) {
                continue;
            }
            if (kinds.isEmpty() || kinds.contains(o.type().keyword())) {
                out.add(new Candidate(prefix + o.id(), prefix + o.id(), o.type().keyword(), null, null, null, true));
            }
        }
    }

    private void nodes(List<Candidate> out) {
        for (CibObject o : cib.get().objects()) {
            if (o instanceof NodeDef n) {
                out.add(new Candidate(n.uname(), n.uname(), "nodes", null, null, null, true));
            }
        }
    }

    private static Candidate plain(String word) {
        boolean complete = !word.endsWith("=") && !word.endsWith(":");
        return new Candidate(word, word, null, null, null, null, complete);
    }
}

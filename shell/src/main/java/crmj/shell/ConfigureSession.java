package crmj.shell;

import crmj.backend.CibBackend;
import crmj.backend.Schemas;
import crmj.cib.CrmException;
import crmj.cib.SourceLocation;
import crmj.cib.model.Cib;
import crmj.cib.model.CibObject;
import crmj.cib.model.ObjectType;
import crmj.cib.agent.AgentCatalog;
import crmj.cib.agent.ValidationProblem;
import crmj.cib.text.AgentChecks;
import crmj.cib.text.AgentResolver;
import crmj.cib.text.CatalogAgentResolver;
import crmj.cib.text.CommitCheck;
import crmj.cib.text.ConfigEditor;
import crmj.cib.text.CrmFormatter;
import crmj.cib.text.ObjectFilter;
import crmj.cib.text.Words;
import crmj.cib.text.Statement;
import crmj.cib.xml.CibXmlWriter;
import crmj.cib.xml.XmlForm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The configure level: a working copy of the CIB edited by object definitions and configure
 * commands, written to the backend on {@code commit}.
 */
final class ConfigureSession {
    private final CibBackend backend;
    private final AgentResolver agents;
    private final AgentChecks agentChecks;
    private final Verifier verifier;
    private final java.util.function.Supplier<ShellOptions> options;
    private final java.util.function.Predicate<String> ask;
    private final Output output;
    private ConfigEditor editor;
    private Cib committed;
    private final Set<String> changed = new LinkedHashSet<>();
    /** Where each object of this session was defined, so commit-time problems can name the line. */
    private final java.util.Map<String, SourceLocation> definedAt = new java.util.HashMap<>();

    /**
     * @param options the session's preferences, read when used (the options level changes them)
     * @param ask     asks a yes/no question on the terminal; null in scripts
     */
    ConfigureSession(CibBackend backend, AgentCatalog catalog, Verifier verifier,
                     java.util.function.Supplier<ShellOptions> options, java.util.function.Predicate<String> ask,
                     Output output) {
        this.backend = backend;
        this.options = options;
        this.ask = ask;
        this.agents = new CatalogAgentResolver(catalog);
        this.agentChecks = new AgentChecks(catalog);
        this.verifier = verifier;
        this.output = output;
        this.committed = backend.load();
        this.editor = newEditor(committed);
    }

    private ConfigEditor newEditor(Cib cib) {
        ConfigEditor e = new ConfigEditor(cib, agents);
        e.onInfo(output::info);
        return e;
    }

    /** The editor that shares ids with this session (the builder lives there). */
    ConfigEditor editor() {
        return editor;
    }

    /** True when there are changes not yet committed. */
    boolean dirty() {
        return !editor.cib().equals(committed);
    }

    /** Runs one statement. */
    void execute(Statement st) {
        if (st instanceof Statement.Define d) {
            CibObject o = editor.define(d.object(), d.location(), false);
            changed.add(o.id());
            definedAt.putIfAbsent(o.id(), d.location());
        } else if (st instanceof Statement.Monitor m) {
            editor.monitor(m);
            changed.add(m.resource());
        } else {
            command((Statement.Command) st);
        }
    }

    private void command(Statement.Command c) {
        List<String> args = c.arguments();
        if (editor.edit(c)) {
            return;
        }
        switch (c.name().toLowerCase(Locale.ROOT)) {
            case "show" -> show(args, c.location());
            case "commit" -> commit(args.contains("force"), c.location());
            case "verify", "_test" -> verify(c.location());
            case "filter" -> filter(args, c.location());
            case "schema" -> schema(args, c.location());
            case "upgrade" -> upgrade(args, c.location());
            case "load" -> load(args, c.location());
            case "save" -> save(args, c.location());
            case "refresh" -> refresh();
            case "ptest", "simulate" -> ptest(c.name().toLowerCase(Locale.ROOT), args, c.location());
            case "edit" -> edit(args, c.location());
            default -> throw new CrmException(c.location(), "unknown configure command '" + c.name() + "'"
                    + crmj.cib.text.Suggest.nearest(c.name(), KEYWORDS).map(s -> " (did you mean " + s + "?)")
                    .orElse(""));
        }
    }

    /** Object keywords and commands of the configure level, for suggestions. */
    static final List<String> KEYWORDS = List.of("node", "primitive", "group", "clone", "ms", "master",
            "rsc_template", "bundle", "location", "colocation", "order", "rsc_ticket", "property", "rsc_defaults",
            "op_defaults", "fencing_topology", "tag", "alert", "role", "acl_target", "monitor", "show", "commit",
            "verify", "edit", "delete", "rename", "modgroup", "set", "erase", "load", "save", "refresh", "filter",
            "schema", "upgrade", "ptest", "end", "up",
            "quit", "exit", "cd");

    private void show(List<String> args, SourceLocation at) {
        Cib cib = editor.cib();
        boolean xml = !args.isEmpty() && args.get(0).equals("xml");
        List<String> rest = xml ? args.subList(1, args.size()) : args;
        List<CibObject> selected = select(cib, rest, at);
        if (xml) {
            output.out().print(CibXmlWriter.showXml(cib, selected.stream().map(CibObject::id).toList()));
        } else {
            String text = new CrmFormatter(cib, o -> XmlForm.of(cib, o), agents).show(selected,
                    options.get().sortElements());
            crmj.cib.text.Timing.mark("show: formatted");
            output.out().print(ShowColors.of(options.get()).map(c -> c.apply(text)).orElse(text));
        }
        output.out().flush();
    }

    /**
     * {@code edit [SELECTION]}: the selected objects (all when none is given) in the user's editor; the
     * saved text replaces exactly them (objects removed from the text are deleted, new ones added).
     */
    private void edit(List<String> args, SourceLocation at) {
        if (!args.isEmpty() && args.get(0).equals("xml")) {
            throw new CrmException(at, "edit xml is not supported: edit the crm text (edit [ID...])");
        }
        Cib cib = editor.cib();
        List<CibObject> selected = select(cib, args, at);
        String text = new CrmFormatter(cib, o -> XmlForm.of(cib, o), agents).show(selected,
                options.get().sortElements());
        new EditCommand(options.get().editor(), ask, output).edit(text, edited -> {
            // a scratch editor: a text that fails leaves this session's CIB and ids as they were
            ConfigEditor scratch = newEditor(cib);
            scratch.replaceObjects(selected, "edit", edited);
            Set<String> before = new java.util.HashSet<>(cib.objects().stream().map(CibObject::id).toList());
            for (CibObject o : scratch.cib().objects()) {
                if (!before.contains(o.id()) || selected.stream().anyMatch(s -> s.id().equals(o.id()))) {
                    changed.add(o.id());
                }
            }
            editor.reset(scratch.cib());
        }, at);
    }

    private List<CibObject> select(Cib cib, List<String> filters, SourceLocation at) {
        return ObjectFilter.select(cib, filters, changed, at);
    }

    /**
     * {@code filter COMMAND [SELECTION]}: the selected objects' crm text goes through COMMAND (run as
     * argv, never through a shell) and the output replaces them.
     */
    private void filter(List<String> args, SourceLocation at) {
        if (args.isEmpty()) {
            throw new CrmException(at, "filter: expected a command");
        }
        Cib cib = editor.cib();
        List<CibObject> selected = select(cib, args.subList(1, args.size()), at);
        String text = new CrmFormatter(cib, o -> XmlForm.of(cib, o), agents).show(selected, options.get().sortElements());
        String filtered = Filters.run(Words.split(args.get(0)), text, at);
        editor.replaceObjects(selected, "filter", filtered);
        selected.forEach(o -> changed.add(o.id()));
    }

    /** {@code schema [NAME]}: prints the CIB's schema, or sets it to an installed Pacemaker schema. */
    private void schema(List<String> args, SourceLocation at) {
        if (args.isEmpty()) {
            output.out().println(editor.cib().attribute("validate-with").orElse(""));
            output.out().flush();
            return;
        }
        String name = args.get(0);
        if (!Schemas.installed().contains(name)) {
            throw new CrmException(at, "schema " + name + " does not exist (installed: "
                    + String.join(", ", Schemas.installed()) + ")");
        }
        editor.reset(editor.cib().withAttribute("validate-with", name));
    }

    /** {@code upgrade [force]}: moves the CIB to the newest installed pacemaker-3.x schema. */
    private void upgrade(List<String> args, SourceLocation at) {
        String current = editor.cib().attribute("validate-with").orElse("");
        String newest = Schemas.newest();
        if (current.equals(newest)) {
            return;
        }
        if (!current.startsWith("pacemaker-3.")) {
            throw new CrmException(at, "upgrade from " + current + " needs Pacemaker's transformations: run "
                    + "cibadmin --upgrade --force on the CIB");
        }
        editor.reset(editor.cib().withAttribute("validate-with", newest));
    }

    /** Validates and writes the working copy; refuses on errors unless forced. */
    void commit(boolean force, SourceLocation at) {
        Cib cib = editor.cib();
        if (cib.equals(committed)) {
            output.info("apparently there is nothing to commit");
            output.info("try changing something first");
            return;
        }
        boolean ok = check(cib);
        if (!ok && !force) {
            throw new CrmException(at, "commit refused: the configuration has errors (use 'commit force' to "
                    + "commit anyway)");
        }
        committed = backend.commit(cib);
        editor.reset(committed);
        changed.clear();
        definedAt.clear();
    }

    /**
     * ptest [nograph] [v...]: as crmsh, the session's CIB (uncommitted changes and the status section
     * included) through crm_simulate -S, here crmj's simulation; no graph is drawn.
     */
    private void ptest(String name, List<String> args, SourceLocation at) {
        if (name.equals("simulate")) {
            output.warning("This command 'simulate' is deprecated, please use 'ptest'");
            output.info("\"simulate\" is accepted as \"ptest\"");
        }
        for (String a : args) {
            if (!a.equals("nograph") && !a.matches("v+")) {
                throw new CrmException(at, "ptest: '" + a + "' is not supported yet (nograph and v... are)");
            }
        }
        crmj.cib.scheduler.Simulation.Result r;
        try {
            r = crmj.cib.scheduler.Simulation.run(crmj.cib.scheduler.SimulateOptions.parse(List.of("-S")),
                    CibXmlWriter.write(editor.cib()), java.time.Instant.now());
        } catch (crmj.cib.scheduler.UnsupportedFeatureException e) {
            throw new CrmException(at, "ptest: " + e.getMessage());
        }
        if (!args.contains("nograph")) {
            output.info("install graphviz to see a transition graph");
        }
        output.out().print(r.text());
        output.out().flush();
        r.errors().forEach(output.err()::println);
        if (!r.ok()) {
            output.warning("Simulation was unsuccessful (RC=1).");
        }
        output.flush();
    }

    private void verify(SourceLocation at) {
        if (!check(editor.cib())) {
            throw new CrmException(at, "verify: the configuration has errors");
        }
    }

    /**
     * Runs the model checks and crm_verify; prints findings; true when no error was found. crm_verify
     * runs meanwhile in the background; its findings are only shown when the model checks passed.
     */
    private boolean check(Cib cib) {
        Verifier.Pending verifying = verifier.start(cib);
        boolean ok = false;
        try {
            ok = modelChecks(cib);
            crmj.cib.text.Timing.mark("CommitCheck + agent checks");
            if (ok) {
                // crmsh skips crm_verify when there are no primitives; crmj still refuses a CIB that
                // fails Pacemaker's schema (crm_verify's other complaints then only warn)
                boolean hasPrimitives = cib.objects().stream().anyMatch(o -> o.type() == ObjectType.PRIMITIVE);
                ok = verifying.finish(output, !hasPrimitives);
                crmj.cib.text.Timing.mark("crm_verify (after our checks)");
            }
        } finally {
            verifying.cancel();
        }
        return ok;
    }

    private boolean modelChecks(Cib cib) {
        boolean ok = true;
        for (CommitCheck.Finding f : CommitCheck.check(cib)) {
            if (f.error()) {
                output.error(placed(f.toString()));
                ok = false;
            } else {
                output.warning(placed(f.toString()));
            }
        }
        for (ValidationProblem p : agentChecks.check(cib, changed)) {
            if (p.isError()) {
                output.error(placed(p.message()));
                ok = false;
            } else {
                output.warning(placed(p.message()));
            }
        }
        return ok;
    }

    /** "ID: message" gets the place where ID was defined in this session, when it was. */
    private String placed(String message) {
        int colon = message.indexOf(": ");
        if (colon > 0) {
            SourceLocation at = definedAt.get(message.substring(0, colon));
            if (at != null) {
                return at + ": " + message;
            }
        }
        return message;
    }

    private void load(List<String> args, SourceLocation at) {
        if (args.size() < 2 || !List.of("replace", "update", "push").contains(args.get(0))) {
            throw new CrmException(at, "load: expected 'load replace|update [xml] FILE'");
        }
        boolean xml = args.get(1).equals("xml");
        String file = xml ? args.get(2) : args.get(1);
        String text;
        try {
            text = Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new CrmException(at, "load: cannot read " + file + ": " + e.getMessage());
        }
        if (xml) {
            throw new CrmException(at, "load xml is not supported yet");
        }
        if (args.get(0).equals("replace")) {
            Cib cib = editor.cib();
            editor.reset(cib.withObjects(List.of()));
        }
        editor.load(file, text, !args.get(0).equals("replace"));
    }

    private void save(List<String> args, SourceLocation at) {
        if (args.isEmpty()) {
            throw new CrmException(at, "save: expected a file name");
        }
        boolean xml = args.get(0).equals("xml");
        String file = args.get(args.size() - 1);
        Cib cib = editor.cib();
        String text = xml ? CibXmlWriter.showXml(cib, cib.objects().stream().map(CibObject::id).toList())
                : new CrmFormatter(cib, o -> XmlForm.of(cib, o), agents).show(cib.objects(), options.get().sortElements());
        try {
            Files.writeString(Path.of(file), text);
        } catch (IOException e) {
            throw new CrmException(at, "save: cannot write " + file + ": " + e.getMessage());
        }
    }

    private void refresh() {
        committed = backend.load();
        editor = newEditor(committed);
        changed.clear();
    }
}

package crmj.shell;

import crmj.backend.CibBackend;
import crmj.cib.CrmException;
import crmj.cib.SourceLocation;
import crmj.cib.agent.AgentCatalog;
import crmj.cib.text.ConfigEditor;
import crmj.cib.text.CrmTextParser;
import crmj.cib.text.ParsedLine;
import crmj.cib.text.Statement;
import crmj.cib.text.Suggest;
import crmj.cib.text.Words;
import crmj.shell.registry.Help;
import crmj.shell.registry.Registry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs crm input (a piped script, {@code -f FILE}, or a one-liner) as one transaction: every line is
 * parsed first, then run against a staged copy of the CIB; only when every line succeeded are the
 * commits written. Lines may move between levels ({@code configure}, {@code end}, {@code quit}).
 */
final class ScriptRunner {
    /** The levels whose lines are commands (not crm configure text). */
    private static final List<String> COMMAND_LEVELS = List.of("node", "resource", "ra", "options", "cib");

    private final CibLevel cibLevel;
    private final AgentCatalog agents;
    private final Verifier verifier;
    private final Output output;
    private ShellOptions options;
    private final Registry registry = Registry.standard();
    /** The CIB in use (the live one, or a shadow after {@code cib use}). */
    private crmj.backend.CibBackend backend;
    private StagedBackend staged;

    /**
     * @param cibLevel the shadow CIBs and the live CIB
     * @param backend  the CIB in use at the start (live, or the shadow of {@code -c})
     */
    ScriptRunner(CibLevel cibLevel, crmj.backend.CibBackend backend, AgentCatalog agents, Verifier verifier,
                 ShellOptions options, Output output) {
        this.cibLevel = cibLevel;
        this.options = options;
        this.backend = backend;
        this.agents = agents;
        this.verifier = verifier;
        this.output = output;
    }

    /**
     * Runs a script. {@code startLevel} is "configure" for {@code crm configure < script}, "" for the
     * root level. Returns the exit status.
     */
    int run(String source, String text, String startLevel) {
        currentSource = source;
        List<ParsedLine> lines;
        try {
            lines = CrmTextParser.parse(source, text);
        } catch (CrmException e) {
            e.problems().forEach(this::report);
            output.error("nothing was committed");
            return 1;
        }
        ConfigureSession session = null;
        String level = startLevel;
        try {
            crmj.cib.text.Timing.mark("script parsed");
            staged = new StagedBackend(backend, backend::write);
            crmj.cib.text.Timing.mark("CIB read");
            if (level.equals("configure")) {
                session = new ConfigureSession(staged, agents, verifier, () -> options, null, output);
            }
            for (ParsedLine line : lines) {
                if (level.equals("configure")) {
                    Optional<Statement> st = session.editor().builder().build(line, text);
                    if (st.isEmpty()) {
                        continue;
                    }
                    if (st.get() instanceof Statement.Command c && isLeave(c.name())) {
                        if (session.dirty()) {
                            session.commit(false, c.location());
                        }
                        level = "";
                        session = null;
                        if (isQuit(c.name())) {
                            break;
                        }
                        continue;
                    }
                    if (st.get() instanceof Statement.Command c && isHelp(c.name())) {
                        help("configure", c.arguments(), c.location());
                        continue;
                    }
                    session.execute(st.get());
                } else if (COMMAND_LEVELS.contains(level)) {
                    List<String> words = Words.split(line.text());
                    if (words.isEmpty() || words.get(0).startsWith("#")) {
                        continue;
                    }
                    if (isLeave(words.get(0))) {
                        level = "";
                        if (isQuit(words.get(0))) {
                            break;
                        }
                        continue;
                    }
                    if (isHelp(words.get(0))) {
                        help(level, words.subList(1, words.size()), line.location());
                        continue;
                    }
                    levelCommand(level, words.get(0), words.subList(1, words.size()), line.location());
                } else {
                    String[] words = line.text().trim().split("\\s+");
                    String first = words[0].toLowerCase(Locale.ROOT);
                    if (isHelp(first)) {
                        help("", Words.split(line.text()).subList(1, words.length), line.location());
                        continue;
                    }
                    if (first.equals("status")) {
                        output.out().print(StatusCommand.render(staged.load(), java.time.ZonedDateTime.now()));
                        output.out().flush();
                        continue;
                    }
                    if (first.equals("simulate")) {
                        List<String> all = Words.split(line.text());
                        if (SimulateCommand.run(all.subList(1, all.size()),
                                () -> crmj.cib.xml.CibXmlWriter.write(staged.load()), output) != 0) {
                            return 1; // the error is printed; like any failed line, it ends the script
                        }
                        continue;
                    }
                    if (COMMAND_LEVELS.contains(first)
                            || (first.equals("cd") && words.length > 1 && COMMAND_LEVELS.contains(words[1]))) {
                        List<String> all = Words.split(line.text());
                        if (!first.equals("cd") && all.size() > 1 && isHelp(all.get(1))) {
                            help(first, all.subList(2, all.size()), line.location());
                        } else if (!first.equals("cd") && all.size() > 1) {
                            levelCommand(first, all.get(1), all.subList(2, all.size()), line.location());
                        } else {
                            level = first.equals("cd") ? words[1] : first;
                        }
                        continue;
                    }
                    if (first.startsWith("#")) {
                        continue;
                    }
                    if (isQuit(first)) {
                        break;
                    }
                    if (first.equals("configure") || (first.equals("cd") && words.length > 1
                            && words[1].equals("configure"))) {
                        session = new ConfigureSession(staged, agents, verifier, () -> options, null, output);
                        level = "configure";
                        int skip = first.equals("cd") ? 2 : 1;
                        if (words.length > skip) {
                            String rest = line.text().trim().split("\\s+", skip + 1)[skip];
                            runConfigureLine(session, line.location(), rest);
                            session.commit(false, line.location());
                            level = "";
                            session = null;
                        }
                        continue;
                    }
                    throw new CrmException(line.location(), "unknown command '" + words[0] + "' at the top level"
                            + Suggest.nearest(words[0], List.of("configure", "node", "resource", "cd", "quit"))
                            .map(x -> " (did you mean " + x + "?)").orElse(""));
                }
            }
            if (session != null && session.dirty()) {
                session.commit(false, SourceLocation.of(source));
            }
        } catch (CrmException e) {
            e.problems().forEach(this::report);
            output.error("nothing was committed");
            return 1;
        }
        staged.flush();
        crmj.cib.text.Timing.mark("CIB written");
        return 0;
    }

    /** A one-liner's problems name the command, a script's its file:line:column. */
    private void report(CrmException.Problem p) {
        if (oneLiner && p.location().source().equals(currentSource)) {
            output.error(p.location().source() + ": " + p.message());
        } else {
            output.error(p.toString());
        }
    }

    private boolean oneLiner;
    private String currentSource = "";

    /** Runs a one-liner ({@code crm configure show}): as a script of one line, errors naming the command. */
    int runOneLiner(String command, String line, String startLevel) {
        oneLiner = true;
        return run(command, line, startLevel);
    }

    /** A command of node, resource, ra, options or cib. */
    private void levelCommand(String level, String command, List<String> args, SourceLocation at) {
        if (level.equals("options")) {
            options = new OptionsLevel(output).run(options, command, args, at);
        } else if (level.equals("cib")) {
            crmj.backend.CibBackend next = cibLevel.run(backend, command, args, at);
            if (next != backend) {
                // the script's commits so far go to the CIB they were made on; the rest to the new one
                if (staged.hasCommits()) {
                    throw new CrmException(at, "cib " + command + ": switching CIBs after a commit in one script "
                            + "is not supported (run the rest as another script, or use crm -c NAME)");
                }
                backend = next;
                staged = new StagedBackend(backend, backend::write);
            }
        } else {
            CommandLevels.run(level, staged, agents, output, command, args, at);
        }
    }

    private void runConfigureLine(ConfigureSession session, SourceLocation at, String text) {
        for (ParsedLine line : CrmTextParser.parse(at.source(), text)) {
            session.editor().builder().build(line, text).ifPresent(session::execute);
        }
    }

    private static boolean isHelp(String word) {
        return word.equals("help") || word.equals("?");
    }

    private void help(String level, List<String> args, SourceLocation at) {
        Help.print(registry, level, args.isEmpty() ? Optional.empty() : Optional.of(args.get(0)), output.out(), at);
    }

    private static boolean isLeave(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("end") || w.equals("up") || w.equals("back") || w.equals("cd") || isQuit(w);
    }

    private static boolean isQuit(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("quit") || w.equals("exit") || w.equals("bye");
    }
}

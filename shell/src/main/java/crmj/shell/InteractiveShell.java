package crmj.shell;

import crmj.backend.CibBackend;
import crmj.cib.CrmException;
import crmj.cib.SourceLocation;
import crmj.cib.agent.AgentCatalog;
import crmj.cib.text.CrmTextParser;
import crmj.cib.text.ParsedLine;
import crmj.cib.text.Statement;
import crmj.cib.text.Suggest;
import crmj.shell.registry.CommandSpec;
import crmj.shell.registry.Help;
import crmj.shell.registry.Registry;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The interactive shell: JLine line editing with history and completion, crmsh's levels and prompts
 * ({@code crm(live/HOST)configure# }). Each line runs at once; {@code commit} writes the CIB. Ctrl-C
 * cancels the line, Ctrl-D leaves the level.
 */
final class InteractiveShell {
    private final Terminal terminal;
    private final CibLevel cibLevel;
    /** The CIB in use: the live one, or a shadow ({@code cib use}, {@code -c}). */
    private crmj.backend.CibBackend backend;
    private final AgentCatalog catalog;
    private final Verifier verifier;
    private ShellOptions options;
    private final Path historyFile;
    private final Registry registry = Registry.standard();
    private final Output output;
    private String level = "";
    private ConfigureSession session;
    private LineReader reader;

    InteractiveShell(Terminal terminal, CibLevel cibLevel, crmj.backend.CibBackend backend, AgentCatalog catalog,
                     Verifier verifier, ShellOptions options, Path historyFile) {
        this.terminal = terminal;
        this.cibLevel = cibLevel;
        this.backend = backend;
        this.catalog = catalog;
        this.verifier = verifier;
        this.options = options;
        this.historyFile = historyFile;
        PrintWriter writer = terminal.writer();
        this.output = new Output(writer, writer);
    }

    /** Runs until quit or end of input; returns the exit status. */
    int run() {
        DefaultParser parser = new DefaultParser();
        parser.setEofOnEscapedNewLine(true);
        parser.setEofOnUnclosedQuote(true);
        reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("crm")
                .parser(parser)
                .completer(new CrmCompleter(registry, () -> level,
                        () -> session != null ? session.editor().cib() : backend.load(), catalog))
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "> ")
                .build();
        while (true) {
            String line;
            try {
                line = reader.readLine(prompt());
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                if (level.isEmpty()) {
                    terminal.writer().println("bye");
                    return 0;
                }
                leave();
                continue;
            }
            if (!execute(line)) {
                return 0;
            }
            terminal.flush();
        }
    }

    private String prompt() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "localhost";
        }
        int dot = host.indexOf('.');
        if (dot > 0) {
            host = host.substring(0, dot);
        }
        return "crm(" + backend.name() + "/" + host + ")" + level + "# ";
    }

    /** Runs one line; false when the shell should end. */
    boolean execute(String line) {
        String trimmed = line.trim();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return true;
        }
        String[] words = trimmed.split("\\s+", 2);
        String word = words[0];
        try {
            if (List.of("quit", "exit", "bye").contains(word)) {
                leave();
                return !level.isEmpty();
            }
            if (List.of("up", "end", "back").contains(word)) {
                leave();
                return true;
            }
            if (word.equals("cd")) {
                if (words.length == 1 || words[1].equals("..") || words[1].equals("/")) {
                    leave();
                } else if (words[1].equals("configure")) {
                    enterConfigure();
                } else if (LEVELS.contains(words[1])) {
                    leave();
                    level = words[1];
                } else {
                    output.error("cd: no such level: " + words[1]);
                }
                return true;
            }
            if (word.equals("help") || word.equals("?")) {
                Help.print(registry, level, words.length > 1 ? Optional.of(words[1].trim()) : Optional.empty(),
                        terminal.writer(), SourceLocation.of(trimmed));
                return true;
            }
            if (word.equals("ls")) {
                ls();
                return true;
            }
            if (level.isEmpty()) {
                root(word, words.length > 1 ? words[1] : "");
            } else if (LEVELS.contains(level)) {
                List<String> all = crmj.cib.text.Words.split(trimmed);
                levelCommand(level, all.get(0), all.subList(1, all.size()), SourceLocation.of(trimmed));
            } else {
                configure(line);
            }
        } catch (CrmException e) {
            e.problems().forEach(p -> output.error(p.toString()));
        } catch (UncheckedIOException e) {
            output.error(e.getMessage());
        }
        return true;
    }

    private void root(String word, String rest) {
        if (word.equals("status")) {
            terminal.writer().print(StatusCommand.render(backend.load(), java.time.ZonedDateTime.now()));
            return;
        }
        if (word.equals("simulate")) {
            List<String> all = crmj.cib.text.Words.split(rest);
            SimulateCommand.run(all, () -> crmj.cib.xml.CibXmlWriter.write(backend.load()), output);
            return;
        }
        if (LEVELS.contains(word)) {
            List<String> all = crmj.cib.text.Words.split(rest);
            if (all.isEmpty()) {
                level = word;
            } else {
                levelCommand(word, all.get(0), all.subList(1, all.size()), SourceLocation.of(word + " " + rest));
            }
            return;
        }
        if (word.equals("configure")) {
            enterConfigure();
            if (!rest.isBlank()) {
                configure(rest);
                leave();
            }
            return;
        }
        throw new CrmException(SourceLocation.of(word), "unknown command '" + word + "'"
                + Suggest.nearest(word, registry.words("")).map(s -> " (did you mean " + s + "?)").orElse(""));
    }

    /** The levels whose lines are commands acting at once. */
    private static final List<String> LEVELS = List.of("node", "resource", "ra", "options", "cib");

    private void levelCommand(String lvl, String command, List<String> args, SourceLocation at) {
        if (lvl.equals("options")) {
            options = new OptionsLevel(output).run(options, command, args, at);
        } else if (lvl.equals("cib")) {
            backend = cibLevel.run(backend, command, args, at);
        } else {
            CommandLevels.run(lvl, backend, catalog, output, command, args, at);
        }
    }

    private void configure(String text) {
        for (ParsedLine parsed : CrmTextParser.parse("input", text + "\n")) {
            Optional<Statement> st = session.editor().builder().build(parsed, text + "\n");
            st.ifPresent(session::execute);
        }
    }

    private void enterConfigure() {
        if (session == null) {
            session = new ConfigureSession(backend, catalog, verifier, () -> options, this::ask, output);
        }
        level = "configure";
    }

    /** A yes/no question on the terminal (crmsh's ask: the first letter of the answer decides). */
    private boolean ask(String question) {
        while (true) {
            String answer;
            try {
                answer = reader.readLine(question).trim().toLowerCase(java.util.Locale.ROOT);
            } catch (UserInterruptException | EndOfFileException e) {
                return false;
            }
            if (answer.startsWith("y") || answer.startsWith("n")) {
                return answer.startsWith("y");
            }
        }
    }

    /** Leaves the current level; leaving configure with changes asks whether to commit them. */
    private void leave() {
        if (level.equals("configure") && session != null && session.dirty()) {
            String answer = reader == null ? "n"
                    : reader.readLine("There are changes pending. Do you want to commit them (y/n)? ");
            if (answer.trim().toLowerCase().startsWith("y")) {
                session.commit(false, SourceLocation.of("commit"));
            }
        }
        if (level.equals("configure")) {
            session = null;
        }
        level = "";
    }

    private void ls() {
        List<String> words = registry.words(level);
        int width = words.stream().mapToInt(String::length).max().orElse(0) + 2;
        int columns = Math.max(1, terminal.getWidth() / Math.max(width, 1));
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            row.append(String.format("%-" + width + "s", words.get(i)));
            if ((i + 1) % columns == 0) {
                terminal.writer().println(row.toString().stripTrailing());
                row.setLength(0);
            }
        }
        if (row.length() > 0) {
            terminal.writer().println(row.toString().stripTrailing());
        }
    }
}

package crmj.shell;

import crmj.backend.CibBackend;
import crmj.backend.FileBackend;
import crmj.backend.StateDir;
import crmj.backend.sandbox.SandboxBackend;
import crmj.cib.agent.AgentCatalog;
import crmj.cib.agent.AgentPaths;
import crmj.cib.agent.LocalAgentCatalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code crm} command: {@code crm [OPTIONS] [LEVEL [COMMAND ARGS...]]}, scripts on standard input
 * or with {@code -f FILE}. The CIB is {@code $CIB_file} when set, else the sandbox cluster's, kept in
 * crmj's state directory ({@link SandboxBackend}).
 */
public final class Main {
    /** The version printed by {@code --version}. */
    public static final String VERSION = "crmj 0.1.0 (crm configure language of crmsh 4.4.1)";

    private Main() {
    }

    public static void main(String[] args) {
        crmj.cib.text.Timing.mark("JVM start to main");
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int status = run(args, System.getenv(), new Output(out, err), System.in);
        out.flush();
        err.flush();
        System.out.flush();
        System.err.flush();
        crmj.cib.text.Timing.mark("output flushed");
        // halt, not exit: everything is written and crmj registers no shutdown hooks (an interactive
        // terminal is closed before run returns); System.exit would first start the JDK's logging
        // (it logs Runtime.exit), a few milliseconds of a short command's start-up budget
        Runtime.getRuntime().halt(status);
    }

    /** Runs crm with arguments and environment; returns the exit status. */
    static int run(String[] args, Map<String, String> env, Output output, java.io.InputStream stdin) {
        String file = null;
        String shadow = null;
        ShellOptions options = ShellOptions.of(env).onTerminal(Tty.interactive() && stdin == System.in);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!words.isEmpty()) {
                // as crmsh's argparse REMAINDER: after the command word, everything belongs to the command
                words.add(a);
                continue;
            }
            switch (a) {
                case "--version", "-v" -> {
                    output.out().println(VERSION);
                    return 0;
                }
                case "--complete" -> {
                    return complete(List.of(args).subList(i + 1, args.length), env, output);
                }
                case "--generate-docs" -> {
                    return generateDocs(i + 1 < args.length ? args[i + 1] : ".", output);
                }
                case "-h", "--help" -> {
                    output.out().println("usage: crm [-f FILE] [-c SHADOW] [-D plain|color|uppercase] [-o NAME=VALUE] [-F] [-w] [-d] "
                            + "[LEVEL [COMMAND ARGS...]]");
                    return 0;
                }
                case "-f", "--file" -> {
                    if (i + 1 >= args.length) {
                        output.error("-f: expected a file name");
                        return 1;
                    }
                    file = args[++i];
                }
                case "-c", "--cib" -> {
                    if (i + 1 >= args.length) {
                        output.error("-c: expected a shadow CIB name");
                        return 1;
                    }
                    shadow = args[++i];
                }
                case "-D", "--display" -> {
                    if (i + 1 >= args.length) {
                        output.error("-D: expected plain, color or uppercase");
                        return 1;
                    }
                    try {
                        options = options.set("color.style", args[++i], crmj.cib.SourceLocation.of("-D"));
                    } catch (crmj.cib.CrmException e) {
                        output.error(e.getMessage());
                        return 1;
                    }
                }
                case "-o", "--opt" -> {
                    if (i + 1 >= args.length) {
                        output.error("-o: expected SECTION.NAME=VALUE");
                        return 1;
                    }
                    try {
                        options = options.with(args[++i]);
                    } catch (crmj.cib.CrmException e) {
                        output.error(e.getMessage());
                        return 1;
                    }
                }
                case "-F", "--force", "-w", "--wait", "-d", "--debug", "-R", "--regression-tests" -> {
                    // accepted as crmsh does; these have no further effect on scripts yet
                }
                default -> {
                    if (a.startsWith("-") && words.isEmpty()) {
                        output.error("unknown option " + a);
                        return 1;
                    }
                    words.add(a);
                }
            }
        }
        CibBackend live = backend(env, output);
        CibLevel cibLevel = new CibLevel(crmj.backend.Shadows.of(env), live, output);
        CibBackend backend;
        try {
            backend = shadow == null ? live : cibLevel.backend(shadow, crmj.cib.SourceLocation.of("-c " + shadow));
        } catch (crmj.cib.CrmException e) {
            output.error(e.getMessage());
            return 1;
        }
        AgentCatalog catalog = new LocalAgentCatalog(AgentPaths.fromEnvironment(env),
                LocalAgentCatalog.DEFAULT_TIMEOUT);
        ScriptRunner runner = new ScriptRunner(cibLevel, backend, catalog, Verifier.crmVerify(), options, output);
        try {
            if (file != null) {
                String text = file.equals("-") ? read(stdin) : Files.readString(Path.of(file));
                return runner.run(file.equals("-") ? "stdin" : file, text, "");
            }
            if (words.isEmpty() && Tty.interactive() && stdin == System.in) {
                return interactive(cibLevel, backend, catalog, options, env);
            }
            if (words.isEmpty()) {
                return runner.run("stdin", read(stdin), "");
            }
            if (words.get(0).equals("simulate")) {
                return SimulateCommand.run(words.subList(1, words.size()),
                        () -> crmj.cib.xml.CibXmlWriter.write(backend.load()), output);
            }
            if (words.get(0).equals("configure") && words.size() == 1) {
                return runner.run("stdin", read(stdin), "configure");
            }
            if (words.get(0).equals("configure")) {
                String line = String.join(" ", quoteAll(words.subList(1, words.size())));
                return runner.runOneLiner("crm configure " + String.join(" ", words.subList(1, words.size())),
                        line + "\n", "configure");
            }
            String line = String.join(" ", quoteAll(words));
            return runner.runOneLiner("crm " + String.join(" ", words), line + "\n", "");
        } catch (IOException e) {
            output.error(e.getMessage());
            return 1;
        }
    }

    private static int interactive(CibLevel cibLevel, CibBackend backend, AgentCatalog catalog,
                                   ShellOptions options, Map<String, String> env) throws IOException {
        java.nio.file.Path state = StateDir.of(env);
        Files.createDirectories(state);
        try (org.jline.terminal.Terminal terminal = org.jline.terminal.TerminalBuilder.builder()
                .system(true).providers("jni,exec").dumb(true).build()) {
            return new InteractiveShell(terminal, cibLevel, backend, catalog, Verifier.crmVerify(), options,
                    state.resolve("history")).run();
        }
    }

    /** {@code crm --complete WORD... CURRENT}: the candidates for CURRENT, one per line (for bash and zsh). */
    private static int complete(List<String> words, Map<String, String> env, Output output) {
        if (words.isEmpty()) {
            return 0;
        }
        AgentCatalog catalog = new LocalAgentCatalog(AgentPaths.fromEnvironment(env), LocalAgentCatalog.DEFAULT_TIMEOUT);
        String cibFile = env.get("CIB_file");
        java.nio.file.Path path = cibFile != null && !cibFile.isEmpty() ? java.nio.file.Path.of(cibFile)
                : StateDir.of(env).resolve("cib.xml");
        crmj.cib.model.Cib cib = Files.exists(path) ? new FileBackend(path).load() : SandboxBackend.fresh();
        List<org.jline.reader.Candidate> out = new ArrayList<>();
        new CrmCompleter(crmj.shell.registry.Registry.standard(), () -> "", () -> cib, catalog)
                .complete("", words.subList(0, words.size() - 1), words.get(words.size() - 1), out);
        String current = words.get(words.size() - 1);
        out.stream().map(org.jline.reader.Candidate::value).filter(v -> v.startsWith(current)).distinct()
                .forEach(output.out()::println);
        return 0;
    }

    /** {@code crm --generate-docs DIR}: writes DIR/man/crm.8, DIR/completions/crm.bash and DIR/completions/_crm. */
    private static int generateDocs(String dir, Output output) {
        crmj.shell.registry.Registry registry = crmj.shell.registry.Registry.standard();
        try {
            java.nio.file.Path root = java.nio.file.Path.of(dir);
            Files.createDirectories(root.resolve("man"));
            Files.createDirectories(root.resolve("completions"));
            Files.writeString(root.resolve("man/crm.8"), crmj.shell.registry.Renderings.manPage(registry, VERSION));
            Files.writeString(root.resolve("completions/crm.bash"), crmj.shell.registry.Renderings.bash(registry));
            Files.writeString(root.resolve("completions/_crm"), crmj.shell.registry.Renderings.zsh(registry));
            return 0;
        } catch (IOException e) {
            output.error(e.getMessage());
            return 1;
        }
    }

    private static List<String> quoteAll(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (w.isEmpty() || w.chars().anyMatch(c -> Character.isWhitespace(c) || c == '"')) {
                int eq = w.indexOf('=');
                if (eq > 0 && w.substring(0, eq).chars().noneMatch(Character::isWhitespace)) {
                    out.add(w.substring(0, eq + 1) + '"' + w.substring(eq + 1).replace("\"", "\\\"") + '"');
                } else {
                    out.add('"' + w.replace("\"", "\\\"") + '"');
                }
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /** {@code $CIB_file} when set (exactly as crmsh), else the sandbox cluster kept in the state directory. */
    private static CibBackend backend(Map<String, String> env, Output output) {
        String cibFile = env.get("CIB_file");
        if (cibFile != null && !cibFile.isEmpty()) {
            return new FileBackend(Path.of(cibFile));
        }
        return SandboxBackend.inStateDir(StateDir.of(env), SandboxBackend.printing(output.out(), output.err()));
    }

    private static String read(java.io.InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            char[] buf = new char[8192];
            int n;
            while ((n = r.read(buf)) > 0) {
                sb.append(buf, 0, n);
            }
        }
        return sb.toString();
    }
}

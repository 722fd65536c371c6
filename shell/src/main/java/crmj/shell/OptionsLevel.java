package crmj.shell;

import crmj.cib.CrmException;
import crmj.cib.SourceLocation;
import crmj.cib.text.Suggest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The options level: crmsh's user preferences (editor, pager, user, skill-level, output, colorscheme,
 * check-frequency, check-mode, sort-elements, wait, add-quotes, manage-children, set, show, save,
 * reset). They last for the session: crmj does not write crmsh's {@code ~/.config/crm/crm.conf}, so
 * {@code save} only says so.
 */
final class OptionsLevel {
    /** The commands, in crmsh's order. */
    static final List<String> COMMANDS = List.of("editor", "pager", "user", "skill-level", "output", "colorscheme",
            "check-frequency", "check-mode", "sort-elements", "wait", "add-quotes", "manage-children", "set",
            "show", "list", "save", "reset");

    private final Output output;

    OptionsLevel(Output output) {
        this.output = output;
    }

    /** Runs one options command on the session's options; returns them as changed. */
    ShellOptions run(ShellOptions options, String command, List<String> args, SourceLocation at) {
        String c = command.replace('_', '-');
        switch (c) {
            case "show", "list" -> {
                show(options, args.isEmpty() ? null : args.get(0));
                return options;
            }
            case "save" -> {
                output.info("options are kept for this session only: crmj does not write crm.conf");
                return options;
            }
            case "reset" -> {
                return options.reset();
            }
            case "set" -> {
                if (args.size() != 2) {
                    throw new CrmException(at, "set: expected OPTION VALUE (e.g. set core.editor vim)");
                }
                return assign(options, args.get(0), args.get(1), at);
            }
            case "colorscheme" -> {
                one(c, args, at);
                return options; // crmsh 4.4.1 accepts and ignores it too
            }
            case "user" -> {
                // crmsh: "user [NAME]", no name resets it
                return options.set("core.user", args.isEmpty() ? "" : one(c, args, at), at);
            }
            default -> {
                if (!COMMANDS.contains(c)) {
                    throw new CrmException(at, "unknown options command '" + command + "'" + Suggest.nearest(command,
                            COMMANDS).map(s -> " (did you mean " + s + "?)").orElse(""));
                }
                return assign(options, c, one(c, args, at), at);
            }
        }
    }

    private ShellOptions assign(ShellOptions options, String name, String value, SourceLocation at) {
        String full = ShellOptions.fullName(name).orElseThrow(() -> new CrmException(at, "Unknown option: " + name));
        if ((full.equals("core.editor") || full.equals("core.pager")) && !isProgram(value)) {
            throw new CrmException(at, "options." + full.substring(5) + ": " + value
                    + " does not exist or is not a program");
        }
        return options.set(full, value, at);
    }

    private static String one(String command, List<String> args, SourceLocation at) {
        if (args.size() != 1) {
            throw new CrmException(at, command + ": expected one value, found " + args.size());
        }
        return args.get(0);
    }

    /** As crmsh: a program is an executable file, named by its path or found in $PATH. */
    private static boolean isProgram(String value) {
        String first = crmj.cib.text.Words.split(value).stream().findFirst().orElse("");
        if (first.isEmpty()) {
            return false;
        }
        if (first.contains("/")) {
            return Files.isRegularFile(Path.of(first)) && Files.isExecutable(Path.of(first));
        }
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/bin:/usr/sbin:/bin:/sbin";
        for (String dir : path.split(":")) {
            Path f = Path.of(dir.isEmpty() ? "." : dir, first);
            if (Files.isRegularFile(f) && Files.isExecutable(f)) {
                return true;
            }
        }
        return false;
    }

    /**
     * crmsh's {@code show}: without an argument the options set in this session, {@code show all}
     * every option, {@code show NAME} those whose name starts or ends with NAME; "NAME = VALUE" lines.
     */
    private void show(ShellOptions options, String which) {
        Map<String, String> shown = which == null ? options.changed() : new TreeMap<>(options.values());
        for (Map.Entry<String, String> e : shown.entrySet()) {
            String name = e.getKey();
            if (which == null || which.equals("all") || name.startsWith(which) || name.endsWith(which)) {
                output.out().println(name + " = " + e.getValue());
            }
        }
        output.out().flush();
    }
}

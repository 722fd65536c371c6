package crmj.shell;

import crmj.cib.CrmException;
import crmj.cib.SourceLocation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * crmsh's user preferences (its {@code core.*} and {@code color.style} options), set with
 * {@code -o SECTION.NAME=VALUE}, {@code -D}, or the {@code options} level; they last for the session.
 *
 * @param values   every option's value, by crmsh's full name ({@code core.editor})
 * @param defaults the values the session started with (for {@code show}: only what differs is listed)
 * @param display  what colour depends on besides the options: $TERM, $NO_COLOR and whether standard
 *                 output is a terminal ("terminal" = "true")
 */
record ShellOptions(Map<String, String> values, Map<String, String> defaults, Map<String, String> display) {
    private static final List<String> BOOLEANS = List.of("yes", "true", "on", "1", "no", "false", "off", "0");

    /** The choices of each option that has a fixed set ({@code null}: any text); in crmsh's order. */
    private static final Map<String, List<String>> CHOICES = choices();

    ShellOptions {
        values = Map.copyOf(values);
        defaults = Map.copyOf(defaults);
        display = Map.copyOf(display);
    }

    private static Map<String, List<String>> choices() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("core.editor", null);
        m.put("core.pager", null);
        m.put("core.user", null);
        m.put("core.skill_level", List.of("operator", "administrator", "expert"));
        m.put("core.sort_elements", BOOLEANS);
        m.put("core.check_frequency", List.of("always", "on-verify", "never"));
        m.put("core.check_mode", List.of("strict", "relaxed"));
        m.put("core.wait", BOOLEANS);
        m.put("core.add_quotes", BOOLEANS);
        m.put("core.manage_children", List.of("ask", "never", "always"));
        m.put("color.style", List.of("plain", "color-always", "color", "uppercase"));
        return m;
    }

    /** crmsh's defaults in an environment: the editor and pager from $EDITOR and $PAGER, else the first found. */
    static ShellOptions of(Map<String, String> env) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("core.editor", program(env, "EDITOR", "vim", "vi", "emacs", "nano"));
        v.put("core.pager", program(env, "PAGER", "less", "more", "pg"));
        v.put("core.user", "");
        v.put("core.skill_level", "expert");
        v.put("core.sort_elements", "yes");
        v.put("core.check_frequency", "always");
        v.put("core.check_mode", "strict");
        v.put("core.wait", "no");
        v.put("core.add_quotes", "yes");
        v.put("core.manage_children", "ask");
        v.put("color.style", "color");
        Map<String, String> display = new LinkedHashMap<>();
        display.put("TERM", env.getOrDefault("TERM", ""));
        if (env.containsKey("NO_COLOR")) {
            display.put("NO_COLOR", env.get("NO_COLOR"));
        }
        return new ShellOptions(v, v, display);
    }

    /** These options knowing whether standard output is a terminal (colour needs one). */
    ShellOptions onTerminal(boolean terminal) {
        Map<String, String> d = new LinkedHashMap<>(display);
        d.put("terminal", Boolean.toString(terminal));
        return new ShellOptions(values, defaults, d);
    }

    /** True when standard output is a terminal. */
    boolean terminal() {
        return display.getOrDefault("terminal", "false").equals("true");
    }

    /** The value of $VAR, else the path of the first program found (as crmsh's opt_program). */
    private static String program(Map<String, String> env, String var, String... programs) {
        String set = env.get(var);
        if (set != null && !set.isEmpty()) {
            return set;
        }
        String path = env.getOrDefault("PATH", "");
        List<String> dirs = new java.util.ArrayList<>(List.of(path.split(java.io.File.pathSeparator)));
        dirs.addAll(List.of("/usr/bin", "/usr/sbin", "/bin", "/sbin"));
        for (String p : programs) {
            for (String d : dirs) {
                Path f = Path.of(d.isEmpty() ? "." : d, p);
                if (Files.isRegularFile(f) && Files.isExecutable(f)) {
                    return f.toString();
                }
            }
        }
        return "";
    }

    /** These options with one {@code SECTION.NAME=VALUE} applied ({@code -o}). */
    ShellOptions with(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq < 0) {
            throw new CrmException(SourceLocation.of("-o " + assignment), "expected -o SECTION.NAME=VALUE");
        }
        return set(assignment.substring(0, eq), assignment.substring(eq + 1),
                SourceLocation.of("-o " + assignment));
    }

    /**
     * These options with NAME set to VALUE. NAME is crmsh's full name ({@code core.sort_elements}) or
     * its short form ({@code sort_elements}, {@code sort-elements}; {@code output} is {@code color.style}).
     */
    ShellOptions set(String name, String value, SourceLocation at) {
        String full = fullName(name).orElseThrow(() -> new CrmException(at, "unknown option " + name
                + " (known: " + String.join(", ", CHOICES.keySet()) + ")"));
        List<String> choices = CHOICES.get(full);
        if (choices != null && !valid(full, value, choices)) {
            throw new CrmException(at, full + ": expected one of " + String.join(", ", choices) + ", found '"
                    + value + "'");
        }
        Map<String, String> v = new LinkedHashMap<>(values);
        v.put(full, value);
        return new ShellOptions(v, defaults, display);
    }

    private static boolean valid(String name, String value, List<String> choices) {
        if (name.equals("color.style")) {
            // a list, as crmsh's multichoice: "color,uppercase"
            return List.of(value.split(",")).stream().map(String::trim).allMatch(choices::contains);
        }
        return choices.contains(choices == BOOLEANS ? value.toLowerCase(Locale.ROOT) : value);
    }

    /** crmsh's full name of an option given in any of its forms. */
    static Optional<String> fullName(String name) {
        String n = name.replace('-', '_');
        if (n.equals("output")) {
            n = "color.style";
        }
        if (!n.contains(".")) {
            n = "core." + n;
        }
        return CHOICES.containsKey(n) ? Optional.of(n) : Optional.empty();
    }

    /** The names of all options, in crmsh's order. */
    static List<String> names() {
        return List.copyOf(CHOICES.keySet());
    }

    /** The choices of an option; empty for a free text. */
    static List<String> choicesOf(String fullName) {
        List<String> c = CHOICES.get(fullName);
        return c == null ? List.of() : c;
    }

    /** The value of an option. */
    String get(String fullName) {
        return values.getOrDefault(fullName, "");
    }

    /** Options that differ from the session's start, sorted by name. */
    Map<String, String> changed() {
        Map<String, String> out = new TreeMap<>();
        values.forEach((k, v) -> {
            if (!v.equals(defaults.get(k))) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** These options as the session started. */
    ShellOptions reset() {
        return new ShellOptions(defaults, defaults, display);
    }

    /** core.sort_elements: show objects of one kind sorted by id (true) or in CIB order. */
    boolean sortElements() {
        return isTrue(get("core.sort_elements"));
    }

    /** core.editor: the program {@code edit} runs. */
    String editor() {
        return get("core.editor");
    }

    /** color.style's display types ({@code plain}, {@code color}, {@code uppercase}, ...). */
    List<String> styles() {
        return List.of(get("color.style").split(",")).stream().map(String::trim).toList();
    }

    private static boolean isTrue(String v) {
        return List.of("yes", "true", "on", "1").contains(v.toLowerCase(Locale.ROOT));
    }
}

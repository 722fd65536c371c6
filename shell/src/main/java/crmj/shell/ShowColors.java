package crmj.shell;

import org.jline.utils.Curses;
import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place for colour: crmsh's display types ({@code -D}, {@code options output}) applied to the
 * crm text of {@code configure show}. As crmsh does, keywords are yellow, attribute names cyan, values
 * red, resource references green, scores magenta and object ids "normal"; each coloured word ends with
 * the terminal's sgr0. The escape sequences come from the terminal's terminfo entry (JLine's bundled
 * capabilities for $TERM), so they are byte for byte what crmsh's curses calls print; a terminal JLine
 * has no entry for gets no colour. {@code uppercase} writes keywords in capitals.
 */
final class ShowColors {
    /** Token kinds, with crmsh's default colour numbers (-1: "normal", only sgr0). */
    enum Kind {
        KEYWORD(3), IDENT(-1), ATTR_NAME(6), ATTR_VALUE(1), RSC_REF(2), SCORE(5);

        final int color;

        Kind(int color) {
            this.color = color;
        }
    }

    private static final Set<String> REFERENCING = Set.of("group", "clone", "ms", "master", "bundle", "tag");
    private static final Set<String> CONSTRAINTS = Set.of("order", "colocation", "collocation", "rsc_ticket");

    private final Map<Kind, String> starts;
    private final String reset;
    private final boolean upper;

    private ShowColors(Map<Kind, String> starts, String reset, boolean upper) {
        this.starts = starts;
        this.reset = reset;
        this.upper = upper;
    }

    /**
     * The colouring for these options, or empty when the text is to stay plain: colour only with a
     * "color" display type on a terminal ("color-always": anywhere), never with NO_COLOR set.
     */
    static Optional<ShowColors> of(ShellOptions options) {
        Map<String, String> env = options.display();
        boolean terminal = options.terminal();
        List<String> styles = options.styles();
        boolean upper = styles.contains("uppercase");
        boolean color = (styles.contains("color") && terminal) || styles.contains("color-always");
        if (env.containsKey("NO_COLOR") && !env.get("NO_COLOR").isEmpty()) {
            color = false;
        }
        Map<Capability, String> caps = color ? capabilities(env.getOrDefault("TERM", "")) : Map.of();
        String setaf = caps.get(Capability.set_a_foreground);
        String sgr0 = caps.get(Capability.exit_attribute_mode);
        if (setaf == null || sgr0 == null) {
            return upper ? Optional.of(new ShowColors(Map.of(), "", true)) : Optional.empty();
        }
        // as crmsh: padding delays ($<2>) dropped, and sgr0's trailing shift-in (which less -R shows as ^O)
        String reset = Curses.tputs(sgr0.replaceAll("\\$<\\d+>[*]?", "")).replaceAll("\u000f$", "");
        Map<Kind, String> starts = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            starts.put(k, k.color < 0 ? reset : foreground(setaf, k.color));
        }
        return Optional.of(new ShowColors(starts, reset, upper));
    }

    /**
     * setaf with the colour. JLine's terminfo evaluator fails on the conditional form of 256-colour
     * entries ({@code %?%p1%{8}%<%t3%p1%d...}); for the eight basic colours every entry gives ECMA-48's
     * SGR 30-37, which is then used.
     */
    private static String foreground(String setaf, int color) {
        try {
            return Curses.tputs(setaf, color);
        } catch (RuntimeException | java.io.IOError e) {
            return "\u001b[3" + color + "m";
        }
    }

    private static Map<Capability, String> capabilities(String term) {
        String source = term.isEmpty() ? null : InfoCmp.getDefaultInfoCmp(term);
        if (source == null) {
            return Map.of();
        }
        Map<Capability, String> strings = new HashMap<>();
        InfoCmp.parseInfoCmp(source, new HashSet<>(), new HashMap<>(), strings);
        return strings;
    }

    /** The show text with its words coloured. */
    String apply(String text) {
        StringBuilder out = new StringBuilder(text.length() * 2);
        String type = "";
        for (String line : text.split("\n", -1)) {
            List<String> words = words(line);
            boolean continuation = line.startsWith("\t") || line.startsWith(" ");
            if (!continuation && !words.isEmpty()) {
                type = words.get(0);
            }
            out.append(continuation ? line.substring(0, line.length() - line.stripLeading().length()) : "");
            colorLine(words, type, continuation, out);
            out.append('\n');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private void colorLine(List<String> words, String type, boolean continuation, StringBuilder out) {
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            String w = words.get(i);
            if (w.equals("\\")) {
                out.append(w);
            } else if (i == 0 && continuation && pair(w).isPresent()) {
                out.append(pair(w).get()); // a property's or defaults' NAME=VALUE lines
            } else if (i == 0) {
                out.append(paint(Kind.KEYWORD, upper ? w.toUpperCase(Locale.ROOT) : w));
            } else if (continuation) {
                out.append(pair(w).orElse(w));
            } else {
                out.append(objectWord(type, i, w, words));
            }
        }
    }

    /** A word of an object's first line (after its keyword). */
    private String objectWord(String type, int i, String w, List<String> words) {
        boolean node = type.equals("node");
        if (i == 1 && node && w.endsWith(":")) {
            return w;
        }
        if (i == 1 || (node && i == 2 && words.get(1).endsWith(":"))) {
            return withColon(Kind.IDENT, w);
        }
        Optional<String> kv = pair(w);
        if (kv.isPresent()) {
            return kv.get();
        }
        if (REFERENCING.contains(type)) {
            return paint(Kind.RSC_REF, w);
        }
        if (type.equals("location")) {
            return i == 2 ? paint(Kind.RSC_REF, w) : i == 3 && w.endsWith(":") ? withColon(Kind.SCORE, w) : w;
        }
        if (CONSTRAINTS.contains(type)) {
            if (i == 2 && w.endsWith(":")) {
                return withColon(Kind.SCORE, w);
            }
            int colon = w.indexOf(':');
            return colon > 0 ? paint(Kind.RSC_REF, w.substring(0, colon)) + w.substring(colon) : paint(Kind.RSC_REF, w);
        }
        return w;
    }

    /** NAME=VALUE coloured, if the word is one. */
    private Optional<String> pair(String w) {
        int eq = w.indexOf('=');
        if (eq <= 0 || w.charAt(0) == '"') {
            return Optional.empty();
        }
        return Optional.of(paint(Kind.ATTR_NAME, w.substring(0, eq)) + "=" + paint(Kind.ATTR_VALUE, w.substring(eq + 1)));
    }

    private String withColon(Kind kind, String w) {
        return w.endsWith(":") ? paint(kind, w.substring(0, w.length() - 1)) + ":" : paint(kind, w);
    }

    private String paint(Kind kind, String w) {
        String start = starts.get(kind);
        return start == null || w.isEmpty() ? w : start + w + reset;
    }

    /** The words of a line, split at spaces outside double quotes. */
    private static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean quoted = false;
        for (char c : line.strip().toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ' ' && !quoted) {
                out.add(w.toString());
                w.setLength(0);
            } else {
                w.append(c);
            }
        }
        if (w.length() > 0) {
            out.add(w.toString());
        }
        return out;
    }
}

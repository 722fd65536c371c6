package crmj.shell.registry;

import java.util.List;
import java.util.Objects;

/**
 * A command, declared once: from this the shell dispatches, {@code help} prints, the completer
 * completes, and the man page and bash/zsh completions are generated. The long help text lives in
 * the resource {@code crmj/shell/help/LEVEL/NAME.txt}.
 *
 * @param level    the level it belongs to ("" for the top level)
 * @param name     the command word
 * @param aliases  other accepted words
 * @param summary  one line for {@code help} and {@code ls}
 * @param args     the arguments, in order
 */
public record CommandSpec(String level, String name, List<String> aliases, String summary, List<ArgSpec> args) {
    public CommandSpec {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(summary, "summary");
        args = List.copyOf(args);
    }

    /** {@code name ARG [ARG] [ARG...]}, from the argument specs. */
    public String synopsis() {
        StringBuilder sb = new StringBuilder(name);
        for (ArgSpec a : args) {
            sb.append(' ');
            String n = a.repeated() ? a.name() + "..." : a.name();
            sb.append(a.optional() ? "[" + n + "]" : n);
        }
        return sb.toString();
    }

    /** True when the word names this command. */
    public boolean matches(String word) {
        return name.equals(word) || aliases.contains(word);
    }

    /** The resource holding the long help. */
    public String helpResource() {
        return "/crmj/shell/help/" + (level.isEmpty() ? "root" : level) + "/" + name + ".txt";
    }
}

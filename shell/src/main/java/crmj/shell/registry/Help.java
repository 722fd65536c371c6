package crmj.shell.registry;

import crmj.cib.CrmException;
import crmj.cib.SourceLocation;

import java.io.PrintWriter;
import java.util.Optional;

/** {@code help [COMMAND]} of a level, from the registry: the same in the interactive shell and in scripts. */
public final class Help {
    private Help() {
    }

    /** Prints the level's commands with their summaries, or one command's synopsis and long help. */
    public static void print(Registry registry, String level, Optional<String> topic, PrintWriter out,
                             SourceLocation at) {
        if (topic.isEmpty()) {
            for (CommandSpec c : registry.level(level)) {
                out.printf("  %-18s %s%n", c.name(), c.summary());
            }
            out.flush();
            return;
        }
        Optional<CommandSpec> spec = registry.find(level, topic.get()).or(() -> registry.find("", topic.get()));
        if (spec.isEmpty()) {
            throw new CrmException(at, "help: no such command: " + topic.get());
        }
        out.println(spec.get().synopsis());
        out.println();
        out.print(HelpTexts.of(spec.get()));
        out.flush();
    }
}

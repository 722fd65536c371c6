package crmj.shell;

import crmj.backend.CibBackend;
import crmj.cib.SourceLocation;
import crmj.cib.agent.AgentCatalog;

import java.util.List;

/** The levels whose commands act at once (no working copy): node, resource and ra. */
final class CommandLevels {
    /** Their names. */
    static final List<String> NAMES = List.of("node", "resource", "ra");

    private CommandLevels() {
    }

    /** Runs COMMAND ARGS of a level. */
    static void run(String level, CibBackend backend, AgentCatalog catalog, Output output, String command,
                    List<String> args, SourceLocation at) {
        if (level.equals("node")) {
            new NodeLevel(backend, output).run(command, args, at);
        } else if (level.equals("ra")) {
            new RaLevel(catalog, output).run(command, args, at);
        } else {
            new ResourceLevel(backend, output).run(command, args, at);
        }
    }
}

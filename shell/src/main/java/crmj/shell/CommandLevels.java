package crmj.shell;

import crmj.backend.CibBackend;
import crmj.cib.SourceLocation;

import java.util.List;

/** The levels whose commands act on the CIB at once (no working copy): node and resource. */
final class CommandLevels {
    /** Their names. */
    static final List<String> NAMES = List.of("node", "resource");

    private CommandLevels() {
    }

    /** Runs COMMAND ARGS of a level. */
    static void run(String level, CibBackend backend, Output output, String command, List<String> args,
                    SourceLocation at) {
        if (level.equals("node")) {
            new NodeLevel(backend, output).run(command, args, at);
        } else {
            new ResourceLevel(backend, output).run(command, args, at);
        }
    }
}

package crmj.cib.agent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Fence agents, as Pacemaker's {@code stonith_admin} knows them (Red Hat {@code fence_*} agents and, through
 * {@code fence_legacy}, cluster-glue's {@code external/*} plugins). Their parameters are completed with the fence
 * daemon's {@code pcmk_*} parameters, which every stonith resource accepts (as crmsh does).
 */
final class StonithAgents {
    private static final Pattern SUMMARY = Pattern.compile("\\d+ fence devices? found");
    private static final String TOOL = "stonith_admin";

    private final AgentPaths paths;
    private final Duration timeout;
    private final Memo<AgentMetadata, AgentException> fenced;

    StonithAgents(AgentPaths paths, Duration timeout) {
        this.paths = paths;
        this.timeout = timeout;
        this.fenced = new Memo<>(() -> PacemakerDaemons.metadata(paths, PacemakerDaemons.FENCED, timeout));
    }

    boolean present() {
        return paths.tool(TOOL).isPresent();
    }

    /** {@code stonith_admin --list-installed}, sorted; empty when the tool is missing or fails. */
    List<String> types() {
        Optional<Path> tool = paths.tool(TOOL);
        if (tool.isEmpty()) {
            return List.of();
        }
        try {
            ProcessRunner.Output out = ProcessRunner.run(TOOL + " --list-installed",
                    List.of(tool.get().toString(), "--list-installed"), Map.of(), timeout);
            if (out.exitCode() != 0) {
                return List.of();
            }
            TreeSet<String> names = new TreeSet<>();
            out.stdout().lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !SUMMARY.matcher(l).matches())
                    .forEach(names::add);
            return List.copyOf(names);
        } catch (AgentException e) {
            return List.of();
        }
    }

    /**
     * {@code stonith_admin --metadata --agent TYPE} plus the fence daemon's parameters; empty when
     * {@code stonith_admin} does not know the agent.
     */
    Optional<AgentMetadata> metadata(String type) throws AgentException {
        Optional<Path> tool = paths.tool(TOOL);
        if (tool.isEmpty() || !AgentNames.isArgument(type)) {
            return Optional.empty();
        }
        String what = "stonith:" + type + " meta-data";
        ProcessRunner.Output out = ProcessRunner.run(what,
                List.of(tool.get().toString(), "--metadata", "--agent", type), Map.of(), timeout);
        if (out.exitCode() != 0 && out.stdout().isBlank()) {
            return Optional.empty();
        }
        AgentMetadata agent = MetadataXml.fromOutput(what, out);
        try {
            return Optional.of(agent.withParametersOf(fenced.get()));
        } catch (AgentException e) {
            // Without the fence daemon crmsh also shows the agent's own parameters only.
            return Optional.of(agent);
        }
    }
}

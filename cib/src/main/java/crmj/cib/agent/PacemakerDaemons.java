package crmj.cib.agent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The option lists Pacemaker's daemons print with {@code DAEMON metadata}. */
final class PacemakerDaemons {
    static final String CONTROLD = "pacemaker-controld";
    static final String SCHEDULERD = "pacemaker-schedulerd";
    static final String BASED = "pacemaker-based";
    static final String FENCED = "pacemaker-fenced";

    private PacemakerDaemons() {
    }

    /**
     * Runs {@code DAEMON metadata}.
     *
     * @throws AgentException {@code NOT_FOUND} when the daemon is not installed, or why it could not be read
     */
    static AgentMetadata metadata(AgentPaths paths, String daemon, Duration timeout) throws AgentException {
        Path program = paths.daemon(daemon).orElseThrow(() -> new AgentException(AgentException.Kind.NOT_FOUND,
                daemon + " not found in " + paths.daemonDirs()));
        String what = daemon + " metadata";
        return MetadataXml.fromOutput(what,
                ProcessRunner.run(what, List.of(program.toString(), "metadata"), Map.of(), timeout));
    }
}

package crmj.cib.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads files under {@code src/test/resources/agent/} and knows what this machine has installed. */
final class TestResources {
    static final Path OCF_ROOT = Path.of("/usr/lib/ocf");

    private TestResources() {
    }

    static String read(String name) {
        try (InputStream in = TestResources.class.getResourceAsStream("/agent/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource agent/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String name) {
        return read(name).lines().toList();
    }

    static AgentMetadata metadata(String name) {
        try {
            return AgentMetadata.parse(read(name));
        } catch (AgentException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The agents the live tests read: resource-agents, pacemaker and drbd-utils are installed. */
    static boolean agentsInstalled() {
        return Files.isExecutable(OCF_ROOT.resolve("resource.d/heartbeat/Filesystem"))
                && Files.isExecutable(OCF_ROOT.resolve("resource.d/pacemaker/Stateful"))
                && Files.isExecutable(OCF_ROOT.resolve("resource.d/linbit/drbd"));
    }

    static boolean stonithAdminInstalled() {
        return Files.isExecutable(Path.of("/usr/sbin/stonith_admin"));
    }

    static boolean pacemakerDaemonsInstalled() {
        return Files.isExecutable(Path.of("/usr/lib/pacemaker/pacemaker-schedulerd"));
    }
}

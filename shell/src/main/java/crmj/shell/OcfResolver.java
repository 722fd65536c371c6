package crmj.shell;

import crmj.cib.model.AgentRef;
import crmj.cib.text.AgentResolver;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves agent specs as crmsh does: {@code class:provider:type} and {@code class:type} as written;
 * a bare type is an OCF agent, from provider heartbeat when it has it, else the first provider that does.
 */
final class OcfResolver implements AgentResolver {
    private final Path ocfRoot;

    OcfResolver(Path ocfRoot) {
        this.ocfRoot = ocfRoot;
    }

    @Override
    public Optional<AgentRef> resolve(String spec) {
        String[] parts = spec.split(":", -1);
        for (String p : parts) {
            if (p.isEmpty()) {
                return Optional.empty();
            }
        }
        if (parts.length == 3) {
            return Optional.of(new AgentRef(parts[0], Optional.of(parts[1]), parts[2]));
        }
        if (parts.length == 2) {
            if (parts[0].equals("ocf")) {
                return Optional.empty();
            }
            return Optional.of(new AgentRef(parts[0], Optional.empty(), parts[1]));
        }
        if (parts.length != 1) {
            return Optional.empty();
        }
        List<String> providers = providersOf(spec);
        if (providers.isEmpty()) {
            return Optional.empty();
        }
        String provider = providers.contains("heartbeat") ? "heartbeat" : providers.get(0);
        return Optional.of(new AgentRef("ocf", Optional.of(provider), spec));
    }

    private List<String> providersOf(String type) {
        List<String> out = new ArrayList<>();
        Path dir = ocfRoot.resolve("resource.d");
        if (!Files.isDirectory(dir) || type.contains("/") || type.startsWith(".")) {
            return out;
        }
        try (DirectoryStream<Path> providers = Files.newDirectoryStream(dir)) {
            for (Path p : providers) {
                if (Files.isExecutable(p.resolve(type))) {
                    out.add(p.getFileName().toString());
                }
            }
        } catch (IOException e) {
            return out;
        }
        out.sort(null);
        return out;
    }
}

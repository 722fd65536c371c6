package crmj.cib.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The OCF agents below one OCF root: {@code ROOT/resource.d/PROVIDER/TYPE}. Every agent path must resolve
 * (symlinks followed) inside the root; names with a slash, {@code ..}, or a leading dot or dash are refused.
 */
final class OcfAgents {
    private final Path root;
    private final Duration timeout;

    OcfAgents(Path root, Duration timeout) {
        this.root = root;
        this.timeout = timeout;
    }

    boolean present() {
        return Files.isDirectory(root.resolve("resource.d"));
    }

    /** Every provider and its types, providers and types sorted. */
    Map<String, List<String>> list() {
        Map<String, List<String>> agents = new LinkedHashMap<>();
        for (String provider : entries(root.resolve("resource.d"), Files::isDirectory)) {
            agents.put(provider, entries(root.resolve("resource.d").resolve(provider),
                    p -> Files.isRegularFile(p) && Files.isExecutable(p)));
        }
        return agents;
    }

    /** The providers (directories of the root's resource.d), sorted. */
    List<String> providers() {
        return entries(root.resolve("resource.d"), Files::isDirectory);
    }

    /**
     * The providers that have {@code type} installed, sorted: as filtering {@link #list()}, with a few system
     * calls per provider instead of listing every agent (resolving one short name, as {@code show} does for
     * each heartbeat agent, needs no more).
     */
    List<String> providersOf(String type) {
        if (!AgentNames.isPlain(type)) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (String provider : providers()) {
            try {
                if (locate(provider, type).isPresent()) {
                    found.add(provider);
                }
            } catch (AgentException e) {
                // resolves outside the root: list() leaves it out too
            }
        }
        return found;
    }

    /**
     * The agent's path when it is installed (an executable file inside the root).
     *
     * @throws AgentException {@code INVALID_SPEC} for a name that could leave the root, or an agent that does
     */
    Optional<Path> locate(String provider, String type) throws AgentException {
        String spec = "ocf:" + provider + ":" + type;
        if (!AgentNames.isPlain(provider) || !AgentNames.isPlain(type)) {
            throw new AgentException(AgentException.Kind.INVALID_SPEC, "invalid resource agent name " + spec);
        }
        Path path = root.resolve("resource.d").resolve(provider).resolve(type);
        if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
            return Optional.empty();
        }
        if (!confined(path)) {
            throw new AgentException(AgentException.Kind.INVALID_SPEC,
                    "resource agent " + spec + " resolves outside the OCF root " + root);
        }
        return Optional.of(path);
    }

    /** Runs {@code PATH meta-data} with the environment Pacemaker gives an agent for that action. */
    AgentMetadata metadata(AgentId agent, Path path) throws AgentException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("OCF_ROOT", root.toString());
        env.put("OCF_RA_VERSION_MAJOR", "1");
        env.put("OCF_RA_VERSION_MINOR", "1");
        env.put("OCF_RESOURCE_INSTANCE", agent.type());
        env.put("OCF_RESOURCE_TYPE", agent.type());
        env.put("OCF_RESOURCE_PROVIDER", agent.provider().orElseThrow());
        env.put("OCF_EXIT_REASON_PREFIX", "ocf-exit-reason:");
        env.put("OCF_OUTPUT_FORMAT", "text");
        env.put("HA_logfacility", "none");
        env.put("PCMK_logfacility", "none");
        String what = agent + " meta-data";
        return MetadataXml.fromOutput(what,
                ProcessRunner.run(what, List.of(path.toString(), "meta-data"), env, timeout));
    }

    private List<String> entries(Path dir, Predicate<Path> kind) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        // an entry that is not a symbolic link, in a directory inside the root, is inside the root too:
        // only links need their real path (two system calls per path component)
        boolean dirInside = confined(dir);
        try (Stream<Path> stream = Files.list(dir)) {
            stream.filter(p -> AgentNames.isPlain(p.getFileName().toString()))
                    .filter(kind)
                    .filter(p -> dirInside && !Files.isSymbolicLink(p) || confined(p))
                    .forEach(p -> names.add(p.getFileName().toString()));
        } catch (IOException e) {
            return List.of();
        }
        names.sort(null);
        return names;
    }

    /** The root's real path, resolved once (null until then or when it cannot be). */
    private volatile Path realRoot;

    private boolean confined(Path path) {
        try {
            Path r = realRoot;
            if (r == null) {
                r = root.toRealPath();
                realRoot = r;
            }
            return path.toRealPath().startsWith(r);
        } catch (IOException e) {
            return false;
        }
    }
}

package crmj.cib.agent;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The agents installed on this machine. OCF agents are listed from the OCF root and their meta-data read by
 * running {@code AGENT meta-data} (argv, Pacemaker's environment, a timeout; no Pacemaker tools needed); LSB and
 * systemd meta-data are synthesised as Pacemaker does; fence agents are asked of {@code stonith_admin}.
 *
 * <p>Everything read is kept for the life of the instance (one session), failures included, so an agent runs at
 * most once; instances are safe to share between threads.
 */
public final class LocalAgentCatalog implements AgentCatalog {
    /** How long an agent may take to print its meta-data, as crmsh and Pacemaker allow. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final AgentPaths paths;
    private final OcfAgents ocf;
    private final LsbAgents lsb;
    private final SystemdAgents systemd;
    private final StonithAgents stonith;
    private final Memo<Map<String, List<String>>, RuntimeException> ocfListing;
    private final Memo<List<String>, RuntimeException> stonithListing;
    private final Memo<ClusterOptions, AgentException> clusterOptions;
    private final Map<AgentId, Memo<AgentMetadata, AgentException>> metadata = new ConcurrentHashMap<>();
    /** {@link #ocfProviders(String)} answers, looked up by type (no full listing needed). */
    private final Map<String, List<String>> providersByType = new ConcurrentHashMap<>();

    /** This machine's agents ({@link AgentPaths#system()}), with {@link #DEFAULT_TIMEOUT}. */
    public LocalAgentCatalog() {
        this(AgentPaths.system(), DEFAULT_TIMEOUT);
    }

    /** The agents found at {@code paths}; each agent run is killed after {@code timeout}. */
    public LocalAgentCatalog(AgentPaths paths, Duration timeout) {
        this.paths = Objects.requireNonNull(paths, "paths");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.ocf = new OcfAgents(paths.ocfRoot(), timeout);
        this.lsb = new LsbAgents(paths.initDir());
        this.systemd = new SystemdAgents(paths.systemdUnitDirs(), paths.systemdRuntimeDir());
        this.stonith = new StonithAgents(paths, timeout);
        this.ocfListing = new Memo<>(ocf::list);
        this.stonithListing = new Memo<>(stonith::types);
        this.clusterOptions = new Memo<>(() -> ClusterOptions.load(paths, timeout));
    }

    /** Where this catalog looks. */
    public AgentPaths paths() {
        return paths;
    }

    @Override
    public List<AgentClass> classes() {
        List<AgentClass> classes = new ArrayList<>();
        if (ocf.present()) {
            classes.add(AgentClass.OCF);
        }
        if (lsb.present()) {
            classes.add(AgentClass.LSB);
        }
        if (systemd.present()) {
            classes.add(AgentClass.SYSTEMD);
        }
        if (lsb.present() || systemd.present()) {
            classes.add(AgentClass.SERVICE);
        }
        if (stonith.present()) {
            classes.add(AgentClass.STONITH);
        }
        classes.sort(Comparator.comparing(AgentClass::token));
        return List.copyOf(classes);
    }

    @Override
    public List<String> ocfProviders() {
        return List.copyOf(ocfListing().keySet());
    }

    @Override
    public List<String> ocfProviders(String type) {
        return providersByType.computeIfAbsent(type, ocf::providersOf);
    }

    @Override
    public List<String> ocfTypes(String provider) {
        return ocfListing().getOrDefault(provider, List.of());
    }

    @Override
    public List<String> types(AgentClass agentClass) {
        return switch (agentClass) {
            case OCF -> List.copyOf(new TreeSet<>(ocfListing().values().stream().flatMap(List::stream).toList()));
            case LSB -> lsb.types();
            case SYSTEMD -> systemd.types();
            case SERVICE -> {
                TreeSet<String> all = new TreeSet<>(lsb.types());
                all.addAll(systemd.types());
                yield List.copyOf(all);
            }
            case STONITH -> stonithTypes();
            default -> List.of();
        };
    }

    @Override
    public boolean exists(AgentId agent) {
        return switch (agent.agentClass()) {
            case OCF -> {
                try {
                    yield ocf.locate(agent.provider().orElseThrow(), agent.type()).isPresent();
                } catch (AgentException e) {
                    yield false;
                }
            }
            case LSB -> lsb.exists(agent.type());
            case SYSTEMD -> systemd.exists(agent.type());
            case SERVICE -> lsb.exists(agent.type()) || systemd.exists(agent.type());
            case STONITH -> stonithTypes().contains(agent.type());
            default -> false;
        };
    }

    @Override
    public AgentMetadata metadata(AgentId agent) throws AgentException {
        Objects.requireNonNull(agent, "agent");
        return metadata.computeIfAbsent(agent, a -> new Memo<>(() -> load(a))).get();
    }

    /** Read once from Pacemaker's daemons, then kept. */
    @Override
    public ClusterOptions clusterOptions() throws AgentException {
        return clusterOptions.get();
    }

    private AgentMetadata load(AgentId agent) throws AgentException {
        String type = agent.type();
        Optional<AgentMetadata> found = switch (agent.agentClass()) {
            case OCF -> ocfMetadata(agent);
            case LSB -> lsb.exists(type) ? Optional.of(lsb.metadata(type)) : Optional.empty();
            case SYSTEMD -> systemd.exists(type) ? Optional.of(systemd.metadata(type)) : Optional.empty();
            case SERVICE -> lsb.exists(type) ? Optional.of(lsb.metadata(type))
                    : systemd.exists(type) ? Optional.of(systemd.metadata(type)) : Optional.empty();
            case STONITH -> stonith.metadata(type);
            default -> Optional.empty();
        };
        if (found.isEmpty()) {
            throw AgentException.unknownAgent(agent.toString(), suggest(agent));
        }
        return found.get();
    }

    private Optional<AgentMetadata> ocfMetadata(AgentId agent) throws AgentException {
        Optional<Path> path = ocf.locate(agent.provider().orElseThrow(), agent.type());
        return path.isEmpty() ? Optional.empty() : Optional.of(ocf.metadata(agent, path.get()));
    }

    /** The installed agent closest to a missing one: same provider first, then in crmsh's provider order. */
    private Optional<String> suggest(AgentId agent) {
        if (agent.agentClass() != AgentClass.OCF) {
            return Suggestions.closest(agent.type(), types(agent.agentClass()))
                    .map(t -> AgentId.of(agent.agentClass(), t).toString());
        }
        String wanted = agent.provider().orElseThrow();
        List<AgentId> candidates = new ArrayList<>();
        ocfListing().forEach((provider, types) -> types.forEach(t -> candidates.add(AgentId.ocf(provider, t))));
        candidates.sort(Comparator.comparingInt((AgentId a) -> providerRank(a, wanted)));
        return Suggestions.closest(agent.type(), candidates, AgentId::type).map(AgentId::toString);
    }

    private static int providerRank(AgentId agent, String wanted) {
        String provider = agent.provider().orElseThrow();
        if (provider.equals(wanted)) {
            return 0;
        }
        return provider.equals("heartbeat") ? 1 : provider.equals("pacemaker") ? 2 : 3;
    }

    private Map<String, List<String>> ocfListing() {
        return ocfListing.get();
    }

    private List<String> stonithTypes() {
        return stonithListing.get();
    }
}

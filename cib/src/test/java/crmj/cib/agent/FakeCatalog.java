package crmj.cib.agent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** A catalog of recorded meta-data, for tests that must not depend on what is installed. */
class FakeCatalog implements AgentCatalog {
    private final Map<AgentId, AgentMetadata> agents = new LinkedHashMap<>();

    /** The recorded agents of {@code src/test/resources/agent}. */
    static FakeCatalog recorded() {
        return new FakeCatalog()
                .with(AgentId.ocf("heartbeat", "Filesystem"), TestResources.metadata("heartbeat-Filesystem.xml"))
                .with(AgentId.ocf("heartbeat", "nfsserver"), TestResources.metadata("heartbeat-nfsserver.xml"))
                .with(AgentId.ocf("heartbeat", "Dummy"), TestResources.metadata("heartbeat-Dummy.xml"))
                .with(AgentId.ocf("pacemaker", "Dummy"), TestResources.metadata("pacemaker-Dummy.xml"))
                .with(AgentId.ocf("pacemaker", "Stateful"), TestResources.metadata("pacemaker-Stateful.xml"))
                .with(AgentId.ocf("linbit", "drbd"), TestResources.metadata("linbit-drbd.xml"))
                .with(AgentId.of(AgentClass.STONITH, "fence_dummy"), TestResources.metadata("stonith-fence_dummy.xml")
                        .withParametersOf(TestResources.metadata("pacemaker-fenced.xml")));
    }

    FakeCatalog with(AgentId id, AgentMetadata metadata) {
        agents.put(id, metadata);
        return this;
    }

    @Override
    public List<AgentClass> classes() {
        return agents.keySet().stream().map(AgentId::agentClass).distinct().sorted().toList();
    }

    @Override
    public List<String> ocfProviders() {
        return List.copyOf(new TreeSet<>(agents.keySet().stream()
                .filter(a -> a.agentClass() == AgentClass.OCF).map(a -> a.provider().orElseThrow()).toList()));
    }

    @Override
    public List<String> ocfProviders(String type) {
        return List.copyOf(new TreeSet<>(agents.keySet().stream()
                .filter(a -> a.agentClass() == AgentClass.OCF && a.type().equals(type))
                .map(a -> a.provider().orElseThrow()).toList()));
    }

    @Override
    public List<String> ocfTypes(String provider) {
        return List.copyOf(new TreeSet<>(agents.keySet().stream()
                .filter(a -> a.provider().filter(provider::equals).isPresent()).map(AgentId::type).toList()));
    }

    @Override
    public List<String> types(AgentClass agentClass) {
        return List.copyOf(new TreeSet<>(agents.keySet().stream()
                .filter(a -> a.agentClass() == agentClass).map(AgentId::type).toList()));
    }

    @Override
    public boolean exists(AgentId agent) {
        return agents.containsKey(agent);
    }

    @Override
    public AgentMetadata metadata(AgentId agent) throws AgentException {
        AgentMetadata found = agents.get(agent);
        if (found == null) {
            List<String> names = new ArrayList<>();
            agents.keySet().forEach(a -> names.add(a.toString()));
            throw AgentException.unknownAgent(agent.toString(), Suggestions.closest(agent.toString(), names));
        }
        return found;
    }
}

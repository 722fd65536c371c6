package crmj.cib.agent;

import java.util.List;

/**
 * The resource agents a node has, and their meta-data. Lists are sorted and never null; implementations cache
 * what they read and are safe to share between threads.
 */
public interface AgentCatalog {

    /** The classes present, sorted by name (crmsh's {@code crm ra classes}). */
    List<AgentClass> classes();

    /** The OCF providers (crmsh's {@code crm ra providers}). */
    List<String> ocfProviders();

    /** The OCF providers that have this type; empty when none has it. */
    List<String> ocfProviders(String type);

    /** The types of one OCF provider. */
    List<String> ocfTypes(String provider);

    /**
     * The types of a class, without repeats; for OCF the types of all providers. Classes that cannot be listed
     * here (no such directory or tool) give an empty list.
     */
    List<String> types(AgentClass agentClass);

    /** Whether the agent is installed (cheap for OCF and LSB; may list the stonith agents once). */
    boolean exists(AgentId agent);

    /**
     * The agent's meta-data.
     *
     * @throws AgentException {@link AgentException.Kind#NOT_FOUND} with a suggestion when the agent is not
     *     installed; {@code FAILED}, {@code TIMEOUT} or {@code UNREADABLE} when it cannot be read
     */
    AgentMetadata metadata(AgentId agent) throws AgentException;

    /**
     * The cluster properties this node's Pacemaker describes.
     *
     * @throws AgentException when they cannot be read; this default has none ({@code NOT_FOUND})
     */
    default ClusterOptions clusterOptions() throws AgentException {
        throw new AgentException(AgentException.Kind.NOT_FOUND, "cluster options are not available");
    }

    /** {@link AgentId#parse(String, AgentCatalog)} against this catalog. */
    default AgentId resolve(String spec) throws AgentException {
        return AgentId.parse(spec, this);
    }
}

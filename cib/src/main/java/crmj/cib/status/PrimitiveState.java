package crmj.cib.status;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A primitive or a clone instance of one.
 *
 * @param id the id ({@code rsc}, or {@code rsc:N} for a clone instance)
 * @param name the printable name (the configured id for anonymous clone instances)
 * @param agentClass the agent class (ocf, stonith, lsb, systemd, ...)
 * @param provider the agent provider, for classes that have one
 * @param agentType the agent type
 * @param role the current role as the history leaves it
 * @param nextRole the role it is meant to have next when the history or configuration decides it
 * @param runningOn the nodes it runs on, in the order the history revealed them
 * @param activeNode the node crm_mon names for it when it runs somewhere ({@code pe__current_node})
 * @param active running on a node that is online or unclean ({@code native_active})
 * @param pendingTask an operation still in progress (start, stop, promote, ...)
 * @param pendingNode where that operation runs
 * @param lockNode the node a shutdown lock keeps it on
 * @param targetRole the target-role meta-attribute, if any (inherited included)
 * @param description the description attribute
 * @param internal an internal resource (a guest node's connection), not shown by crm_mon
 * @param flags its flags
 */
public record PrimitiveState(String id, String name, String agentClass, Optional<String> provider, String agentType,
                             Role role, Role nextRole, List<String> runningOn, Optional<String> activeNode,
                             boolean active, Optional<String> pendingTask, Optional<String> pendingNode,
                             Optional<String> lockNode, Optional<String> targetRole, Optional<String> description,
                             boolean internal, Set<ResourceFlag> flags) implements ResourceState {
    public PrimitiveState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(agentClass, "agentClass");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(agentType, "agentType");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(nextRole, "nextRole");
        runningOn = List.copyOf(runningOn);
        Objects.requireNonNull(activeNode, "activeNode");
        Objects.requireNonNull(pendingTask, "pendingTask");
        Objects.requireNonNull(pendingNode, "pendingNode");
        Objects.requireNonNull(lockNode, "lockNode");
        Objects.requireNonNull(targetRole, "targetRole");
        Objects.requireNonNull(description, "description");
        flags = Set.copyOf(flags);
    }

    @Override
    public List<ResourceState> children() {
        return List.of();
    }

    /** {@code class:provider:type} or {@code class:type}. */
    public String agent() {
        return provider.map(p -> agentClass + ":" + p + ":" + agentType).orElse(agentClass + ":" + agentType);
    }
}

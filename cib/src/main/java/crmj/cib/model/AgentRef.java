package crmj.cib.model;

import java.util.Objects;
import java.util.Optional;

/** The {@code class}, {@code provider} and {@code type} attributes of a primitive or template. */
public record AgentRef(String agentClass, Optional<String> provider, String agentType) {
    public AgentRef {
        Objects.requireNonNull(agentClass, "agentClass");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(agentType, "agentType");
    }

    /** {@code class:provider:type} or {@code class:type}. */
    @Override
    public String toString() {
        return provider.map(p -> agentClass + ":" + p + ":" + agentType).orElse(agentClass + ":" + agentType);
    }
}

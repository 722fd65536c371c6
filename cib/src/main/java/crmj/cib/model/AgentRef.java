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

    // equals and hashCode as the generated ones (same values), written out: the generated ones cost
    // a method-handle set-up at their first call, a measurable part of a short crm run

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof AgentRef x && agentClass.equals(x.agentClass) && provider.equals(x.provider)
                && agentType.equals(x.agentType);
    }

    @Override
    public int hashCode() {
        return (agentClass.hashCode() * 31 + provider.hashCode()) * 31 + agentType.hashCode();
    }

    /** {@code class:provider:type} or {@code class:type}. */
    @Override
    public String toString() {
        return provider.map(p -> agentClass + ":" + p + ":" + agentType).orElse(agentClass + ":" + agentType);
    }
}

package crmj.cib.text;

import crmj.cib.model.AgentRef;

import java.util.Optional;

/** Resolves what a user wrote as a resource agent ({@code Filesystem}, {@code ocf:linbit:drbd}). */
@FunctionalInterface
public interface AgentResolver {
    /**
     * The agent for a spec, or empty when the spec names no known agent. A full
     * {@code class:provider:type} may resolve even when the agent is not installed
     * (validation reports that separately).
     */
    Optional<AgentRef> resolve(String spec);

    /** An installed agent whose name is close to a spec that did not resolve, if any. */
    default Optional<String> suggestion(String spec) {
        return Optional.empty();
    }
}

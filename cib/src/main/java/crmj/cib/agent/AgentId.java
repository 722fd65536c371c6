package crmj.cib.agent;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A resource agent: class, provider (OCF only) and type, as in a primitive's {@code class}, {@code provider} and
 * {@code type} attributes.
 *
 * <p>{@link #toString()} is the canonical {@code class:provider:type} ({@code class:type} without a provider);
 * {@link #showForm()} is what {@code crm configure show} prints. {@link #parse(String, AgentCatalog)} accepts what
 * crmsh 4.4.1 accepts after {@code primitive ID}: {@code class:provider:type}, {@code class:type} and a bare
 * {@code type}, which means an OCF agent whose provider is picked as crmsh picks it ({@link #pickProvider}).
 *
 * @param agentClass the class ({@code ocf}, {@code stonith}, ...)
 * @param provider the OCF provider; present exactly when the class is OCF
 * @param type the agent's name within its class and provider ({@code Filesystem}, {@code external/ssh})
 */
public record AgentId(AgentClass agentClass, Optional<String> provider, String type) {

    /** Checks that a provider is present exactly for OCF and that no part is empty or contains a colon. */
    public AgentId {
        Objects.requireNonNull(agentClass, "agentClass");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(type, "type");
        if (type.isEmpty() || type.indexOf(':') >= 0) {
            throw new IllegalArgumentException("bad resource agent type '" + type + "'");
        }
        if (agentClass.hasProviders() != provider.isPresent()) {
            throw new IllegalArgumentException(agentClass.hasProviders()
                    ? "an ocf agent needs a provider: " + type
                    : "ra class " + agentClass + " does not support providers");
        }
        provider.ifPresent(p -> {
            if (p.isEmpty() || p.indexOf(':') >= 0) {
                throw new IllegalArgumentException("bad resource agent provider '" + p + "'");
            }
        });
    }

    /** An OCF agent, e.g. {@code ocf("heartbeat", "Filesystem")}. */
    public static AgentId ocf(String provider, String type) {
        return new AgentId(AgentClass.OCF, Optional.of(provider), type);
    }

    /** An agent of a class without providers, e.g. {@code of(AgentClass.STONITH, "fence_xvm")}. */
    public static AgentId of(AgentClass agentClass, String type) {
        return new AgentId(agentClass, Optional.empty(), type);
    }

    /**
     * The agent named by a CIB primitive's attributes ({@code provider} may be null for classes without one).
     *
     * @throws AgentException if the class is unknown or the provider is missing or superfluous
     */
    public static AgentId fromCib(String agentClass, String provider, String type) throws AgentException {
        return build(agentClass, provider == null ? "" : provider, type == null ? "" : type,
                String.join(":", agentClass, Objects.toString(provider, ""), Objects.toString(type, "")));
    }

    /**
     * Parses a fully written agent: {@code class:provider:type} or {@code class:type}. A bare type or
     * {@code ocf:type} needs a catalog to find its provider and is refused here.
     *
     * @throws AgentException with crmsh's wording, e.g. {@code bad resource type specification a:b:c:d}
     */
    public static AgentId parse(String spec) throws AgentException {
        return parse(spec, (ProviderLookup) null);
    }

    /**
     * Parses an agent specification the way crmsh 4.4.1 does, resolving a missing OCF provider through the
     * catalog: heartbeat if it has the type (or nobody has it), else pacemaker, else the first provider by name.
     * An unknown type is not an error here (crmsh reports it when the metadata is read).
     *
     * @throws AgentException with crmsh's wording, e.g. {@code provider could not be determined for ocf::Dummy}
     */
    public static AgentId parse(String spec, AgentCatalog catalog) throws AgentException {
        Objects.requireNonNull(catalog, "catalog");
        return parse(spec, catalog::ocfProviders);
    }

    /**
     * crmsh's choice among the providers of a type: {@code heartbeat} when none is known or heartbeat is one of
     * them, else {@code pacemaker} when it is one of them, else the first of the list.
     */
    public static String pickProvider(List<String> providers) {
        if (providers.isEmpty() || providers.contains("heartbeat")) {
            return "heartbeat";
        }
        return providers.contains("pacemaker") ? "pacemaker" : providers.get(0);
    }

    /**
     * How {@code crm configure show} prints the agent: without class and provider when the provider is
     * {@code heartbeat} (whether or not the agent exists), the canonical form otherwise.
     */
    public String showForm() {
        return provider.filter("heartbeat"::equals).isPresent() ? type : toString();
    }

    /** {@code class:provider:type}, or {@code class:type} for classes without providers. */
    @Override
    public String toString() {
        return provider.map(p -> agentClass + ":" + p + ":" + type).orElse(agentClass + ":" + type);
    }

    /** Lists the providers of an OCF type, sorted. */
    @FunctionalInterface
    private interface ProviderLookup {
        List<String> providers(String type);
    }

    private static AgentId parse(String spec, ProviderLookup lookup) throws AgentException {
        Objects.requireNonNull(spec, "spec");
        String[] parts = spec.split(":", -1);
        if (parts.length > 3) {
            throw invalid("bad resource type specification " + spec);
        }
        if (parts.length == 3) {
            return build(parts[0], parts[1], parts[2], spec);
        }
        String cls = parts.length == 2 ? parts[0] : AgentClass.OCF.token();
        String type = parts[parts.length - 1];
        if (!cls.equals(AgentClass.OCF.token()) || type.isEmpty()) {
            return build(cls, "", type, spec);
        }
        if (lookup == null) {
            throw invalid("provider could not be determined for " + spec);
        }
        return build(cls, pickProvider(lookup.providers(type)), type, spec);
    }

    private static AgentId build(String cls, String provider, String type, String spec) throws AgentException {
        if (type.isEmpty()) {
            throw invalid("bad resource type specification " + spec);
        }
        AgentClass agentClass = AgentClass.fromToken(cls).orElseThrow(() -> invalid(
                "unknown resource agent class '" + cls + "' in " + spec + " (expected one of " + AgentClass.tokens() + ")"));
        if (agentClass.hasProviders() && provider.isEmpty()) {
            throw invalid("provider could not be determined for " + spec);
        }
        if (!agentClass.hasProviders() && !provider.isEmpty()) {
            throw invalid("ra class " + cls + " does not support providers");
        }
        if (type.indexOf(':') >= 0) {
            throw invalid("bad resource type specification " + spec);
        }
        return new AgentId(agentClass, agentClass.hasProviders() ? Optional.of(provider) : Optional.empty(), type);
    }

    private static AgentException invalid(String message) {
        return new AgentException(AgentException.Kind.INVALID_SPEC, message);
    }
}

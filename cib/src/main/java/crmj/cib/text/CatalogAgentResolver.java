package crmj.cib.text;

import crmj.cib.agent.AgentCatalog;
import crmj.cib.agent.AgentClass;
import crmj.cib.agent.AgentException;
import crmj.cib.agent.AgentId;
import crmj.cib.model.AgentRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves agent specs through the installed agents, as crmsh does ({@code Filesystem} is
 * ocf:heartbeat:Filesystem), and, stricter than crmsh, refuses agents that are not installed.
 */
public final class CatalogAgentResolver implements AgentResolver {
    private final AgentCatalog catalog;
    /** Answers by spec: a configuration names few agents, thousands of times (each looked up on disk). */
    private final java.util.Map<String, Optional<AgentRef>> resolved = new java.util.concurrent.ConcurrentHashMap<>();

    public CatalogAgentResolver(AgentCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<AgentRef> resolve(String spec) {
        Optional<AgentRef> known = resolved.get(spec);
        if (known == null) {
            known = lookup(spec);
            resolved.put(spec, known);
        }
        return known;
    }

    private Optional<AgentRef> lookup(String spec) {
        try {
            AgentId id = AgentId.parse(spec, catalog);
            if (!catalog.exists(id)) {
                return Optional.empty();
            }
            return Optional.of(new AgentRef(id.agentClass().token(), id.provider(), id.type()));
        } catch (AgentException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> suggestion(String spec) {
        String type = spec.substring(spec.lastIndexOf(':') + 1);
        List<String> candidates = new ArrayList<>();
        for (String provider : catalog.ocfProviders()) {
            candidates.addAll(catalog.ocfTypes(provider));
        }
        Optional<String> near = Suggest.nearest(type, candidates);
        if (near.isEmpty()) {
            for (AgentClass c : List.of(AgentClass.STONITH, AgentClass.LSB, AgentClass.SYSTEMD)) {
                if (spec.startsWith(c.token() + ":")) {
                    return Suggest.nearest(type, catalog.types(c)).map(t -> c.token() + ":" + t);
                }
            }
            return Optional.empty();
        }
        return resolve(near.get()).map(Object::toString);
    }
}

package crmj.cib.agent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An agent's {@code meta-data} document (or a Pacemaker daemon's {@code metadata}), as records.
 *
 * @param name the {@code <resource-agent name>} (empty when absent)
 * @param version the agent's own version, {@code <resource-agent version>} (empty when absent)
 * @param ocfVersion the OCF API version the document follows, the {@code <version>} element (empty when absent)
 * @param shortdesc the one-line description, trimmed (fence agents' {@code shortdesc} attribute when there is no
 *     element)
 * @param longdesc the long description, trimmed
 * @param parameters the parameters in document order
 * @param actions the actions in document order, {@code meta-data} and {@code validate-all} included
 */
public record AgentMetadata(
        String name,
        String version,
        String ocfVersion,
        String shortdesc,
        String longdesc,
        List<AgentParameter> parameters,
        List<AgentAction> actions) {

    /** Copies the lists and rejects nulls. */
    public AgentMetadata {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(ocfVersion, "ocfVersion");
        Objects.requireNonNull(shortdesc, "shortdesc");
        Objects.requireNonNull(longdesc, "longdesc");
        parameters = List.copyOf(parameters);
        actions = List.copyOf(actions);
    }

    /**
     * Parses a meta-data document with a parser that loads no external DTD or entity.
     *
     * @throws AgentException ({@link AgentException.Kind#UNREADABLE}) if it is not XML or its root is not
     *     {@code resource-agent}
     */
    public static AgentMetadata parse(String xml) throws AgentException {
        return MetadataXml.parse(xml);
    }

    /** The parameter of that name (the last one, if the document repeats it, as crmsh reads it). */
    public Optional<AgentParameter> parameter(String parameterName) {
        AgentParameter found = null;
        for (AgentParameter p : parameters) {
            if (p.name().equals(parameterName)) {
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The parameter names, in document order, without repeats. */
    public Set<String> parameterNames() {
        Set<String> names = new LinkedHashSet<>();
        parameters.forEach(p -> names.add(p.name()));
        return names;
    }

    /** The actions of that name ({@code monitor} often has one per role). */
    public List<AgentAction> actions(String actionName) {
        return actions.stream().filter(a -> a.name().equals(actionName)).toList();
    }

    /**
     * This document with the other's parameters appended, skipping names it already has (crmsh adds the fence
     * daemon's {@code pcmk_*} parameters to every stonith agent this way).
     */
    public AgentMetadata withParametersOf(AgentMetadata other) {
        Set<String> known = parameterNames();
        List<AgentParameter> merged = new ArrayList<>(parameters);
        other.parameters().stream().filter(p -> known.add(p.name())).forEach(merged::add);
        return new AgentMetadata(name, version, ocfVersion, shortdesc, longdesc, merged, actions);
    }
}

package crmj.cib.agent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * crmsh 4.4.1's commit-time checks of a primitive against its agent ({@code check_sanity}), with crmsh's exact
 * messages and severities, in crmsh's order: unknown meta attributes (warnings); then, if the agent has no
 * meta-data, two errors and nothing else; else the operation checks (warnings), operation attribute values
 * (warnings), missing required parameters and unknown parameters (errors).
 */
public final class AgentValidator {
    private final AgentCatalog catalog;

    /** Checks against the agents of this catalog. */
    public AgentValidator(AgentCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** All findings for one primitive or template, in the order crmsh prints them. */
    public List<ValidationProblem> check(PrimitiveCheck primitive) {
        List<ValidationProblem> problems = new ArrayList<>(
                MetaAttributes.check(primitive.id(), primitive.meta().keySet(), MetaAttributes.forPrimitive()));
        AgentMetadata metadata;
        try {
            metadata = catalog.metadata(primitive.agent());
        } catch (AgentException e) {
            problems.addAll(missingAgent(primitive.agent(), e));
            return problems;
        }
        problems.addAll(OpChecks.check(primitive, metadata));
        problems.addAll(opAttributeValues(primitive));
        problems.addAll(parameters(primitive, metadata));
        return problems;
    }

    /**
     * crmsh's renaming of a parameter written with dashes ({@code fast-stop}) to the agent's underscore name
     * ({@code fast_stop}) when only the latter exists; other names are returned unchanged. crmsh stores the
     * renamed parameter in the CIB, so builders apply this before checking.
     */
    public static String normalizeParameterName(AgentMetadata metadata, String name) {
        if (metadata.parameter(name).isPresent()) {
            return name;
        }
        String underscored = name.replace('-', '_');
        return metadata.parameter(underscored).isPresent() ? underscored : name;
    }

    /** {@link #normalizeParameterName} applied to every key, keeping the order. */
    public static Map<String, String> normalizeParameters(AgentMetadata metadata, Map<String, String> params) {
        Map<String, String> normalized = new LinkedHashMap<>();
        params.forEach((name, value) -> normalized.put(normalizeParameterName(metadata, name), value));
        return normalized;
    }

    private static List<ValidationProblem> missingAgent(AgentId agent, AgentException failure) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (failure.kind() == AgentException.Kind.UNREADABLE) {
            problems.add(ValidationProblem.error(agent + ": Cannot parse meta-data XML"));
        }
        problems.add(ValidationProblem.error(agent + ": got no meta-data, does this RA exist?"));
        problems.add(ValidationProblem.error(agent + ": no such resource agent"));
        return problems;
    }

    private static List<ValidationProblem> opAttributeValues(PrimitiveCheck primitive) {
        List<ValidationProblem> problems = new ArrayList<>();
        for (OpSpec op : primitive.ops()) {
            op.attributes().forEach((attribute, value) -> {
                List<String> allowed = MetaAttributes.OP_VALUES.get(attribute);
                if (allowed != null && !allowed.contains(value)) {
                    problems.add(ValidationProblem.warning(primitive.id() + ": op '" + op.name() + "' attribute '"
                            + attribute + "' value '" + value + "' not recognized"));
                }
            });
        }
        return problems;
    }

    private static List<ValidationProblem> parameters(PrimitiveCheck primitive, AgentMetadata metadata) {
        List<ValidationProblem> problems = new ArrayList<>();
        String id = primitive.id();
        if (!primitive.template()) {
            for (String name : metadata.parameterNames()) {
                boolean mandatory = metadata.parameter(name).orElseThrow().mandatory();
                if (mandatory && !suppliedByFencer(primitive.agent(), name) && !primitive.params().containsKey(name)) {
                    problems.add(ValidationProblem.error(id + ": required parameter \"" + name + "\" not defined"));
                }
            }
        }
        for (String name : primitive.params().keySet()) {
            // $-names are crmsh's own (e.g. $id), not agent parameters.
            if (!name.startsWith("$") && metadata.parameter(name).isEmpty()) {
                problems.add(ValidationProblem.error(id + ": parameter \"" + name + "\" is not known"));
            }
        }
        return problems;
    }

    /** The fence daemon supplies {@code action} and {@code port} to Red Hat fence agents itself. */
    private static boolean suppliedByFencer(AgentId agent, String parameter) {
        return agent.agentClass() == AgentClass.STONITH
                && (agent.type().startsWith("rhcs/") || agent.type().startsWith("fence_"))
                && (parameter.equals("action") || parameter.equals("port"));
    }
}

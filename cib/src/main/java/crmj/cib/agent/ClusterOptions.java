package crmj.cib.agent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cluster properties ({@code property name=value}) Pacemaker knows, with their descriptions, types and
 * defaults: the options {@code pacemaker-controld}, {@code pacemaker-schedulerd} and {@code pacemaker-based}
 * print with {@code metadata}, merged in that order as crmsh does (a name defined twice keeps its first place and
 * its last definition).
 */
public final class ClusterOptions {
    /** The property set crmsh checks; other sets may hold anything (agents keep state in them). */
    public static final String BOOTSTRAP_SET_ID = "cib-bootstrap-options";

    /** Properties crmsh accepts although Pacemaker does not describe them all. */
    public static final List<String> EXTRA_PROPERTIES =
            List.of("dc-version", "cluster-infrastructure", "last-lrm-refresh", "cluster-name");

    /** Properties crmsh leaves out of completion (set by the cluster itself, or obsolete). */
    public static final List<String> NOT_COMPLETED = List.of("dc-version", "cluster-infrastructure",
            "crmd-integration-timeout", "crmd-finalization-timeout", "expected-quorum-votes");

    private static final List<String> DAEMONS =
            List.of(PacemakerDaemons.CONTROLD, PacemakerDaemons.SCHEDULERD, PacemakerDaemons.BASED);

    private final Map<String, AgentParameter> parameters;

    private ClusterOptions(Map<String, AgentParameter> parameters) {
        this.parameters = parameters;
    }

    /**
     * Asks this machine's Pacemaker daemons. A missing daemon is skipped (crmsh does the same).
     *
     * @throws AgentException {@code NOT_FOUND} when none is installed, or why one could not be read
     */
    public static ClusterOptions load(AgentPaths paths, Duration timeout) throws AgentException {
        List<AgentMetadata> found = new ArrayList<>();
        for (String daemon : DAEMONS) {
            try {
                found.add(PacemakerDaemons.metadata(paths, daemon, timeout));
            } catch (AgentException e) {
                if (e.kind() != AgentException.Kind.NOT_FOUND) {
                    throw e;
                }
            }
        }
        if (found.isEmpty()) {
            throw new AgentException(AgentException.Kind.NOT_FOUND,
                    "no Pacemaker daemon found in " + paths.daemonDirs() + " to describe the cluster options");
        }
        return of(found);
    }

    /** The options of these daemon documents, merged in the order given (controller, scheduler, CIB manager). */
    public static ClusterOptions of(List<AgentMetadata> daemons) {
        Map<String, AgentParameter> merged = new LinkedHashMap<>();
        daemons.forEach(d -> d.parameters().forEach(p -> merged.put(p.name(), p)));
        return new ClusterOptions(merged);
    }

    /** Every described property, in crmsh's order. */
    public List<AgentParameter> parameters() {
        return List.copyOf(parameters.values());
    }

    /** The description of one property. */
    public Optional<AgentParameter> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** Every described property name, in crmsh's order. */
    public List<String> names() {
        return List.copyOf(parameters.keySet());
    }

    /** The names crmsh offers when completing {@code property}: all but {@link #NOT_COMPLETED}. */
    public List<String> completionNames() {
        return parameters.keySet().stream().filter(n -> !NOT_COMPLETED.contains(n)).toList();
    }

    /** Whether crmsh accepts the name without a warning: described, or one of {@link #EXTRA_PROPERTIES}. */
    public boolean isKnown(String name) {
        return parameters.containsKey(name) || EXTRA_PROPERTIES.contains(name);
    }

    /**
     * crmsh's warnings for a property set: {@code cib-bootstrap-options: unknown attribute 'NAME'} for each
     * unknown name; sets other than {@link #BOOTSTRAP_SET_ID} are not checked.
     */
    public List<ValidationProblem> checkProperties(String setId, Collection<String> names) {
        if (!BOOTSTRAP_SET_ID.equals(setId)) {
            return List.of();
        }
        List<String> known = new ArrayList<>(parameters.keySet());
        known.addAll(EXTRA_PROPERTIES);
        return MetaAttributes.check(setId, names, known);
    }

    /** crmsh's warnings for an {@code rsc_defaults} set: names outside {@link MetaAttributes#RESOURCE}. */
    public static List<ValidationProblem> checkRscDefaults(String setId, Collection<String> names) {
        return MetaAttributes.check(setId, names, MetaAttributes.RESOURCE);
    }

    /** crmsh's warnings for an {@code op_defaults} set: names outside {@link MetaAttributes#OP}. */
    public static List<ValidationProblem> checkOpDefaults(String setId, Collection<String> names) {
        return MetaAttributes.check(setId, names, MetaAttributes.OP);
    }
}

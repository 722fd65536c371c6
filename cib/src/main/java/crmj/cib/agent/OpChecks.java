package crmj.cib.agent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * crmsh 4.4.1's operation checks against the advisory values of the meta-data: unknown actions, monitor
 * intervals (non-zero, unique), intervals on start/stop/promote/demote, and timeouts below the advised minimum.
 * Monitors come first, then the other operations in the order first written; {@code start} and {@code stop}
 * are checked even when not configured (with the {@code op_defaults} timeout), except for fence agents.
 */
final class OpChecks {
    private static final Set<String> NO_INTERVAL = Set.of("start", "stop", "promote", "demote");
    private static final Set<String> NOT_ADVISED = Set.of("meta-data", "validate-all");

    private final String ident;
    private final boolean stonith;
    private final Optional<String> defaultTimeout;
    private final List<Map<String, String>> advisedMonitors = new ArrayList<>();
    private final Map<String, Map<String, String>> advisedOthers = new LinkedHashMap<>();
    private final List<ValidationProblem> problems = new ArrayList<>();

    private OpChecks(String ident, AgentId agent, AgentMetadata metadata, Optional<String> defaultTimeout) {
        this.ident = ident;
        this.stonith = agent.agentClass() == AgentClass.STONITH;
        this.defaultTimeout = defaultTimeout.filter(t -> !t.isEmpty());
        for (AgentAction action : metadata.actions()) {
            if (action.name().equals("monitor")) {
                advisedMonitors.add(action.attributes());
            } else if (!NOT_ADVISED.contains(action.name())) {
                advisedOthers.put(action.name(), action.attributes());
            }
        }
    }

    static List<ValidationProblem> check(PrimitiveCheck primitive, AgentMetadata metadata) {
        OpChecks checks = new OpChecks(primitive.id(), primitive.agent(), metadata, primitive.defaultOpTimeout());
        checks.run(primitive.ops());
        return checks.problems;
    }

    private void run(List<OpSpec> ops) {
        List<Map<String, String>> monitors = new ArrayList<>();
        Map<String, Map<String, String>> others = new LinkedHashMap<>();
        for (OpSpec op : ops) {
            if (op.name().equals("monitor")) {
                monitors.add(op.attributes());
            } else {
                others.put(op.name(), op.attributes());
            }
        }
        if (!stonith) {
            others.putIfAbsent("start", Map.of());
            others.putIfAbsent("stop", Map.of());
        }
        checkMonitors(monitors);
        others.forEach(this::checkOther);
    }

    private void checkMonitors(List<Map<String, String>> monitors) {
        Set<Long> seen = new HashSet<>();
        for (Map<String, String> monitor : monitors) {
            String advised = describe(advisedMonitor("interval", monitor));
            long interval = CrmTime.msec(monitor.getOrDefault("interval", "0"));
            if (interval == 0) {
                warn("interval in monitor should be larger than 0, advised is " + advised);
            } else if (!seen.add(interval)) {
                warn("interval in monitor must be unique, advised is " + advised);
            }
        }
        for (Map<String, String> monitor : monitors) {
            checkTimeout("monitor", monitor, advisedMonitor("timeout", monitor));
        }
    }

    private void checkOther(String op, Map<String, String> attributes) {
        if (stonith && (op.equals("start") || op.equals("stop"))) {
            return;
        }
        if (!advisedOthers.containsKey(op)) {
            warn("action '" + op + "' not found in Resource Agent meta-data");
            return;
        }
        String interval = attributes.get("interval");
        if (interval != null && NO_INTERVAL.contains(op) && CrmTime.msec(interval) != 0) {
            warn("Specified interval for " + op + " is " + interval + ", it must be 0");
        }
        checkTimeout(op, attributes, Optional.ofNullable(advisedOthers.get(op).get("timeout")));
    }

    private void checkTimeout(String op, Map<String, String> attributes, Optional<String> advised) {
        String label = attributes.containsKey("timeout") ? "specified timeout" : "default timeout";
        String actual = attributes.containsKey("timeout") ? attributes.get("timeout") : defaultTimeout.orElse("");
        if (!actual.isEmpty() && CrmTime.msec(advised.orElse(null)) - CrmTime.msec(actual) > 0) {
            warn(label + " " + actual + " for " + op + " is smaller than the advised " + advised.orElseThrow());
        }
    }

    /**
     * The advised value for a configured monitor, looked up as crmsh does: by role if it has one, else by depth,
     * else the first monitor of the meta-data. A meta-data monitor without the looked-up attribute ends the
     * search empty-handed, as it does in crmsh.
     */
    private Optional<String> advisedMonitor(String key, Map<String, String> monitor) {
        String role = monitor.get("role");
        String depth = monitor.get("depth");
        if (role == null && depth == null) {
            return advisedMonitors.isEmpty() ? Optional.empty() : Optional.ofNullable(advisedMonitors.get(0).get(key));
        }
        if (role != null && !role.isEmpty()) {
            Optional<Optional<String>> byRole = find("role", role, key);
            if (byRole.isPresent()) {
                return byRole.get();
            }
        }
        if (depth != null && !depth.isEmpty()) {
            return find("depth", depth, key).orElse(Optional.empty());
        }
        return Optional.empty();
    }

    /** Outer empty: searched everything without a match; inner: the value found (or the search was cut short). */
    private Optional<Optional<String>> find(String attribute, String wanted, String key) {
        for (Map<String, String> advised : advisedMonitors) {
            String value = advised.get(attribute);
            if (value == null) {
                return Optional.of(Optional.empty());
            }
            if (value.equals(wanted)) {
                return Optional.of(Optional.ofNullable(advised.get(key)));
            }
        }
        return Optional.empty();
    }

    /** How crmsh prints a missing advisory value. */
    private static String describe(Optional<String> advised) {
        return advised.orElse("None");
    }

    private void warn(String message) {
        problems.add(ValidationProblem.warning(ident + ": " + message));
    }
}

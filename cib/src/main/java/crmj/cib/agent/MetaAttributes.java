package crmj.cib.agent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The attribute names crmsh 4.4.1 knows outside agent meta-data (its {@code constants.py} and the Pacemaker 3.9
 * schema's {@code op} element), for checks and completion of {@code meta}, {@code rsc_defaults} and
 * {@code op_defaults}.
 */
public final class MetaAttributes {
    /** Meta attributes of any resource; also what {@code rsc_defaults} may set. */
    public static final List<String> RESOURCE = List.of(
            "allow-migrate", "maintenance", "is-managed", "interval-origin",
            "migration-threshold", "priority", "multiple-active",
            "failure-timeout", "resource-stickiness", "target-role",
            "restart-type", "description", "remote-node", "requires",
            "provides", "remote-port", "remote-addr", "remote-connect-timeout");

    /** Meta attributes crmsh lists as common to all containers. */
    public static final List<String> COMMON = List.of("priority", "target-role", "is-managed");

    /** Extra meta attributes of a group. */
    public static final List<String> GROUP = concat(COMMON, List.of("container"));

    /** Extra meta attributes of a clone. */
    public static final List<String> CLONE = concat(COMMON, List.of(
            "ordered", "notify", "interleave", "globally-unique",
            "clone-max", "clone-node-max", "clone-state", "description",
            "clone-min", "promotable", "promoted-max", "promoted-node-max"));

    /** Extra meta attributes of a master/slave ({@code ms}) resource. */
    public static final List<String> MS = concat(COMMON, List.of(
            "clone-max", "clone-node-max", "notify", "globally-unique", "ordered",
            "interleave", "master-max", "master-node-max", "description"));

    /** Attributes of an {@code op} in the Pacemaker 3.9 schema; also what {@code op_defaults} may set. */
    public static final List<String> OP = List.of(
            "id", "name", "interval", "description", "start-delay", "interval-origin",
            "timeout", "enabled", "record-pending", "role", "on-fail");

    /** The {@code op} attributes whose values the schema enumerates, and those values. */
    public static final Map<String, List<String>> OP_VALUES = Map.of(
            "role", List.of("Stopped", "Started", "Promoted", "Unpromoted", "Slave", "Master"),
            "on-fail", List.of("ignore", "block", "demote", "stop", "restart", "standby", "fence",
                    "restart-container"));

    private MetaAttributes() {
    }

    /** The meta attributes crmsh accepts on a primitive or template. */
    public static List<String> forPrimitive() {
        return RESOURCE;
    }

    /** The meta attributes crmsh accepts on a group. */
    public static List<String> forGroup() {
        return concat(RESOURCE, GROUP);
    }

    /** The meta attributes crmsh accepts on a clone. */
    public static List<String> forClone() {
        return concat(RESOURCE, CLONE);
    }

    /** The meta attributes crmsh accepts on an {@code ms}. */
    public static List<String> forMs() {
        return concat(RESOURCE, CLONE, MS);
    }

    /**
     * crmsh's warning for each name not in {@code allowed}: {@code IDENT: unknown attribute 'NAME'}, in the order
     * given.
     */
    public static List<ValidationProblem> check(String ident, Collection<String> names, Collection<String> allowed) {
        List<ValidationProblem> problems = new ArrayList<>();
        for (String name : names) {
            if (!name.isEmpty() && !allowed.contains(name)) {
                problems.add(ValidationProblem.warning(ident + ": unknown attribute '" + name + "'"));
            }
        }
        return problems;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }
}

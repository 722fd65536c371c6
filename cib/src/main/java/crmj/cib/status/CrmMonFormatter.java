package crmj.cib.status;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Prints a {@link ClusterState} as crm_mon's text output, with Pacemaker's exact tabs, spaces and ordering:
 * the way crm_simulate prints its "Current cluster status" and "Revised Cluster Status" sections (the node
 * list, then the full list of resources, inactive ones included) and the way {@code crm_mon -1} prints the
 * whole status ({@code crm status}).
 */
public final class CrmMonFormatter {
    private CrmMonFormatter() {
    }

    /**
     * crm_simulate's "Current cluster status" section: the title line, {@code   * Node List:} with its items,
     * an empty line, {@code   * Full List of Resources:} with its items (pending operations shown, as
     * crm_simulate shows them by default). Every line ends with a newline.
     */
    public static String currentStatus(ClusterState state) {
        return section(state, "Current cluster status", true);
    }

    /** crm_simulate's "Revised Cluster Status" section (printed without pending operations). */
    public static String revisedStatus(ClusterState state) {
        return section(state, "Revised Cluster Status", false);
    }

    /**
     * A titled section: the title line, then the node list and the full list of resources one level down.
     *
     * @param showPending show pending operations (Starting, Stopping, "(Monitoring)") as crm_mon's
     *                    {@code --pending} does
     */
    public static String section(ClusterState state, String title, boolean showPending) {
        TextOut out = new TextOut();
        out.begin(title);
        body(out, state, showPending);
        out.end();
        return out.toString();
    }

    /** A section's lines without the title line (the nodes and resources at one level of indentation). */
    public static String body(ClusterState state, boolean showPending) {
        TextOut out = new TextOut(1);
        body(out, state, showPending);
        return out.toString();
    }

    private static void body(TextOut out, ClusterState state, boolean showPending) {
        boolean printed = NodeListText.print(out, state);
        new ResourceText(new StatusView(state, showPending, true)).printList(out, printed);
    }

    /**
     * What {@code crm_mon -1} prints (and so {@code crm status}): the cluster summary, the node list, the
     * active resources and the failed resource actions; times in the system's time zone.
     *
     * @param lastUpdated the time shown as "Last updated"
     */
    public static String crmMon(ClusterState state, Instant lastUpdated) {
        return crmMon(state, lastUpdated, ZoneId.systemDefault());
    }

    /** As {@link #crmMon(ClusterState, Instant)}, with times shown in the given zone. */
    public static String crmMon(ClusterState state, Instant lastUpdated, ZoneId zone) {
        return new CrmMonText(state, zone, false).print(lastUpdated);
    }

    /**
     * As {@link #crmMon(ClusterState, Instant, ZoneId)} with {@code inactive} true: {@code crm_mon -1 -r}, the
     * full list of resources (inactive ones included), which is what {@code crm status} shows.
     */
    public static String crmMon(ClusterState state, Instant lastUpdated, ZoneId zone, boolean inactive) {
        return new CrmMonText(state, zone, inactive).print(lastUpdated);
    }

    /**
     * The line crm_simulate prints first when the CIB records the date it was taken at
     * ({@code execution-date}): {@code Using the original execution date of: 2016-04-28 11:50:29Z}, with a
     * newline; empty otherwise.
     */
    public static String executionDateNote(ClusterState state) {
        String value = state.cibAttributes().get("execution-date");
        long seconds = Values.leadingLong(value, Long.MIN_VALUE);
        if (value == null || seconds == Long.MIN_VALUE) {
            return "";
        }
        return "Using the original execution date of: " + java.time.format.DateTimeFormatter
                .ofPattern("yyyy-MM-dd HH:mm:ss'Z'").format(Instant.ofEpochSecond(seconds).atOffset(
                        java.time.ZoneOffset.UTC)) + "\n";
    }

    /**
     * What crm_simulate prints before the current status (after any execution-date note): the
     * maintenance-mode banner and the count of
     * disabled and blocked resource instances, each followed by an empty line; empty when neither applies.
     */
    public static String preamble(ClusterState state) {
        StringBuilder s = new StringBuilder();
        if (state.maintenanceMode()) {
            s.append("\n              *** Resource management is DISABLED ***\n")
                    .append("  The cluster will not attempt to start, stop or recover services\n");
        }
        if (state.disabledInstances() > 0 || state.blockedInstances() > 0) {
            if (s.length() > 0) {
                s.append('\n');
            }
            s.append(state.disabledInstances()).append(" of ").append(state.instances())
                    .append(" resource instances DISABLED and ").append(state.blockedInstances())
                    .append(" BLOCKED from further action due to failure\n");
        }
        if (s.length() > 0) {
            s.append('\n');
        }
        return s.toString();
    }
}

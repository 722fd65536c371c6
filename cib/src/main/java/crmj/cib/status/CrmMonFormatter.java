package crmj.cib.status;

/**
 * Prints a {@link ClusterState} as crm_mon's text output, the way crm_simulate prints its "Current cluster
 * status" and "Revised Cluster Status" sections: the node list, then the full list of resources (inactive
 * ones included), with Pacemaker's exact tabs, spaces and ordering.
 */
public final class CrmMonFormatter {
    private CrmMonFormatter() {
    }

    /**
     * A titled status section as crm_simulate prints it, e.g. {@code section(state, "Current cluster status")}:
     * the title line, {@code   * Node List:} with its items, an empty line, {@code   * Full List of Resources:}
     * with its items. Every line ends with a newline.
     */
    public static String section(ClusterState state, String title) {
        TextOut out = new TextOut();
        out.begin(title);
        body(out, state);
        out.end();
        return out.toString();
    }

    /** The section's lines without the title line (the nodes and resources at one level of indentation). */
    public static String body(ClusterState state) {
        TextOut out = new TextOut(1);
        body(out, state);
        return out.toString();
    }

    private static void body(TextOut out, ClusterState state) {
        boolean printed = NodeListText.print(out, state);
        new ResourceText(new StatusView(state, true)).printList(out, printed);
    }

    /**
     * What crm_simulate prints before the current status: the maintenance-mode banner and the count of
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

package crmj.cib.scheduler;

/**
 * The lines crm_simulate prints under "Executing Cluster Transition:" for the actions it fires (Pacemaker
 * 2.1.5's inject-rsc-action, inject-pseudo-action, inject-cluster-action and inject-fencing-action messages),
 * each with its list item prefix {@code "  * "}.
 */
public final class ExecutionText {
    private static final String ITEM = "  * ";

    private ExecutionText() {
    }

    /** {@code Resource action: rsc1            start on node1}; the interval shown when not 0. */
    public static String resourceAction(String resource, String task, String node, long intervalMs) {
        String op = intervalMs != 0 ? task + "=" + intervalMs : task;
        return ITEM + "Resource action: " + String.format("%-15s", resource) + " " + op + " on " + node;
    }

    /** {@code Pseudo action:   rsc_stop_0}, with {@code on NODE} when the action names a node. */
    public static String pseudoAction(String key, String node) {
        return ITEM + "Pseudo action:   " + key + (node != null ? " on " + node : "");
    }

    /** {@code Cluster action:  do_shutdown on node1}, or {@code ... clear_failcount for rsc on node1}. */
    public static String clusterAction(String task, String resource, String node) {
        return ITEM + "Cluster action:  " + task + (resource != null ? " for " + resource : "") + " on " + node;
    }

    /** {@code Fencing node1 (reboot)}. */
    public static String fencing(String target, String op) {
        return ITEM + "Fencing " + target + " (" + op + ")";
    }

    /** A list item of the "Performing Requested Modifications" section or of the transition. */
    public static String item(String text) {
        return ITEM + text;
    }
}

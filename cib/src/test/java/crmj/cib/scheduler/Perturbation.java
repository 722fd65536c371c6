package crmj.cib.scheduler;

/**
 * A change made to a converged cluster before both schedulers see it.
 *
 * @param kind what changes
 * @param target the node ({@link #PROMOTED_NODE} for the one running a promoted instance) or top-level
 *               resource it applies to
 * @param value the new value (a target role, a result code for a failure), or the primitive a failure hits
 * @param pick which running instance a failure hits, among those found (modulo their number)
 */
record Perturbation(Kind kind, String target, String value, int pick) {
    /** A node target resolved once converged: a node where a promoted instance runs (else the first node). */
    static final String PROMOTED_NODE = "@promoted";

    /** The kinds of change. */
    enum Kind {
        /** Node standby as a transient (status) attribute. */
        STANDBY_TRANSIENT,
        /** Node standby as a node instance attribute. */
        STANDBY_INSTANCE,
        /** The node goes down cleanly ({@code crm_simulate -d}). */
        NODE_DOWN,
        /** A running instance's recurring monitor fails ({@code crm_simulate -i RSC_monitor_MS@NODE=RC}). */
        MONITOR_FAILURE,
        /** The resource's target-role changes. */
        TARGET_ROLE
    }

    @Override
    public String toString() {
        return switch (kind) {
            case STANDBY_TRANSIENT -> "standby " + target + " (transient)";
            case STANDBY_INSTANCE -> "standby " + target + " (node attribute)";
            case NODE_DOWN -> "node " + target + " down";
            case MONITOR_FAILURE -> "monitor of " + target + " fails rc=" + value + " (instance " + pick + ")";
            case TARGET_ROLE -> target + " target-role=" + value;
        };
    }
}

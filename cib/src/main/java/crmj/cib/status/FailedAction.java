package crmj.cib.status;

import java.util.Objects;
import java.util.Optional;

/**
 * A failed (or unexpected) operation recorded in the history, as crm_mon lists under "Failed Resource
 * Actions".
 *
 * @param resource the resource id the failure was recorded for (a clone instance id, e.g. {@code rsc:0})
 * @param operationKey the operation key ({@code rsc_monitor_10000})
 * @param node the node it ran on
 * @param onNode the entry's own {@code on_node} attribute (older histories lack it)
 * @param task the operation (start, stop, monitor, ...)
 * @param intervalMs the operation interval
 * @param rc the agent's exit code
 * @param execStatus the execution status (0 done, 1 cancelled, 2 timeout, ...)
 * @param callId the call id, if recorded
 * @param exitReason the agent's exit reason, if any
 * @param lastRcChange when the result last changed (epoch seconds), if recorded
 * @param execTimeMs how long it ran, if recorded
 * @param queueTimeMs how long it was queued, if recorded
 * @param maskedProbe a probe that found the agent missing or misconfigured (shown as "not installed" etc.)
 */
public record FailedAction(String resource, String operationKey, String node, Optional<String> onNode,
                           String task, long intervalMs,
                           int rc, int execStatus, Optional<String> callId, Optional<String> exitReason,
                           Optional<Long> lastRcChange, Optional<String> execTimeMs, Optional<String> queueTimeMs,
                           boolean maskedProbe) {
    public FailedAction {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(operationKey, "operationKey");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(onNode, "onNode");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(exitReason, "exitReason");
        Objects.requireNonNull(lastRcChange, "lastRcChange");
        Objects.requireNonNull(execTimeMs, "execTimeMs");
        Objects.requireNonNull(queueTimeMs, "queueTimeMs");
    }

    /** True for a probe (a monitor with interval 0). */
    public boolean isProbe() {
        return task.equals("monitor") && intervalMs == 0;
    }
}

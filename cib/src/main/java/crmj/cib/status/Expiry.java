package crmj.cib.status;

/**
 * {@code check_operation_expiry}: whether a history entry is older than the resource's failure timeout with
 * no unexpired fail count (expired failures are ignored), and the fail-count clearing it asks for (an expired
 * fail count; a last failure of a start or monitor whose parameters have changed, decided by the scheduler).
 */
public final class Expiry {
    private Expiry() {
    }

    public static boolean isExpired(WRsc rsc, WNode node, int rc, XmlElement op, WorkingSet ws) {
        String task = OpEntry.task(op);
        long intervalMs = OpEntry.intervalMs(op);
        boolean expired = false;
        Long lastRun = OpEntry.lastChange(op);
        if (rsc.failureTimeout > 0 && lastRun != null) {
            expired = ws.now >= lastRun + rsc.failureTimeout && !ignoreFailureTimeout(rsc, task, intervalMs, ws);
            int unexpired = FailCounts.get(node, rsc, true, op, ws).count();
            if (expired && FailCounts.get(node, rsc, false, op, ws).count() != 0) {
                if (unexpired != 0) {
                    expired = false;
                } else {
                    // the expired fail count is cleared (pe__clear_failcount, "it expired")
                    ws.actionRequests.add(new WorkingSet.ActionRequest(rsc, rsc.id + "_clear_failcount_0",
                            "clear_failcount", node, false));
                }
            }
        }
        String id = op.id();
        if (!expired && id != null && id.endsWith("_last_failure_0")
                && ("start".equals(task) || "monitor".equals(task))) {
            // should_clear_for_param_change: a last failure of a start or monitor whose parameters have
            // changed since has its fail count cleared ("resource parameters have changed")
            ws.actionRequests.add(new WorkingSet.ActionRequest(rsc, rsc.id + "_clear_failcount_0",
                    "clear_failcount", node, false, op));
        }
        if (expired && intervalMs == 0 && "monitor".equals(task)) {
            switch (rc) {
                case OpEntry.OCF_OK, OpEntry.OCF_NOT_RUNNING, OpEntry.OCF_RUNNING_PROMOTED, OpEntry.OCF_DEGRADED,
                        OpEntry.OCF_DEGRADED_PROMOTED:
                    expired = false;
                    break;
                default:
                    break;
            }
        }
        return expired;
    }

    /** A remote connection's recurring monitor failure stays until the remote node is fenced. */
    private static boolean ignoreFailureTimeout(WRsc rsc, String task, long intervalMs, WorkingSet ws) {
        if (rsc.remoteReconnectMs != 0 && ws.options.stonithEnabled && intervalMs != 0 && "monitor".equals(task)) {
            WNode remote = ws.findNode(rsc.id);
            return remote != null && !remote.remoteWasFenced;
        }
        return false;
    }
}

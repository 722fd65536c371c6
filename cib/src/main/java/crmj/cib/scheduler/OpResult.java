package crmj.cib.scheduler;

import java.util.Map;
import java.util.Objects;

/**
 * The result of one executed resource operation, as the executor reports it and as it goes into the
 * status section's operation history ({@code lrm_rsc_op}).
 *
 * @param rscId the resource id the operation ran for (the history's operation keys are built from it)
 * @param task the operation (start, stop, monitor, notify, migrate_to, ...)
 * @param intervalMs its interval in milliseconds
 * @param rc the agent's exit code
 * @param callId the call id (one more than any in the resource's history)
 * @param exitReason the exit reason recorded when the operation failed
 * @param params the action's parameters ({@code CRM_meta_*} included), empty when there are none
 * @param time the time it ran at, in seconds since the epoch
 */
record OpResult(String rscId, String task, long intervalMs, int rc, int callId, String exitReason,
                Map<String, String> params, long time) {
    /** Pacemaker's CRM_FEATURE_SET (2.1.5), recorded with each result. */
    static final String FEATURE_SET = "3.16.1";
    private static final String FAKE_TE_ID = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";

    OpResult {
        Objects.requireNonNull(rscId, "rscId");
        Objects.requireNonNull(task, "task");
        params = Map.copyOf(params);
    }

    /** The call id to use for a new operation of a resource: one more than any in its history. */
    static int nextCallId(XmlTree lrmResource) {
        int max = 0;
        for (XmlTree op : lrmResource.elements()) {
            max = Math.max(max, leadingInt(op.attr("call-id")));
        }
        return max + 1;
    }

    /**
     * Records the result in a resource's history as Pacemaker's {@code pcmk__create_history_xml} does: the
     * {@code _last_0} entry (or {@code _last_failure_0} and {@code _last_0} for a failed one-shot operation),
     * the interval key for recurring ones, the notify key for notifications, the operation key for
     * migrations; an existing entry with the same id is updated in place.
     *
     * @param targetRc the result the scheduler expected
     * @param origin the {@code crm-debug-origin} to record
     */
    void record(XmlTree lrmResource, int targetRc, String origin) {
        String task = task();
        int resultRc = rc;
        if (task.equals("reload") || task.equals("reload-agent")) {
            task = "start";
        }
        String key = opKey(rscId, task, intervalMs);
        String exit = null;
        String id;
        String second = null;
        if (task.equals("notify")) {
            id = rscId + "_" + meta("notify_type") + "_notify_" + meta("notify_operation") + "_0";
            resultRc = 0;
        } else if (task.equals("migrate_to") || task.equals("migrate_from")) {
            id = key;
        } else if (rc != targetRc) {
            id = opKey(rscId, "last_failure", 0);
            second = intervalMs == 0 ? opKey(rscId, "last", 0) : null;
            exit = exitReason;
        } else if (intervalMs > 0) {
            id = key;
        } else {
            id = opKey(rscId, "last", 0);
        }
        write(entry(lrmResource, id), id, key, task, targetRc, resultRc, exit, origin);
        if (second != null) {
            write(entry(lrmResource, second), second, key, task, targetRc, resultRc, exit, origin);
        }
    }

    private static XmlTree entry(XmlTree lrmResource, String id) {
        return lrmResource.elements("lrm_rsc_op").stream().filter(o -> id.equals(o.attr("id"))).findFirst()
                .orElseGet(() -> lrmResource.add(XmlTree.element("lrm_rsc_op")));
    }

    private void write(XmlTree op, String id, String key, String task, int targetRc, int resultRc, String exit,
                       String origin) {
        String transitionKey = callId + ":-1:" + targetRc + ":" + FAKE_TE_ID;
        op.set("id", id).set("operation_key", key).set("operation", task).set("crm-debug-origin", origin)
                .set("crm_feature_set", FEATURE_SET).set("transition-key", transitionKey)
                .set("transition-magic", "0:" + resultRc + ";" + transitionKey)
                .set("exit-reason", exit == null ? "" : exit)
                .set("call-id", Integer.toString(callId)).set("rc-code", Integer.toString(resultRc))
                .set("op-status", "0").set("interval", Long.toString(intervalMs))
                .set("last-rc-change", Long.toString(time)).set("exec-time", "0").set("queue-time", "0");
        if (task().equals("migrate_to") || task().equals("migrate_from")) {
            op.set("migrate_source", meta("migrate_source")).set("migrate_target", meta("migrate_target"));
        }
    }

    private String meta(String name) {
        return params.get("CRM_meta_" + name);
    }

    /** Pacemaker's operation key: {@code rsc_task_interval}. */
    static String opKey(String rsc, String task, long intervalMs) {
        return rsc + "_" + task + "_" + intervalMs;
    }

    static int leadingInt(String s) {
        if (s == null) {
            return 0;
        }
        int i = 0;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        try {
            return i == 0 ? 0 : Integer.parseInt(s.substring(0, i));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

package crmj.cib.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Readings of {@code lrm_rsc_op} history entries: result codes, keys, probes, and their age order. */
public final class OpEntry {
    /** OCF exit codes used in the history. */
    public static final int OCF_OK = 0;
    public static final int OCF_NOT_INSTALLED = 5;
    public static final int OCF_INVALID_PARAM = 2;
    public static final int OCF_UNIMPLEMENT_FEATURE = 3;
    public static final int OCF_INSUFFICIENT_PRIV = 4;
    public static final int OCF_NOT_CONFIGURED = 6;
    public static final int OCF_NOT_RUNNING = 7;
    public static final int OCF_RUNNING_PROMOTED = 8;
    public static final int OCF_FAILED_PROMOTED = 9;
    public static final int OCF_DEGRADED = 190;
    public static final int OCF_DEGRADED_PROMOTED = 191;

    /** Execution status codes ({@code PCMK_EXEC_*}). */
    public static final int EXEC_UNKNOWN = -2;
    public static final int EXEC_PENDING = -1;
    public static final int EXEC_DONE = 0;
    public static final int EXEC_CANCELLED = 1;
    public static final int EXEC_TIMEOUT = 2;
    public static final int EXEC_NOT_SUPPORTED = 3;
    public static final int EXEC_ERROR = 4;
    public static final int EXEC_ERROR_HARD = 5;
    public static final int EXEC_ERROR_FATAL = 6;
    public static final int EXEC_NOT_INSTALLED = 7;
    public static final int EXEC_NOT_CONNECTED = 8;
    public static final int EXEC_INVALID = 9;
    public static final int EXEC_NO_FENCE_DEVICE = 10;
    public static final int EXEC_NO_SECRETS = 11;
    public static final int EXEC_MAX = EXEC_NO_SECRETS;

    private OpEntry() {
    }

    public static String task(XmlElement op) {
        return op.attr("operation");
    }

    public static int rc(XmlElement op) {
        return Values.intValue(op.attr("rc-code"), 0);
    }

    public static int status(XmlElement op) {
        return Values.intValue(op.attr("op-status"), EXEC_UNKNOWN);
    }

    public static int callId(XmlElement op) {
        return Values.intValue(op.attr("call-id"), 0);
    }

    public static long intervalMs(XmlElement op) {
        return Values.leadingLong(op.attr("interval"), 0);
    }

    /** The operation key ({@code operation_key}, else the entry's id). */
    public static String key(XmlElement op) {
        String key = op.attr("operation_key");
        return key != null ? key : op.id();
    }

    /** {@code pcmk_xe_is_probe}: a monitor with interval 0. */
    public static boolean isProbe(XmlElement op) {
        return "monitor".equals(task(op)) && Values.minInt(op.attr("interval"), 0) == 0;
    }

    /** {@code pcmk_xe_mask_probe_failure}: a probe that found the agent missing or misconfigured. */
    public static boolean isMaskedProbeFailure(XmlElement op) {
        if (!isProbe(op)) {
            return false;
        }
        int rc = Values.intValue(op.attr("rc-code"), OCF_OK);
        int status = Values.intValue(op.attr("op-status"), EXEC_UNKNOWN);
        return rc == OCF_NOT_INSTALLED || rc == OCF_INVALID_PARAM || status == EXEC_NOT_INSTALLED;
    }

    /** The expected result from the transition key, or -1. */
    public static int targetRc(XmlElement op) {
        String key = op.attr("transition-key");
        if (key == null) {
            return -1;
        }
        String[] parts = key.split(":", 4);
        if (parts.length < 4) {
            return -1;
        }
        return Values.intValue(parts[2], -1);
    }

    /** {@code pcmk__effective_rc}: degraded results count as their plain counterparts. */
    public static int effectiveRc(int rc) {
        if (rc == OCF_DEGRADED) {
            return OCF_OK;
        }
        if (rc == OCF_DEGRADED_PROMOTED) {
            return OCF_RUNNING_PROMOTED;
        }
        return rc;
    }

    /** The entry's last-rc-change in epoch seconds, or null. */
    public static Long lastChange(XmlElement op) {
        String v = op.attr("last-rc-change");
        if (v == null) {
            return null;
        }
        long l = Values.leadingLong(v, Long.MIN_VALUE);
        return l == Long.MIN_VALUE ? null : l;
    }

    /** History entries sorted oldest first, as {@code sort_op_by_callid} orders a prepended list. */
    public static List<XmlElement> sortedByAge(List<XmlElement> inDocumentOrder) {
        List<XmlElement> prepended = new ArrayList<>(inDocumentOrder);
        Collections.reverse(prepended);
        return GSort.sort(prepended, (a, b) -> OpAge.compare(a, b, true));
    }
}

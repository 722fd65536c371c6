package crmj.cib.status;

import java.time.ZoneId;

/** crm_mon's "Failed Resource Actions" in its friendly form ({@code failed_action_friendly}). */
public final class FailedActionText {
    private final ClusterState state;
    private final ZoneId zone;

    public FailedActionText(ClusterState state, ZoneId zone) {
        this.state = state;
        this.zone = zone;
    }

    public void print(TextOut out) {
        boolean header = false;
        for (FailedAction f : state.failedActions()) {
            if (f.maskedProbe() || OpKey.parse(f.operationKey()) == null) {
                continue;
            }
            if (!header) {
                out.spacer();
                out.begin("Failed Resource Actions");
                header = true;
            }
            out.item(line(f));
        }
        if (header) {
            out.end();
        }
    }

    private String line(FailedAction f) {
        OpKey key = OpKey.parse(f.operationKey());
        String node = f.node().isEmpty() ? "unknown node" : f.node();
        StringBuilder s = new StringBuilder(key.rscId()).append(' ');
        if (key.intervalMs() != 0) {
            s.append(readableInterval(key.intervalMs())).append("-interval ");
        }
        String task = key.intervalMs() == 0 && key.task().equalsIgnoreCase("monitor") ? "probe" : key.task();
        s.append(task).append(" on ").append(node);
        String reason = f.exitReason().orElse("");
        int status = Math.max(0, f.execStatus());
        if (status == OpEntry.EXEC_DONE) {
            s.append(" returned '").append(StatusView.exitText(Math.max(0, f.rc()))).append('\'');
            if (!reason.isEmpty()) {
                s.append(" (").append(reason).append(')');
            }
        } else {
            s.append(" could not be executed (").append(execStatusText(status));
            if (!reason.isEmpty()) {
                s.append(": ").append(reason);
            }
            s.append(')');
        }
        f.lastRcChange().ifPresent(t -> s.append(" at ").append(CrmMonText.ctime(t, zone)));
        int exec = Values.minInt(f.execTimeMs().orElse(null), 0);
        if (exec > 0) {
            s.append(" after ").append(readableInterval(exec));
        }
        return s.toString();
    }

    /** {@code pcmk__readable_interval}: e.g. 1d2h3m4.005s, 10s, 500ms. */
    public static String readableInterval(long msIn) {
        long ms = msIn;
        StringBuilder s = new StringBuilder();
        long[] units = {86_400_000, 3_600_000, 60_000};
        String[] names = {"d", "h", "m"};
        for (int i = 0; i < units.length; i++) {
            if (ms > units[i]) {
                s.append(ms / units[i]).append(names[i]);
                ms -= (ms / units[i]) * units[i];
            }
        }
        if (ms > 1000) {
            s.append(ms / 1000);
            ms -= (ms / 1000) * 1000;
            if (ms > 0) {
                s.append(String.format(".%03d", ms));
            }
            s.append('s');
        } else if (ms > 0) {
            s.append(ms).append("ms");
        } else if (s.length() == 0) {
            s.append("0s");
        }
        return s.toString();
    }

    /** {@code pcmk_exec_status_str}. */
    public static String execStatusText(int status) {
        switch (status) {
            case -1: return "pending";
            case 0: return "complete";
            case 1: return "Cancelled";
            case 2: return "Timed Out";
            case 3: return "NOT SUPPORTED";
            case 4: return "Error";
            case 5: return "Hard error";
            case 6: return "Fatal error";
            case 7: return "Not installed";
            case 8: return "Internal communication failure";
            case 9: return "Cannot execute now";
            case 10: return "No fence device";
            case 11: return "CIB secrets unavailable";
            default: return "UNKNOWN!";
        }
    }
}

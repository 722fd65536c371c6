package crmj.cib.status;

import crmj.cib.status.OnFail.Response;
import crmj.cib.status.WRsc.Flag;

/**
 * Replays one history entry on a resource ({@code unpack_rsc_op}): expiry of old failures, remapping of the
 * result against the expected one, then either the new state or the failure handling.
 */
public final class OpUnpacker {
    /** What accumulates over one resource's history on one node. */
    public static final class State {
        XmlElement lastFailure;
        Response onFail = Response.IGNORE;
    }

    private final WorkingSet ws;
    private final OpOutcome outcome;

    public OpUnpacker(WorkingSet ws) {
        this.ws = ws;
        this.outcome = new OpOutcome(ws);
    }

    public void unpack(WRsc rsc, WNode node, XmlElement op, State st) {
        int targetRc = OpEntry.targetRc(op);
        String taskKey = OpEntry.key(op);
        String task = OpEntry.task(op);
        int rc = OpEntry.rc(op);
        int status = OpEntry.status(op);
        long intervalMs = OpEntry.intervalMs(op);
        if (task == null || status < OpEntry.EXEC_PENDING || status > OpEntry.EXEC_MAX) {
            return;
        }
        if (task.equals("notify") || task.equals("meta-data")) {
            return;
        }
        WRsc parent = rsc.is(Flag.UNIQUE) ? rsc : rsc.uberParent();
        boolean expired = status != OpEntry.EXEC_NOT_INSTALLED && Expiry.isExpired(rsc, node, rc, op, ws);
        int oldRc = rc;
        int[] remapped = outcome.remap(op, rsc, node, st, targetRc, rc, status);
        rc = remapped[0];
        status = remapped[1];
        boolean maskable = !rsc.isBundled() && OpEntry.isMaskedProbeFailure(op);
        if (expired && maskable && oldRc != targetRc) {
            if (rsc.role.compareTo(Role.STOPPED) <= 0) {
                rsc.role = Role.UNKNOWN;
            }
            return;
        } else if (expired && rc != targetRc) {
            if (intervalMs == 0) {
                return;
            }
            if (node.online && !node.unclean) {
                // Pacemaker reschedules the recurring monitor by forcing a restart digest mismatch, which
                // pcmk__check_action_config then acts on (a restart of the monitor alone)
                op.setAttr("op-restart-digest", "calculated-failure-timeout");
                return;
            }
        }
        if (maskable) {
            outcome.update(rsc, node, op, task, targetRc, st);
            outcome.recordFailed(op, node, rsc);
            parent.addScore(node, -Values.INFINITY);
            return;
        }
        switch (status) {
            case OpEntry.EXEC_CANCELLED:
                return;
            case OpEntry.EXEC_PENDING:
                pending(rsc, node, op, task, intervalMs);
                return;
            case OpEntry.EXEC_DONE:
                outcome.update(rsc, node, op, task, rc, st);
                return;
            case OpEntry.EXEC_NOT_INSTALLED:
                if (outcome.onFail(rsc, taskKey, task).response() == Response.IGNORE) {
                    st.onFail = Response.MIGRATE;
                }
                parent.addScore(node, -Values.INFINITY);
                outcome.failure(rsc, node, rc, op, st);
                return;
            case OpEntry.EXEC_NOT_CONNECTED:
                if (node.isGuestOrRemote() && node.remoteRsc != null && node.remoteRsc.is(Flag.MANAGED)) {
                    node.remoteRsc.set(Flag.FAILED);
                    node.remoteRsc.set(Flag.STOP);
                }
                break;
            case OpEntry.EXEC_NO_FENCE_DEVICE, OpEntry.EXEC_NO_SECRETS:
                status = OpEntry.EXEC_ERROR_HARD;
                break;
            default:
                break;
        }
        failed(rsc, node, op, st, task, taskKey, rc, targetRc, status, parent);
    }

    private void failed(WRsc rsc, WNode node, XmlElement op, State st, String task, String taskKey, int rc,
                        int targetRc, int status, WRsc parent) {
        Response strategy = outcome.onFail(rsc, taskKey, task).response();
        if (strategy == Response.IGNORE || (strategy == Response.RESTART_CONTAINER && task.equals("stop"))) {
            outcome.update(rsc, node, op, task, targetRc, st);
            rsc.set(Flag.FAILURE_IGNORED);
            outcome.recordFailed(op, node, rsc);
            if (strategy == Response.RESTART_CONTAINER && st.onFail.compareTo(Response.RECOVER) <= 0) {
                st.onFail = strategy;
            }
            return;
        }
        outcome.failure(rsc, node, rc, op, st);
        if (status == OpEntry.EXEC_ERROR_HARD) {
            parent.addScore(node, -Values.INFINITY);
        } else if (status == OpEntry.EXEC_ERROR_FATAL) {
            ws.locationAll(parent, -Values.INFINITY);
        }
    }

    private void pending(WRsc rsc, WNode node, XmlElement op, String task, long intervalMs) {
        if (task.equals("start")) {
            rsc.set(Flag.START_PENDING);
            OpOutcome.setActive(rsc);
        } else if (task.equals("promote")) {
            rsc.role = Role.PROMOTED;
        }
        if (rsc.pendingTask == null && (intervalMs != 0 || !task.equals("monitor"))) {
            rsc.pendingTask = task;
            rsc.pendingNode = node;
        }
    }
}

package crmj.cib.status;

import crmj.cib.status.OnFail.Response;
import crmj.cib.status.WRsc.Flag;

/**
 * The effect of one history entry: result remapping ({@code remap_operation}), the resulting role
 * ({@code update_resource_state}) and failure handling ({@code unpack_rsc_op_failure}).
 */
public final class OpOutcome {
    private final WorkingSet ws;
    private final OnFail onFail;
    private final Migrations migrations;

    public OpOutcome(WorkingSet ws) {
        this.ws = ws;
        this.onFail = new OnFail(ws);
        this.migrations = new Migrations(ws);
    }

    public OnFail.Outcome onFail(WRsc rsc, String key, String task) {
        return onFail.of(rsc, key, task);
    }

    /** {@code set_active}: started, or unpromoted in a promotable clone. */
    public static void setActive(WRsc rsc) {
        rsc.role = rsc.uberParent().is(Flag.PROMOTABLE) ? Role.UNPROMOTED : Role.STARTED;
    }

    /** {@code remap_operation}: the result code and execution status as the scheduler sees them. */
    public int[] remap(XmlElement op, WRsc rsc, WNode node, OpUnpacker.State st, int targetRc, int rcIn, int statusIn) {
        int rc = rcIn;
        int status = statusIn;
        String task = OpEntry.task(op);
        if ("monitor".equals(task)) {
            int remapped = OpEntry.effectiveRc(rc);
            if (rc != remapped) {
                if (!node.shutdown || node.online) {
                    recordFailed(op, node, rsc);
                }
                rc = remapped;
            }
        }
        if (!rsc.isBundled() && OpEntry.isMaskedProbeFailure(op)) {
            status = OpEntry.EXEC_DONE;
            rc = OpEntry.OCF_NOT_RUNNING;
        }
        if (status != OpEntry.EXEC_DONE && status != OpEntry.EXEC_ERROR) {
            return new int[] {rc, status};
        }
        status = OpEntry.EXEC_DONE;
        boolean probe = OpEntry.isProbe(op);
        if (targetRc < 0 || targetRc != rc) {
            status = OpEntry.EXEC_ERROR;
        }
        switch (rc) {
            case OpEntry.OCF_OK:
                if (probe && targetRc == OpEntry.OCF_NOT_RUNNING) {
                    status = OpEntry.EXEC_DONE;
                }
                break;
            case OpEntry.OCF_NOT_RUNNING:
                if (probe || targetRc == rc || !rsc.is(Flag.MANAGED)) {
                    status = OpEntry.EXEC_DONE;
                    rsc.role = Role.STOPPED;
                    st.onFail = Response.IGNORE;
                    rsc.nextRole = Role.UNKNOWN;
                }
                break;
            case OpEntry.OCF_RUNNING_PROMOTED:
                if (probe && rc != targetRc) {
                    status = OpEntry.EXEC_DONE;
                }
                rsc.role = Role.PROMOTED;
                break;
            case OpEntry.OCF_DEGRADED_PROMOTED, OpEntry.OCF_FAILED_PROMOTED:
                rsc.role = Role.PROMOTED;
                status = OpEntry.EXEC_ERROR;
                break;
            case OpEntry.OCF_NOT_CONFIGURED:
                status = OpEntry.EXEC_ERROR_FATAL;
                break;
            case OpEntry.OCF_UNIMPLEMENT_FEATURE:
                if (OpEntry.intervalMs(op) == 0) {
                    checkRecoverable(rsc, node, task);
                    status = OpEntry.EXEC_ERROR_HARD;
                } else {
                    status = OpEntry.EXEC_NOT_SUPPORTED;
                }
                break;
            case OpEntry.OCF_NOT_INSTALLED, OpEntry.OCF_INVALID_PARAM, OpEntry.OCF_INSUFFICIENT_PRIV:
                checkRecoverable(rsc, node, task);
                status = OpEntry.EXEC_ERROR_HARD;
                break;
            default:
                if (status == OpEntry.EXEC_DONE) {
                    status = OpEntry.EXEC_ERROR;
                }
                break;
        }
        return new int[] {rc, status};
    }

    /** {@code check_recoverable}: a failed stop that fencing cannot clean up blocks the resource. */
    private void checkRecoverable(WRsc rsc, WNode node, String task) {
        if (!"stop".equals(task) || ws.canFence(node)) {
            return;
        }
        rsc.clear(Flag.MANAGED);
        rsc.set(Flag.BLOCK);
    }

    /** {@code update_resource_state}: the role after a successful (or ignored) operation. */
    public void update(WRsc rsc, WNode node, XmlElement op, String task, int rc, OpUnpacker.State st) {
        boolean clearPastFailure = false;
        if (rc == OpEntry.OCF_NOT_INSTALLED || (!rsc.isBundled() && OpEntry.isMaskedProbeFailure(op))) {
            rsc.role = Role.STOPPED;
        } else if (rc == OpEntry.OCF_NOT_RUNNING) {
            clearPastFailure = true;
        } else if ("monitor".equals(task)) {
            if (st.lastFailure != null && OpEntry.key(op).equalsIgnoreCase(OpEntry.key(st.lastFailure))) {
                clearPastFailure = true;
            }
            if (rsc.role.compareTo(Role.STARTED) < 0) {
                setActive(rsc);
            }
        } else if ("start".equals(task) || "migrate_from".equals(task)) {
            rsc.role = Role.STARTED;
            clearPastFailure = true;
        } else if ("stop".equals(task)) {
            rsc.role = Role.STOPPED;
            clearPastFailure = true;
        } else if ("promote".equals(task)) {
            rsc.role = Role.PROMOTED;
            clearPastFailure = true;
        } else if ("demote".equals(task)) {
            if (st.onFail == Response.DEMOTE) {
                clearPastFailure = true;
            }
            rsc.role = Role.UNPROMOTED;
        } else if ("migrate_to".equals(task)) {
            migrations.migrateToSuccess(rsc, node, op);
        } else if (rsc.role.compareTo(Role.STARTED) < 0) {
            setActive(rsc);
        }
        if (clearPastFailure) {
            clearPastFailure(rsc, st);
        }
    }

    private static void clearPastFailure(WRsc rsc, OpUnpacker.State st) {
        switch (st.onFail) {
            case STOP, FENCE, MIGRATE, STANDBY:
                break;
            case RESET_REMOTE:
                if (rsc.remoteReconnectMs == 0) {
                    st.onFail = Response.IGNORE;
                    rsc.nextRole = Role.UNKNOWN;
                }
                break;
            default:
                st.onFail = Response.IGNORE;
                rsc.nextRole = Role.UNKNOWN;
                break;
        }
    }

    /** {@code unpack_rsc_op_failure}. */
    public void failure(WRsc rsc, WNode node, int rc, XmlElement op, OpUnpacker.State st) {
        String task = OpEntry.task(op);
        st.lastFailure = op;
        boolean probe = OpEntry.isProbe(op);
        if (ws.options.symmetric || rc != OpEntry.OCF_NOT_INSTALLED) {
            recordFailed(op, node, rsc);
        }
        OnFail.Outcome action = onFail(rsc, OpEntry.key(op), task);
        if (st.onFail.compareTo(action.response()) < 0) {
            st.onFail = action.response();
        }
        if ("stop".equals(task)) {
            rsc.addScore(node, -Values.INFINITY);
        } else if ("migrate_to".equals(task)) {
            migrations.migrateToFailure(rsc, node, op);
        } else if ("migrate_from".equals(task)) {
            migrations.migrateFromFailure(rsc, node, op);
        } else if ("promote".equals(task)) {
            rsc.role = Role.PROMOTED;
        } else if ("demote".equals(task)) {
            if (action.response() == Response.BLOCK) {
                rsc.role = Role.PROMOTED;
                rsc.nextRole = Role.STOPPED;
            } else if (rc == OpEntry.OCF_NOT_RUNNING) {
                rsc.role = Role.STOPPED;
            } else {
                rsc.role = Role.UNPROMOTED;
            }
        }
        if (probe && rc == OpEntry.OCF_NOT_INSTALLED) {
            rsc.role = Role.STOPPED;
        } else if (rsc.role.compareTo(Role.STARTED) < 0) {
            setActive(rsc);
        }
        if (action.failRole() != Role.STARTED && rsc.nextRole.compareTo(action.failRole()) < 0) {
            rsc.nextRole = action.failRole();
        }
        if (action.failRole() == Role.STOPPED) {
            WRsc failRsc = rsc;
            if (rsc.parent != null && rsc.uberParent().isAnonClone()) {
                failRsc = rsc.uberParent();
            }
            failRsc.allowedNodes.clear();
            for (WNode n : ws.nodes) {
                failRsc.allowedNodes.put(n.id, -Values.INFINITY);
            }
        }
    }

    /** {@code record_failed_op}: remembers a failed entry once per key and node (online nodes only). */
    public void recordFailed(XmlElement op, WNode node, WRsc rsc) {
        if (!node.online) {
            return;
        }
        String key = op.attr("operation_key");
        for (XmlElement f : ws.failed) {
            String fk = f.attr("operation_key");
            boolean sameKey = key == null ? fk == null : key.equalsIgnoreCase(fk);
            if (sameKey && node.uname.equalsIgnoreCase(f.attr("uname"))) {
                return;
            }
        }
        op.setAttr("uname", node.uname);
        op.setAttr("rsc-id", rsc.id);
        ws.failed.add(op.copy());
    }
}

package crmj.cib.status;

import crmj.cib.status.OnFail.Response;
import crmj.cib.status.WRsc.Flag;

/**
 * Settles a resource on a node after its history is replayed ({@code process_rsc_state}) and records where
 * it runs ({@code native_add_running}).
 */
public final class Placement {
    private final WorkingSet ws;

    public Placement(WorkingSet ws) {
        this.ws = ws;
    }

    public void process(WRsc rsc, WNode node, Response onFailIn) {
        Response onFail = onFailIn;
        if (rsc.role != Role.UNKNOWN) {
            for (WRsc iter = rsc; iter != null; iter = iter.parent) {
                iter.knownOn.putIfAbsent(node.id, node);
                if (iter.is(Flag.UNIQUE)) {
                    break;
                }
            }
        }
        if (rsc.role.isAfter(Role.STOPPED) && !node.online && !node.maintenance && rsc.is(Flag.MANAGED)) {
            fenceForActive(rsc, node);
        }
        Response saved = onFail;
        if (node.unclean) {
            onFail = Response.IGNORE;
        }
        applyOnFail(rsc, node, onFail);
        if (rsc.is(Flag.FAILED) && rsc.isRemoteNode) {
            WNode remote = ws.findNode(rsc.id);
            if (remote != null && remote.unclean) {
                remote.unseen = false;
            }
        }
        if (rsc.role != Role.STOPPED && rsc.role != Role.UNKNOWN) {
            addRunning(rsc, node, saved != Response.IGNORE);
            if (onFail == Response.DEMOTE || onFail == Response.BLOCK) {
                rsc.set(Flag.FAILED);
            } else if (onFail != Response.IGNORE) {
                rsc.set(Flag.FAILED);
                rsc.set(Flag.STOP);
            }
        } else if (rsc.cloneName != null && rsc.cloneName.indexOf(':') >= 0) {
            rsc.cloneName = null;
        }
        if (rsc.role == Role.STOPPED && rsc.partialMigrationSource == node && rsc.partialMigrationTarget != null
                && !rsc.runningOn.isEmpty()) {
            rsc.role = Role.STARTED;
        }
    }

    private void fenceForActive(WRsc rsc, WNode node) {
        boolean shouldFence = false;
        if (node.isGuest()) {
            rsc.set(Flag.FAILED);
            rsc.set(Flag.STOP);
            shouldFence = true;
        } else if (ws.options.stonithEnabled) {
            if (node.isRemote() && node.remoteRsc != null && !node.remoteRsc.is(Flag.FAILED)) {
                node.unseen = true;
            }
            shouldFence = true;
        }
        if (shouldFence) {
            Fencing.fenceNode(ws, node, rsc.id + " is thought to be active there");
        }
    }

    private void applyOnFail(WRsc rsc, WNode node, Response onFail) {
        switch (onFail) {
            case DEMOTE:
                rsc.set(Flag.FAILED);
                request(rsc, "demote", node);
                break;
            case FENCE:
                Fencing.fenceNode(ws, node, rsc.id + " failed there");
                break;
            case STANDBY:
                node.standby = true;
                node.standbyOnFail = true;
                break;
            case BLOCK:
                rsc.clear(Flag.MANAGED);
                rsc.set(Flag.BLOCK);
                break;
            case MIGRATE:
                rsc.addScore(node, -Values.INFINITY);
                break;
            case STOP:
                rsc.nextRole = Role.STOPPED;
                break;
            case RECOVER:
                if (rsc.role != Role.STOPPED && rsc.role != Role.UNKNOWN) {
                    rsc.set(Flag.FAILED);
                    rsc.set(Flag.STOP);
                    request(rsc, "stop", node);
                }
                break;
            case RESTART_CONTAINER:
                rsc.set(Flag.FAILED);
                rsc.set(Flag.STOP);
                if (rsc.container != null && rsc.isBundled()) {
                    ws.stopNeeded.add(0, rsc.container);
                } else if (rsc.container != null) {
                    request(rsc.container, "stop", node);
                } else if (rsc.role != Role.STOPPED && rsc.role != Role.UNKNOWN) {
                    request(rsc, "stop", node);
                }
                break;
            case RESET_REMOTE:
                resetRemote(rsc);
                break;
            default:
                break;
        }
    }

    /** Records a required action the scheduler creates first, as unpacking does in Pacemaker. */
    private void request(WRsc rsc, String task, WNode node) {
        ws.actionRequests.add(new WorkingSet.ActionRequest(rsc, rsc.id + "_" + task + "_0", task, node, false));
    }

    private void resetRemote(WRsc rsc) {
        rsc.set(Flag.FAILED);
        rsc.set(Flag.STOP);
        if (ws.options.stonithEnabled && rsc.isRemoteNode) {
            WNode remote = ws.findNode(rsc.id);
            if (remote != null && remote.isRemote() && !remote.remoteWasFenced) {
                Fencing.fenceNode(ws, remote, "remote connection is unrecoverable");
            }
        }
        if (rsc.remoteReconnectMs != 0) {
            rsc.nextRole = Role.STOPPED;
        }
    }

    /** {@code native_add_running}. */
    public void addRunning(WRsc rsc, WNode node, boolean failed) {
        for (WNode n : rsc.runningOn) {
            if (n.id.equalsIgnoreCase(node.id)) {
                return;
            }
        }
        rsc.runningOn.add(node);
        if (rsc.variant == WRsc.Variant.NATIVE) {
            node.runningRsc.add(rsc);
            if (node.maintenance) {
                rsc.clear(Flag.MANAGED);
            }
        }
        if (!rsc.is(Flag.MANAGED)) {
            rsc.addScore(node, Values.INFINITY);
            for (WRsc p = rsc.parent; p != null && node.online; p = p.parent) {
                p.runningOn.add(node);
            }
            return;
        }
        if (rsc.variant == WRsc.Variant.NATIVE && activeCount(rsc) > 1) {
            multiplyActive(rsc);
        }
        if (rsc.parent != null) {
            addRunning(rsc.parent, node, false);
        }
    }

    /** {@code pe__find_active_requires} count: clean nodes unless the resource needs fencing. */
    private static int activeCount(WRsc rsc) {
        int count = 0;
        for (WNode n : rsc.runningOn) {
            if (rsc.is(Flag.NEEDS_FENCING) || (n.online && !n.unclean)) {
                count++;
            }
        }
        return count;
    }

    private void multiplyActive(WRsc rsc) {
        if (rsc.recovery == WRsc.Recovery.STOP_ONLY) {
            rsc.allowedNodes.clear();
            for (WNode n : ws.nodes) {
                rsc.allowedNodes.put(n.id, -Values.INFINITY);
            }
        } else if (rsc.recovery == WRsc.Recovery.BLOCK) {
            rsc.clear(Flag.MANAGED);
            rsc.set(Flag.BLOCK);
            WRsc p = rsc.parent;
            if (p != null && (p.variant == WRsc.Variant.GROUP || p.variant == WRsc.Variant.BUNDLE)
                    && p.recovery == WRsc.Recovery.BLOCK) {
                for (WRsc c : p.children) {
                    c.clear(Flag.MANAGED);
                    c.set(Flag.BLOCK);
                }
            }
        }
    }
}

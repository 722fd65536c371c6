package crmj.cib.scheduler;

import crmj.cib.status.Role;
import crmj.cib.status.WNode;
import crmj.cib.status.WRsc;
import crmj.cib.status.WRsc.Flag;

import java.util.ArrayList;
import java.util.List;

/** The "Transition Summary" lines crm_simulate prints ({@code pcmk__output_actions}, {@code rsc_action_item}). */
final class Summary {
    private final Sched s;
    private final List<String> lines = new ArrayList<>();
    private int rscWidth = 5;
    private int detailWidth = 5;

    private Summary(Sched s) {
        this.s = s;
    }

    /**
     * The summary lines. The scheduler logs the actions once before crm_simulate prints them, and the column
     * widths ({@code static} in Pacemaker) have grown to fit every line by then: so two passes.
     */
    static List<String> of(Sched s) {
        Summary out = new Summary(s);
        out.pass();
        out.lines.clear();
        out.pass();
        return out.lines;
    }

    private void pass() {
        nodeActions();
        for (WRsc r : s.ws.resources) {
            resource(r);
        }
    }

    private void nodeActions() {
        for (Act a : s.newestFirst()) {
            if (a.rsc != null || a.is(Act.OPTIONAL)) {
                continue;
            }
            String task;
            if (a.task.equalsIgnoreCase("do_shutdown")) {
                task = "Shutdown";
            } else if (a.task.equalsIgnoreCase("stonith")) {
                task = "Fence (" + a.meta.get("stonith_action") + ")";
            } else {
                continue;
            }
            String node = a.node == null ? null : a.node.isGuest()
                    ? a.node.uname + " (resource: " + a.node.remoteRsc.container.id + ")" : a.node.uname;
            if (a.reason != null) {
                lines.add("  * " + task + " " + node + " '" + a.reason + "'");
            }
        }
    }

    private void resource(WRsc rsc) {
        if (!rsc.children.isEmpty()) {
            for (WRsc c : rsc.children) {
                resource(c);
            }
            return;
        }
        WNode next = s.rs(rsc).allocatedTo;
        WNode current = null;
        if (!rsc.runningOn.isEmpty()) {
            current = Sched.currentNode(rsc);
            if (rsc.role == Role.STOPPED) {
                rsc.role = Role.STARTED;
            }
        }
        if (current == null && rsc.is(Flag.ORPHAN)) {
            return;
        }
        rscAction(rsc, current, next);
    }

    private Act find(WRsc rsc, WNode node, String task) {
        return s.first(s.resourceActions(rsc, node, task, false));
    }

    private void rscAction(WRsc rsc, WNode current, WNode next) {
        if (!rsc.is(Flag.MANAGED) || (current == null && next == null)) {
            return;
        }
        boolean moving = current != null && next != null && current != next;
        Act start = find(rsc, next, "start");
        WNode startNode = start == null || !start.is(Act.RUNNABLE) ? null : current;
        Act stop = find(rsc, startNode, "stop");
        if (stop == null && s.rs(rsc).stopUnexpected) {
            stop = find(rsc, null, "stop");
        }
        Act promote = find(rsc, next, "promote");
        Act demote = find(rsc, next, "demote");
        if (rsc.role == rsc.nextRole) {
            if (next == null) {
                return;
            }
            Act migrate = find(rsc, next, "migrate_from");
            if (migrate != null && current != null && migrate.is(Act.RUNNABLE)) {
                item("Migrate", rsc, current, next, start, null);
            } else if (s.rs(rsc).reload) {
                item("Reload", rsc, current, next, start, null);
            } else if (start == null || start.is(Act.OPTIONAL)) {
                if (demote != null && promote != null && !demote.is(Act.OPTIONAL) && !promote.is(Act.OPTIONAL)) {
                    item("Re-promote", rsc, current, next, promote, demote);
                }
            } else if (!start.is(Act.RUNNABLE)) {
                item("Stop", rsc, current, null, stop, stop != null && stop.reason != null ? stop : start);
            } else if (moving && current != null) {
                item(rsc.is(Flag.FAILED) ? "Recover" : "Move", rsc, current, next, stop, null);
            } else if (rsc.is(Flag.FAILED)) {
                item("Recover", rsc, current, null, stop, null);
            } else {
                item("Restart", rsc, current, next, start, null);
            }
            return;
        }
        if (stop != null && (rsc.nextRole == Role.STOPPED || (start != null && !start.is(Act.RUNNABLE)))) {
            String key = Sched.opKey(rsc.id, "stop", 0);
            for (WNode node : rsc.runningOn) {
                Act stopOp = s.first(Sched.findActions(s.keyed(rsc, key), key, node));
                item("Stop", rsc, node, null, stopOp, stopOp != null && stopOp.reason != null ? stopOp : start);
            }
        } else if (stop != null && rsc.is(Flag.FAILED) && rsc.is(Flag.STOP)) {
            item("Recover", rsc, current, next, stop, start);
        } else if (moving) {
            item("Move", rsc, current, next, stop, null);
        } else if (s.rs(rsc).reload) {
            item("Reload", rsc, current, next, start, null);
        } else if (stop != null && !stop.is(Act.OPTIONAL)) {
            item("Restart", rsc, current, next, start, null);
        } else if (rsc.role == Role.PROMOTED) {
            item("Demote", rsc, current, next, demote, null);
        } else if (rsc.nextRole == Role.PROMOTED) {
            item("Promote", rsc, current, next, promote, null);
        } else if (rsc.role == Role.STOPPED && rsc.nextRole.isAfter(Role.STOPPED)) {
            item("Start", rsc, current, next, start, null);
        }
    }

    private void item(String change, WRsc rsc, WNode origin, WNode destination, Act action, Act source) {
        if (action == null) {
            // Pacemaker asserts here; a missing action means there is nothing to print
            return;
        }
        if (source == null) {
            source = action;
        }
        int len = rsc.id.length();
        if (len > rscWidth) {
            rscWidth = len + 2;
        }
        boolean needRole = rsc.role.isAfter(Role.STARTED) || rsc.nextRole.isAfter(Role.UNPROMOTED);
        boolean sameHost = origin != null && destination != null && origin == destination;
        boolean sameRole = rsc.role == rsc.nextRole;
        String details;
        if (needRole && origin == null) {
            details = rsc.role.text() + " -> " + rsc.nextRole.text() + " " + destination.uname;
        } else if (origin == null) {
            details = destination.uname;
        } else if (needRole && destination == null) {
            details = rsc.role.text() + " " + origin.uname;
        } else if (destination == null) {
            details = origin.uname;
        } else if (needRole && sameRole && sameHost) {
            details = rsc.role.text() + " " + origin.uname;
        } else if (sameRole && sameHost) {
            details = origin.uname;
        } else if (needRole && sameRole) {
            details = origin.uname + " -> " + destination.uname + " " + rsc.role.text();
        } else if (sameRole) {
            details = origin.uname + " -> " + destination.uname;
        } else if (sameHost) {
            details = rsc.role.text() + " -> " + rsc.nextRole.text() + " " + origin.uname;
        } else {
            details = rsc.role.text() + " " + origin.uname + " -> " + rsc.nextRole.text() + " " + destination.uname;
        }
        if (details.length() > detailWidth) {
            detailWidth = details.length();
        }
        String reason = null;
        if (source.reason != null && !action.is(Act.RUNNABLE)) {
            reason = "due to " + source.reason + " (blocked)";
        } else if (source.reason != null) {
            reason = "due to " + source.reason;
        } else if (!action.is(Act.RUNNABLE)) {
            reason = "blocked";
        }
        lines.add("  * " + String.format("%-8s   %-" + rscWidth + "s   ( %" + detailWidth + "s )%s%s", change,
                rsc.id, details, reason != null ? "  " : "", reason != null ? reason : ""));
    }
}

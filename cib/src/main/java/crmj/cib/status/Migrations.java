package crmj.cib.status;

import crmj.cib.status.WRsc.Flag;

/**
 * Where a live migration leaves a resource ({@code unpack_migrate_to_success}, {@code
 * unpack_migrate_to_failure}, {@code unpack_migrate_from_failure}): partial migrations, dangling ones,
 * and failed ones that leave it active on both ends.
 */
public final class Migrations {
    private final WorkingSet ws;

    public Migrations(WorkingSet ws) {
        this.ws = ws;
    }

    public void migrateToSuccess(WRsc rsc, WNode node, XmlElement op) {
        String source = op.attr("migrate_source");
        String target = op.attr("migrate_target");
        if (source == null || target == null || !source.equals(node.uname)) {
            return;
        }
        boolean sourceNewerOp = nonMonitorAfter(rsc.id, source, op, true);
        XmlElement migrateFrom = History.findOp(ws, rsc.id, "migrate_from", target, source, -1);
        if (sourceNewerOp && migrateFrom != null) {
            return;
        }
        boolean targetNewerState = newerStateAfterMigrate(rsc.id, target, op, migrateFrom);
        if (sourceNewerOp && targetNewerState) {
            return;
        }
        rsc.role = Role.STARTED;
        WNode targetNode = ws.findNode(target);
        WNode sourceNode = ws.findNode(source);
        int fromRc = migrateFrom == null ? 0 : Values.intValue(migrateFrom.attr("rc-code"), 0);
        int fromStatus = migrateFrom == null ? 0 : Values.intValue(migrateFrom.attr("op-status"), 0);
        Placement state = new Placement(ws);
        if (migrateFrom != null && fromRc == OpEntry.OCF_OK && fromStatus == OpEntry.EXEC_DONE) {
            rsc.role = Role.STOPPED;
            rsc.danglingMigrations.add(0, node);
        } else if (migrateFrom != null && fromStatus != OpEntry.EXEC_PENDING) {
            if (!targetNewerState && targetNode != null && targetNode.online) {
                state.addRunning(rsc, targetNode, true);
            } else {
                rsc.set(Flag.FAILED);
                rsc.set(Flag.STOP);
                rsc.clear(Flag.ALLOW_MIGRATE);
            }
        } else {
            if (!targetNewerState && targetNode != null && targetNode.online) {
                state.addRunning(rsc, targetNode, false);
                if (sourceNode != null && sourceNode.online) {
                    rsc.partialMigrationTarget = targetNode;
                    rsc.partialMigrationSource = sourceNode;
                }
            } else if (!sourceNewerOp) {
                rsc.set(Flag.FAILED);
                rsc.set(Flag.STOP);
                rsc.clear(Flag.ALLOW_MIGRATE);
            }
        }
    }

    public void migrateToFailure(WRsc rsc, WNode node, XmlElement op) {
        String source = op.attr("migrate_source");
        String target = op.attr("migrate_target");
        if (source == null || target == null || !source.equals(node.uname)) {
            return;
        }
        rsc.role = Role.STARTED;
        XmlElement targetMigrateFrom = History.findOp(ws, rsc.id, "migrate_from", target, source, OpEntry.OCF_OK);
        if (!History.unknownOn(ws, rsc.id, target)
                && !newerStateAfterMigrate(rsc.id, target, op, targetMigrateFrom)) {
            WNode targetNode = ws.findNode(target);
            if (targetNode != null && targetNode.online) {
                new Placement(ws).addRunning(rsc, targetNode, false);
            }
        } else if (!nonMonitorAfter(rsc.id, source, op, true)) {
            rsc.danglingMigrations.add(0, node);
        }
    }

    public void migrateFromFailure(WRsc rsc, WNode node, XmlElement op) {
        String source = op.attr("migrate_source");
        String target = op.attr("migrate_target");
        if (source == null || target == null || !target.equals(node.uname)) {
            return;
        }
        rsc.role = Role.STARTED;
        XmlElement sourceMigrateTo = History.findOp(ws, rsc.id, "migrate_to", source, target, OpEntry.OCF_OK);
        if (!History.unknownOn(ws, rsc.id, source)
                && !newerStateAfterMigrate(rsc.id, source, sourceMigrateTo, op)) {
            WNode sourceNode = ws.findNode(source);
            if (sourceNode != null && sourceNode.online) {
                new Placement(ws).addRunning(rsc, sourceNode, true);
            }
        }
    }

    private boolean monitorNotRunningAfter(String rscId, String nodeName, XmlElement op, boolean sameNode) {
        XmlElement monitor = History.findOp(ws, rscId, "monitor", nodeName, null, OpEntry.OCF_NOT_RUNNING);
        return monitor != null && OpAge.compare(monitor, op, sameNode) > 0;
    }

    private boolean nonMonitorAfter(String rscId, String nodeName, XmlElement op, boolean sameNode) {
        XmlElement lrm = History.lrmResource(ws, rscId, nodeName);
        if (lrm == null) {
            return false;
        }
        for (XmlElement other : lrm.children("lrm_rsc_op")) {
            if (other == op) {
                continue;
            }
            String task = OpEntry.task(other);
            boolean relevant = "start".equals(task) || "stop".equals(task) || "migrate_to".equals(task)
                    || "migrate_from".equals(task);
            if (relevant && OpAge.compare(other, op, sameNode) > 0) {
                return true;
            }
        }
        return false;
    }

    private boolean newerStateAfterMigrate(String rscId, String nodeName, XmlElement migrateTo,
                                           XmlElement migrateFrom) {
        XmlElement op = migrateFrom != null ? migrateFrom : migrateTo;
        String source = op.attr("migrate_source");
        String target = op.attr("migrate_target");
        boolean sameNode = false;
        if (nodeName.equalsIgnoreCase(target)) {
            if (migrateFrom != null) {
                op = migrateFrom;
                sameNode = true;
            } else {
                op = migrateTo;
            }
        } else if (nodeName.equalsIgnoreCase(source)) {
            if (migrateTo != null) {
                op = migrateTo;
                sameNode = true;
            } else {
                op = migrateFrom;
            }
        }
        return nonMonitorAfter(rscId, nodeName, op, sameNode) || monitorNotRunningAfter(rscId, nodeName, op, sameNode);
    }
}

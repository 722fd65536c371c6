package crmj.cib.status;

/** Finds a resource's configured {@code <op>} for an operation key ({@code find_rsc_op_entry}). */
public final class OpConfig {
    private OpConfig() {
    }

    /** The resource's {@code <operations>}, id-ref expanded, or null. */
    public static XmlElement operations(WRsc rsc, WorkingSet ws) {
        return ws.doc.expandIdRef(rsc.xml.child("operations"));
    }

    /** The op whose key matches (disabled ops included), retrying migrations and notifications; or null. */
    public static XmlElement find(WRsc rsc, String key, WorkingSet ws) {
        XmlElement ops = operations(rsc, ws);
        if (ops == null) {
            return null;
        }
        XmlElement op = match(rsc, ops, key);
        if (op != null) {
            return op;
        }
        if (key.contains("migrate_to") || key.contains("migrate_from")) {
            return match(rsc, ops, rsc.id + "_migrate_0");
        }
        if (key.contains("_notify_")) {
            return match(rsc, ops, rsc.id + "_notify_0");
        }
        return null;
    }

    private static XmlElement match(WRsc rsc, XmlElement ops, String key) {
        for (XmlElement op : ops.children("op")) {
            String name = op.attr("name");
            long interval = Values.intervalMs(op.attr("interval"));
            if (key.equalsIgnoreCase(rsc.id + "_" + name + "_" + interval)) {
                return op;
            }
            if (rsc.cloneName != null && key.equalsIgnoreCase(rsc.cloneName + "_" + name + "_" + interval)) {
                return op;
            }
        }
        return null;
    }

    /** The on-fail of an enabled recurring monitor in the promoted role (demote's default). */
    public static String promotedMonitorOnFail(WRsc rsc) {
        XmlElement ops = rsc.xml.child("operations");
        if (ops == null) {
            return null;
        }
        for (XmlElement op : ops.children("op")) {
            String onFail = op.attr("on-fail");
            if (onFail == null || Boolean.FALSE.equals(Values.toBoolean(op.attr("enabled")))) {
                continue;
            }
            if (!"monitor".equalsIgnoreCase(op.attr("name")) || !OnFail.isPromotedRole(op.attr("role"))) {
                continue;
            }
            if (Values.intervalMs(op.attr("interval")) == 0 || onFail.equalsIgnoreCase("demote")) {
                continue;
            }
            return onFail;
        }
        return null;
    }
}

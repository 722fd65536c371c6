package crmj.cib.status;

import java.util.HashMap;
import java.util.Map;

/**
 * Lookups in the whole status section by node name and resource id, as Pacemaker's xpath searches
 * ({@code find_lrm_resource}, {@code find_lrm_op}) do; the first match in document order wins.
 */
public final class History {
    private final Map<String, XmlElement> lrmResources = new HashMap<>();

    private History(XmlElement status) {
        if (status == null) {
            return;
        }
        for (XmlElement state : status.children("node_state")) {
            String uname = state.attr("uname");
            if (uname == null) {
                continue;
            }
            for (XmlElement r : state.descendants("lrm_resource")) {
                if (r.id() != null) {
                    lrmResources.putIfAbsent(uname + "\n" + r.id(), r);
                }
            }
        }
    }

    private static History of(WorkingSet ws) {
        if (ws.history == null) {
            ws.history = new History(ws.doc.root().child("status"));
        }
        return ws.history;
    }

    /** The {@code lrm_resource} of a resource on a node, or null. */
    public static XmlElement lrmResource(WorkingSet ws, String rscId, String nodeName) {
        if (rscId == null || nodeName == null) {
            return null;
        }
        return of(ws).lrmResources.get(nodeName + "\n" + rscId);
    }

    /**
     * The first history entry of an operation on a node (for migrations, the one naming {@code source} as
     * its other end); with {@code targetRc >= 0}, only if it completed with that result.
     */
    public static XmlElement findOp(WorkingSet ws, String rscId, String op, String nodeName, String source, int targetRc) {
        XmlElement lrm = lrmResource(ws, rscId, nodeName);
        if (lrm == null) {
            return null;
        }
        XmlElement found = null;
        for (XmlElement e : lrm.children("lrm_rsc_op")) {
            if (!op.equals(e.attr("operation"))) {
                continue;
            }
            if (source != null && op.equals("migrate_to") && !source.equals(e.attr("migrate_target"))) {
                continue;
            }
            if (source != null && op.equals("migrate_from") && !source.equals(e.attr("migrate_source"))) {
                continue;
            }
            found = e;
            break;
        }
        if (found != null && targetRc >= 0) {
            int rc = Values.intValue(found.attr("rc-code"), 1);
            int status = Values.intValue(found.attr("op-status"), OpEntry.EXEC_ERROR);
            if (rc != targetRc || status != OpEntry.EXEC_DONE) {
                return null;
            }
        }
        return found;
    }

    /** True when the resource has no history entries on the node. */
    public static boolean unknownOn(WorkingSet ws, String rscId, String nodeName) {
        XmlElement lrm = lrmResource(ws, rscId, nodeName);
        return lrm == null || lrm.child("lrm_rsc_op") == null;
    }
}

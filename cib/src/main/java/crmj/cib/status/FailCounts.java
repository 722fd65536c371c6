package crmj.cib.status;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Fail counts from node attributes ({@code pe_get_failcount}): the sum of {@code fail-count-RSC#OP_INTERVAL}
 * values and the latest {@code last-failure-...}, optionally ignoring counts whose failure timeout expired.
 */
public final class FailCounts {
    /** A fail count and the time of the last failure (0 when none). */
    public record Count(int count, long lastFailure) {
    }

    private FailCounts() {
    }

    public static Count get(WNode node, WRsc rsc, boolean effective, XmlElement xmlOp, WorkingSet ws) {
        String name = rsc.cloneName != null ? rsc.cloneName : rsc.id;
        boolean unique = rsc.is(WRsc.Flag.UNIQUE);
        if (!unique) {
            name = cloneStrip(name);
        }
        String version = ws.doc.root().attr("crm_feature_set");
        boolean legacy = version == null || AttrCompare.compareVersion(version, "3.0.13") < 0;
        String op = legacy ? "" : "#.+_[0-9]+";
        String instance = unique ? "" : "(:[0-9]+)?";
        Pattern count = Pattern.compile("^fail-count-" + Pattern.quote(name) + instance + op + "$");
        Pattern last = Pattern.compile("^last-failure-" + Pattern.quote(name) + instance + op + "$");
        int failcount = 0;
        long lastFailure = 0;
        for (Map.Entry<String, String> a : node.attrs.entrySet()) {
            if (count.matcher(a.getKey()).find()) {
                failcount = Values.addScores(failcount, Values.score(a.getValue()));
            } else if (last.matcher(a.getKey()).find()) {
                long v = Values.leadingLong(a.getValue(), Long.MIN_VALUE);
                if (v != Long.MIN_VALUE) {
                    lastFailure = Math.max(lastFailure, v);
                }
            }
        }
        if (failcount > 0 && rsc.failureTimeout != 0 && blockFailure(node, rsc, xmlOp, ws)) {
            rsc.failureTimeout = 0;
        }
        if (effective && failcount > 0 && lastFailure > 0 && rsc.failureTimeout != 0
                && ws.now > lastFailure + rsc.failureTimeout) {
            failcount = 0;
        }
        return new Count(failcount, failcount > 0 ? lastFailure : 0);
    }

    /** {@code clone_strip}: the id without a trailing {@code :N}. */
    public static String cloneStrip(String id) {
        int colon = id.lastIndexOf(':');
        if (colon > 0 && colon < id.length() - 1 && id.substring(colon + 1).chars().allMatch(Character::isDigit)) {
            return id.substring(0, colon);
        }
        return id;
    }

    /** {@code block_failure}: whether a failure matches an op configured with {@code on-fail=block}. */
    private static boolean blockFailure(WNode node, WRsc rsc, XmlElement xmlOp, WorkingSet ws) {
        String xmlName = cloneStrip(rsc.id);
        for (XmlElement prim : withSelf(rsc.xml, "primitive")) {
            if (!xmlName.equals(prim.id())) {
                continue;
            }
            for (XmlElement conf : prim.descendants("op")) {
                if (!"block".equals(conf.attr("on-fail"))) {
                    continue;
                }
                if (xmlOp != null && matchedFailure(xmlName, conf, xmlOp)) {
                    return true;
                }
                if (xmlOp == null && anyMatchedFailure(node, xmlName, conf, ws)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<XmlElement> withSelf(XmlElement root, String name) {
        List<XmlElement> all = root.descendants(name);
        if (root.name().equals(name)) {
            all.add(0, root);
        }
        return all;
    }

    private static boolean anyMatchedFailure(WNode node, String xmlName, XmlElement conf, WorkingSet ws) {
        XmlElement lrmRsc = History.lrmResource(ws, xmlName, node.uname);
        if (lrmRsc == null) {
            return false;
        }
        long interval = Values.intervalMs(conf.attr("interval"));
        for (XmlElement op : lrmRsc.children("lrm_rsc_op")) {
            if (conf.attr("name") != null && conf.attr("name").equals(OpEntry.task(op))
                    && Long.toString(interval).equals(op.attr("interval")) && matchedFailure(xmlName, conf, op)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchedFailure(String rscId, XmlElement conf, XmlElement lrmOp) {
        long confInterval = Values.intervalMs(conf.attr("interval"));
        if (confInterval != OpEntry.intervalMs(lrmOp) || conf.attr("name") == null
                || !conf.attr("name").equalsIgnoreCase(OpEntry.task(lrmOp))) {
            return false;
        }
        String id = lrmOp.id();
        if ((rscId + "_last_failure_0").equalsIgnoreCase(id)) {
            return true;
        }
        return (rscId + "_" + conf.attr("name") + "_" + confInterval).equalsIgnoreCase(id)
                && OpEntry.rc(lrmOp) != OpEntry.targetRc(lrmOp);
    }
}

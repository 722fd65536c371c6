package crmj.cib.scheduler;

import crmj.cib.status.OpConfig;
import crmj.cib.status.Role;
import crmj.cib.status.Rules;
import crmj.cib.status.Values;
import crmj.cib.status.WNode;
import crmj.cib.status.WRsc;
import crmj.cib.status.XmlElement;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether an operation in the history was run with the parameters the configuration gives now
 * ({@code rsc_action_digest_cmp}): the MD5 of {@code " <parameters .../>\n"} with the resource's parameters for
 * the node, the op's own instance attributes and, for recurring ops, its timeout, compared with the history's
 * {@code op-digest} (and {@code op-restart-digest} for the parameters that force a restart).
 */
final class Digests {
    /** Comparison results ({@code rsc_digest_cmp_val}). */
    /** How a history entry's digests compare; SANITIZED: only private parameters changed (crm_simulate's case). */
    enum Result { MATCH, RESTART, ALL, UNKNOWN, SANITIZED }

    private Digests() {
    }

    /** {@code pe_rsc_params}: own instance attributes evaluated for the node, then the parents', then defaults. */
    static Map<String, String> params(Sched s, WRsc rsc, WNode node) {
        return s.params(rsc, node, () -> {
            Map<String, String> into = new HashMap<>();
            collect(s, rsc, node, into);
            return into;
        });
    }

    private static void collect(Sched s, WRsc rsc, WNode node, Map<String, String> into) {
        Rules.Context ctx = new Rules.Context(s.ws.now, node == null ? null : node.attrs, Role.UNKNOWN, null, null,
                null, null, 0);
        s.ws.sets.unpack(rsc.xml, "instance_attributes", ctx, into, null, false);
        if (rsc.parent != null) {
            collect(s, rsc.parent, node, into);
        } else if (s.ws.rscDefaults != null) {
            s.ws.sets.unpack(s.ws.rscDefaults, "instance_attributes", ctx, into, null, false);
        }
    }

    static Result compare(Sched s, WRsc rsc, XmlElement xmlOp, WNode node) {
        String task = xmlOp.attr("operation");
        long interval = Values.leadingLong(xmlOp.attr("interval"), 0);
        String digestAll = xmlOp.attr("op-digest");
        String digestRestart = xmlOp.attr("op-restart-digest");
        Map<String, String> all = new TreeMap<>(params(s, rsc, node));
        XmlElement op = OpConfig.find(rsc, Sched.opKey(rsc.id, task, interval), s.ws);
        Map<String, String> extra = Ops.extra(s, op, node.attrs);
        all.putAll(extra);
        if (interval > 0) {
            Map<String, String> meta = new HashMap<>();
            Ops.meta(s, rsc, task, interval, op, meta);
            all.put("CRM_meta_timeout", meta.get("timeout"));
        }
        filter(all);
        boolean restart = interval == 0 && !extra.isEmpty();
        String allCalc = digest(all);
        String restartCalc = null;
        if (digestRestart != null) {
            Map<String, String> restartParams = new TreeMap<>(all);
            String forceRestart = xmlOp.attr("op-force-restart");
            if (forceRestart != null) {
                restartParams.keySet().removeIf(name -> !forceRestart.contains(" " + name + " "));
            }
            restartCalc = digest(restartParams);
        }
        Result rc;
        if (digestRestart != null && restartCalc != null && !restartCalc.equals(digestRestart)) {
            rc = Result.RESTART;
        } else if (digestAll == null) {
            rc = Result.UNKNOWN;
        } else if (!digestAll.equals(allCalc)) {
            rc = interval == 0 && restart ? Result.RESTART : Result.ALL;
        } else {
            rc = Result.MATCH;
        }
        // crm_simulate runs sanitized: a change of private parameters only does not count
        String digestSecure = xmlOp.attr("op-secure-digest");
        if (rc != Result.MATCH && digestSecure != null
                && digestSecure.equals(secureDigest(s, rsc, node, xmlOp, all))) {
            return Result.SANITIZED;
        }
        return rc;
    }

    /** {@code calculate_secure_digest}. */
    private static String secureDigest(Sched s, WRsc rsc, WNode node, XmlElement xmlOp, Map<String, String> all) {
        String version = xmlOp.attr("crm_feature_set");
        boolean old = version == null || crmj.cib.status.AttrCompare.compareVersion(version, "3.16.0") < 0;
        String secureList = xmlOp.attr("op-secure-params");
        Map<String, String> secure = old ? new TreeMap<>(params(s, rsc, node)) : new TreeMap<>(all);
        if (secureList != null) {
            secure.keySet().removeIf(name -> secureList.contains(" " + name + " "));
        }
        if (old && "stonith".equals(rsc.xml.attr("class"))) {
            secure.keySet().removeIf(Digests::isFenceParam);
        }
        filter(secure);
        if (old) {
            secure.remove("CRM_meta_timeout");
        }
        return digest(secure);
    }

    /** {@code pcmk_stonith_param}. */
    private static boolean isFenceParam(String name) {
        if (name.equals("provides") || name.equals("stonith-timeout")) {
            return true;
        }
        if (!name.startsWith("pcmk_")) {
            return false;
        }
        if (java.util.List.of("pcmk_action_limit", "pcmk_delay_base", "pcmk_delay_max", "pcmk_host_argument",
                "pcmk_host_check", "pcmk_host_list", "pcmk_host_map").contains(name)) {
            return true;
        }
        int at = name.indexOf('_', 5);
        if (at < 0) {
            return false;
        }
        String rest = name.substring(at);
        return rest.equals("_action") || rest.equals("_timeout") || rest.equals("_retries");
    }

    /** {@code pcmk__filter_op_for_digest}: no meta-attributes but a recurring op's timeout, no bookkeeping. */
    private static void filter(Map<String, String> params) {
        String timeout = params.get("CRM_meta_timeout");
        params.keySet().removeIf(k -> k.startsWith("CRM_meta_") || k.equals("id") || k.equals("crm_feature_set")
                || k.equals("op-digest") || k.equals("on_node") || k.equals("on_node_uuid")
                || k.equals("pcmk_external_ip"));
        if (timeout != null) {
            params.put("CRM_meta_timeout", timeout);
        }
    }

    static String digest(Map<String, String> sortedParams) {
        StringBuilder sb = new StringBuilder(" <parameters");
        for (Map.Entry<String, String> e : sortedParams.entrySet()) {
            sb.append(' ').append(e.getKey()).append("=\"").append(escape(e.getValue())).append('"');
        }
        sb.append("/>\n");
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escape(String v) {
        StringBuilder sb = new StringBuilder();
        for (char c : v.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}

package crmj.cib.scheduler;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code op-digest} Pacemaker records with an operation result (pcmk__filter_op_for_digest,
 * calculate_operation_digest): the MD5 of the action's parameters as one {@code <parameters .../>} element,
 * attributes sorted by name, without {@code CRM_meta_*} (but with {@code CRM_meta_timeout} for recurring
 * operations), {@code id}, {@code crm_feature_set}, {@code op-digest}, {@code on_node}, {@code on_node_uuid}
 * and {@code pcmk_external_ip}. The scheduler compares it with the configuration's to decide restarts.
 */
final class OpDigest {
    private OpDigest() {
    }

    /** The digest of an action's parameters, as 32 lowercase hex digits. */
    static String of(Map<String, String> params) {
        Map<String, String> kept = new TreeMap<>();
        params.forEach((k, v) -> {
            if (!k.startsWith("CRM_meta_") && !k.equals("id") && !k.equals("crm_feature_set")
                    && !k.equals("op-digest") && !k.equals("on_node") && !k.equals("on_node_uuid")
                    && !k.equals("pcmk_external_ip")) {
                kept.put(k, v);
            }
        });
        long interval = OpResult.leadingInt(params.get("CRM_meta_interval"));
        if (interval != 0 && params.containsKey("CRM_meta_timeout")) {
            kept.put("CRM_meta_timeout", params.get("CRM_meta_timeout"));
        }
        StringBuilder text = new StringBuilder(" <parameters");
        kept.forEach((k, v) -> text.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
        text.append("/>\n");
        return md5(text.toString());
    }

    private static String escape(String v) {
        StringBuilder s = new StringBuilder(v.length());
        for (char c : v.toCharArray()) {
            switch (c) {
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '&' -> s.append("&amp;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&apos;");
                case '\t' -> s.append("    ");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    private static String md5(String text) {
        try {
            byte[] d = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(32);
            for (byte b : d) {
                hex.append(String.format("%02x", b & 0xff));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this JDK", e);
        }
    }
}

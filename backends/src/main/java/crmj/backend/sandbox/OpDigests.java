package crmj.backend.sandbox;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Adds {@code op-digest} to operation history entries that lack one, as Pacemaker's history writer does
 * (pcmk_sched_actions.c add_op_digest_to_xml): the MD5 of {@code " <parameters .../>\n"} holding the
 * resource's instance parameters (the operation's own instance attributes added), sorted by name, without
 * CRM_meta_* attributes except, for recurring operations, {@code CRM_meta_timeout} (the operation's timeout
 * in milliseconds). Without it Pacemaker takes the definition as changed and restarts the resource.
 * Parameters come from the configuration: the primitive's unconditional instance_attributes sets (the first
 * value of a name wins) and its template's.
 */
final class OpDigests {
    private static final long DEFAULT_TIMEOUT_MS = 20_000;

    private OpDigests() {
    }

    /** Adds the missing digests in the document's status section. */
    static void apply(Document doc) {
        Element resources = CibDom.child(doc.getDocumentElement(), "configuration")
                .flatMap(c -> CibDom.child(c, "resources")).orElse(null);
        if (resources == null) {
            return;
        }
        for (Element lrmResource : CibDom.descendants(CibDom.status(doc), "lrm_resource")) {
            Optional<Element> primitive = primitive(resources, lrmResource.getAttribute("id"));
            if (primitive.isEmpty()) {
                continue;
            }
            for (Element op : CibDom.children(lrmResource, "lrm_rsc_op")) {
                if (!op.hasAttribute("op-digest")) {
                    op.setAttribute("op-digest", digest(doc, resources, primitive.get(), op));
                }
            }
        }
    }

    private static Optional<Element> primitive(Element resources, String historyId) {
        int colon = historyId.indexOf(':');
        String id = colon < 0 ? historyId : historyId.substring(0, colon);
        return CibDom.descendants(resources, "primitive").stream().filter(p -> p.getAttribute("id").equals(id))
                .findFirst();
    }

    private static String digest(Document doc, Element resources, Element primitive, Element op) {
        Map<String, String> params = new TreeMap<>();
        long interval = Durations.millis(op.getAttribute("interval")).orElse(0L);
        Optional<Element> opDef = opDefinition(primitive, op.getAttribute("operation"), interval);
        opDef.ifPresent(o -> addSets(o, params));
        addSets(primitive, params);
        template(resources, primitive).ifPresent(t -> addSets(t, params));
        if (interval != 0) {
            params.put("CRM_meta_timeout", Long.toString(timeout(doc, opDef)));
        }
        StringBuilder sb = new StringBuilder(" <parameters");
        params.forEach((k, v) -> sb.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
        sb.append("/>\n");
        return md5(sb.toString());
    }

    private static void addSets(Element owner, Map<String, String> params) {
        for (Element set : CibDom.children(owner, "instance_attributes")) {
            if (!CibDom.children(set, "rule").isEmpty()) {
                continue;
            }
            for (Element nv : CibDom.children(set, "nvpair")) {
                params.putIfAbsent(nv.getAttribute("name"), nv.getAttribute("value"));
            }
        }
    }

    private static Optional<Element> template(Element resources, Element primitive) {
        String ref = primitive.getAttribute("template");
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        return CibDom.children(resources, "template").stream().filter(t -> t.getAttribute("id").equals(ref))
                .findFirst();
    }

    private static Optional<Element> opDefinition(Element primitive, String name, long interval) {
        for (Element ops : CibDom.children(primitive, "operations")) {
            for (Element o : CibDom.children(ops, "op")) {
                if (o.getAttribute("name").equals(name)
                        && Durations.millis(o.getAttribute("interval")).orElse(0L) == interval) {
                    return Optional.of(o);
                }
            }
        }
        return Optional.empty();
    }

    /** The operation's timeout: its own, else the op_defaults', else Pacemaker's default of 20 s. */
    private static long timeout(Document doc, Optional<Element> opDef) {
        Optional<Long> own = opDef.flatMap(o -> Durations.millis(o.getAttribute("timeout")));
        if (own.isPresent()) {
            return own.get();
        }
        List<Element> defaults = CibDom.child(doc.getDocumentElement(), "configuration")
                .flatMap(c -> CibDom.child(c, "op_defaults")).map(d -> CibDom.children(d, "meta_attributes"))
                .orElse(List.of());
        for (Element set : defaults) {
            for (Element nv : CibDom.children(set, "nvpair")) {
                if (nv.getAttribute("name").equals("timeout")) {
                    Optional<Long> v = Durations.millis(nv.getAttribute("value"));
                    if (v.isPresent()) {
                        return v.get();
                    }
                }
            }
        }
        return DEFAULT_TIMEOUT_MS;
    }

    private static String escape(String v) {
        return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

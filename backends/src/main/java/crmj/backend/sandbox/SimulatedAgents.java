package crmj.backend.sandbox;

import crmj.cib.scheduler.GraphAction;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What simulated resource agents leave behind beyond their operation results: the promotion scores that
 * promotable agents set with {@code crm_attribute --promotion -l reboot} (crm_master) when healthy.
 * <ul>
 * <li>ocf:pacemaker:Stateful: 5 when started or demoted (unpromoted), 10 when promoted, as its
 *     SCORE_UNPROMOTED and SCORE_PROMOTED; a probe finding it running restores the score; stop deletes it.</li>
 * <li>ocf:linbit:drbd: 10000 after start, promote, demote and a probe finding it running, as
 *     drbd_update_master_score does with all local disks UpToDate and the peer's disk state known (its
 *     default adjust_master_score "0 10 1000 10000"); stop deletes it (drbd_stop's remove_master_score).</li>
 * </ul>
 * The score is a transient node attribute {@code master-INSTANCE} in the node's status, where INSTANCE is
 * the agent's OCF_RESOURCE_INSTANCE: the primitive's id for an anonymous clone, {@code id:N} for a unique one.
 */
final class SimulatedAgents {
    private SimulatedAgents() {
    }

    /** Applies the promotion scores that the fired actions' agents set; true when an attribute changed. */
    static boolean apply(Document doc, List<GraphAction> fired) {
        boolean changed = false;
        for (GraphAction a : fired) {
            if (a.type() != GraphAction.Type.RESOURCE || a.node().isEmpty() || a.resource().isEmpty()) {
                continue;
            }
            Optional<Scores> scores = a.agent().flatMap(SimulatedAgents::scores);
            if (scores.isEmpty()) {
                continue;
            }
            String name = "master-" + instance(doc, a.resource().get());
            String node = a.node().get();
            if (a.task().equals("stop")) {
                changed |= TransientAttributes.delete(doc, node, name);
                continue;
            }
            OptionalInt value = score(scores.get(), a);
            if (value.isPresent()) {
                changed |= TransientAttributes.set(doc, node, name, Integer.toString(value.getAsInt()));
            }
        }
        return changed;
    }

    /** The promotion scores of an agent that sets them: unpromoted and promoted. */
    private record Scores(int unpromoted, int promoted) {
    }

    private static Optional<Scores> scores(GraphAction.Agent agent) {
        if (!agent.agentClass().equals("ocf")) {
            return Optional.empty();
        }
        String provider = agent.provider().orElse("");
        if (provider.equals("pacemaker") && agent.type().equals("Stateful")) {
            return Optional.of(new Scores(5, 10));
        }
        if (provider.equals("linbit") && agent.type().equals("drbd")) {
            return Optional.of(new Scores(10000, 10000));
        }
        return Optional.empty();
    }

    private static OptionalInt score(Scores s, GraphAction a) {
        switch (a.task()) {
            case "start", "demote" -> {
                return OptionalInt.of(s.unpromoted());
            }
            case "promote" -> {
                return OptionalInt.of(s.promoted());
            }
            case "monitor" -> {
                if (a.intervalMs() != 0) {
                    return OptionalInt.empty();
                }
                String rc = a.attribute("CRM_meta_op_target_rc").orElse("0");
                return rc.equals("0") ? OptionalInt.of(s.unpromoted())
                        : rc.equals("8") ? OptionalInt.of(s.promoted()) : OptionalInt.empty();
            }
            default -> {
                return OptionalInt.empty();
            }
        }
    }

    /** The agent's OCF_RESOURCE_INSTANCE for a graph resource name ({@code drbd:0}). */
    static String instance(Document doc, String resource) {
        int colon = resource.indexOf(':');
        if (colon < 0) {
            return resource;
        }
        String base = resource.substring(0, colon);
        Element resources = CibDom.child(doc.getDocumentElement(), "configuration")
                .flatMap(c -> CibDom.child(c, "resources")).orElse(null);
        if (resources == null) {
            return base;
        }
        for (Element p : CibDom.descendants(resources, "primitive")) {
            if (p.getAttribute("id").equals(base) && p.getParentNode() instanceof Element parent
                    && uniqueClone(parent)) {
                return resource;
            }
        }
        return base;
    }

    private static boolean uniqueClone(Element e) {
        if (!e.getTagName().equals("clone") && !e.getTagName().equals("master")) {
            return false;
        }
        for (Element meta : CibDom.children(e, "meta_attributes")) {
            for (Element nv : CibDom.children(meta, "nvpair")) {
                if (nv.getAttribute("name").equals("globally-unique")) {
                    String v = nv.getAttribute("value").toLowerCase(java.util.Locale.ROOT);
                    return v.equals("true") || v.equals("yes") || v.equals("1") || v.equals("on") || v.equals("y");
                }
            }
        }
        return false;
    }
}

package crmj.backend.sandbox;

import crmj.cib.scheduler.GraphAction;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps one operation history per anonymous clone instance and node. An anonymous clone's instances are
 * interchangeable, so Pacemaker may number the instance on a node differently from one transition to the
 * next ({@code drbd:1} there before, {@code drbd:0} now); its history stays one (Pacemaker keeps it under the
 * primitive's id). An action for {@code X:N} on a node whose history knows that clone's instance under another
 * number {@code X:M} only is recorded under {@code X:M}, so the node never shows two instances where it runs one.
 */
final class GraphNames {
    private GraphNames() {
    }

    static List<GraphAction> matchHistory(Document doc, List<GraphAction> actions) {
        List<GraphAction> out = new ArrayList<>(actions.size());
        for (GraphAction a : actions) {
            out.add(rename(doc, a));
        }
        return out;
    }

    private static GraphAction rename(Document doc, GraphAction a) {
        if (a.type() != GraphAction.Type.RESOURCE || a.resource().isEmpty() || a.node().isEmpty()) {
            return a;
        }
        String instance = a.resource().get();
        String primitive = SimulatedAgents.instance(doc, instance);
        if (primitive.equals(instance)) {
            return a;
        }
        List<String> known = historyNames(doc, a.node().get(), primitive);
        if (known.contains(instance) || known.size() != 1 || known.get(0).equals(primitive)) {
            return a;
        }
        return new GraphAction(a.id(), a.type(), a.task(), a.key(), Optional.of(known.get(0)), a.resourceLongId(),
                a.agent(), a.node(), a.nodeUuid(), a.intervalMs(), a.attributes(), a.inputs());
    }

    /** The names of a node's histories for a primitive's instances ({@code X} or {@code X:N}). */
    private static List<String> historyNames(Document doc, String node, String primitive) {
        List<String> out = new ArrayList<>();
        for (Element state : CibDom.children(CibDom.status(doc), "node_state")) {
            if (!node.equals(state.getAttribute("uname"))) {
                continue;
            }
            for (Element r : CibDom.descendants(state, "lrm_resource")) {
                String id = r.getAttribute("id");
                if (id.equals(primitive) || id.startsWith(primitive + ":")) {
                    out.add(id);
                }
            }
        }
        return out;
    }
}

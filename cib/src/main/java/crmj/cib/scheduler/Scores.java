package crmj.cib.scheduler;

import crmj.cib.status.Values;
import crmj.cib.status.WNode;
import crmj.cib.status.WRsc;
import crmj.cib.status.WRsc.Flag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * crm_simulate's {@code --show-scores}: the node scores Pacemaker shows when it assigns a primitive, a
 * group or a clone ({@code pe__show_node_weights}, children after their parent, nodes by name), and each
 * promotable instance's promotion score ({@code show_promotion_score}). Collected only when asked for.
 */
final class Scores {
    private Scores() {
    }

    /** {@code pe__show_node_weights(false, rsc, function, rsc->allowed_nodes)}. */
    static void nodeWeights(Sched s, WRsc rsc, String function) {
        if (s.scores == null) {
            return;
        }
        show(s, rsc, function, rsc.allowedNodes);
    }

    private static void show(Sched s, WRsc rsc, String function, Map<String, Integer> nodes) {
        if (rsc.is(Flag.ORPHAN)) {
            return; // no allocation scores for orphans
        }
        List<WNode> sorted = new ArrayList<>();
        for (String id : nodes.keySet()) {
            WNode n = s.nodeById(id);
            if (n != null) {
                sorted.add(n);
            }
        }
        sorted.sort((a, b) -> Values.numericStrcasecmp(a.uname, b.uname));
        for (WNode n : sorted) {
            s.scores.add(function + ": " + rsc.id + " allocation score on " + n.uname + ": "
                    + readable(nodes.get(n.id)));
        }
        for (WRsc child : rsc.children) {
            show(s, child, function, child.allowedNodes);
        }
    }

    /** {@code show_promotion_score}: the instance's promotion score on the node it will be active on. */
    static void promotionScore(Sched s, WRsc instance) {
        if (s.scores == null) {
            return;
        }
        WNode chosen = Resources.location(s, instance);
        s.scores.add(instance.id + " promotion score on " + (chosen == null ? "none" : chosen.uname) + ": "
                + readable(s.rs(instance).sortIndex));
    }

    /** {@code pcmk_readable_score}. */
    private static String readable(int score) {
        if (score >= Sched.INFINITY) {
            return "INFINITY";
        }
        if (score <= -Sched.INFINITY) {
            return "-INFINITY";
        }
        return Integer.toString(score);
    }
}

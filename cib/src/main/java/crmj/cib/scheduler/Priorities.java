package crmj.cib.scheduler;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The synapse priorities Pacemaker's graph gives a transition's actions, as far as a {@link Transition}
 * shows them: the completion pseudo-actions of clones and bundles (running, stopped, promoted, demoted) have
 * priority infinity, so they still fire after a failed action (with {@code --op-fail}). Resource priorities
 * (the {@code priority} meta-attribute) are not carried by a transition and count as 0.
 */
final class Priorities {
    private static final Set<String> COMPLETIONS = Set.of("running", "stopped", "promoted", "demoted");

    private Priorities() {
    }

    static Map<Integer, Integer> of(List<GraphAction> actions) {
        Map<Integer, Integer> out = new HashMap<>();
        for (GraphAction a : actions) {
            if (a.type() == GraphAction.Type.PSEUDO && COMPLETIONS.contains(a.task())) {
                out.put(a.id(), GraphRun.INFINITY);
            }
        }
        return out;
    }
}

package crmj.cib.scheduler;

import java.util.List;

/**
 * What the scheduler decided for a CIB: the transition graph's actions (in graph order, each with the ids
 * of the actions it waits for) and the lines crm_simulate prints under "Transition Summary:" for it
 * ({@code "  * Start      rsc1    ( node1 )"}, without the heading).
 *
 * @param actions the graph's actions
 * @param summary the transition summary lines, in crm_simulate's order
 * @param scores crm_simulate's --show-scores lines (allocation and promotion scores), when asked for
 */
public record Transition(List<GraphAction> actions, List<String> summary, List<String> scores) {
    public Transition {
        actions = List.copyOf(actions);
        summary = List.copyOf(summary);
        scores = List.copyOf(scores);
    }

    /** A transition without --show-scores lines. */
    public Transition(List<GraphAction> actions, List<String> summary) {
        this(actions, summary, List.of());
    }
}

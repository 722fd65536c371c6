package crmj.cib.scheduler;

import java.util.List;

/**
 * What the scheduler decided for a CIB: the transition graph's actions (in graph order, each with the ids
 * of the actions it waits for) and the lines crm_simulate prints under "Transition Summary:" for it
 * ({@code "  * Start      rsc1    ( node1 )"}, without the heading).
 *
 * @param actions the graph's actions
 * @param summary the transition summary lines, in crm_simulate's order
 */
public record Transition(List<GraphAction> actions, List<String> summary) {
    public Transition {
        actions = List.copyOf(actions);
        summary = List.copyOf(summary);
    }
}

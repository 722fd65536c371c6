package crmj.cib.scheduler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Runs a transition graph the way Pacemaker's graph consumer does under crm_simulate (pcmk_graph_consumer.c):
 * one synapse per action, in graph order; each pass walks the synapses in order and fires every one whose
 * inputs are all confirmed, and since simulated actions complete at once, an action fired early in a pass
 * can let a later synapse fire in the same pass. Passes repeat until one fires nothing. A failed action
 * aborts the graph: synapses of lower priority than infinity no longer fire resource or cluster actions,
 * and only infinity-priority synapses still count the failed action as done.
 */
public final class GraphRun {
    /** Pacemaker's INFINITY, the priority of synapses that run even after a failure. */
    public static final int INFINITY = 1_000_000;

    /** How a run ended, as crm_simulate reports it. */
    public enum Status {
        /** Every synapse fired, or the rest were skipped after a failure. */
        COMPLETE,
        /** Some synapses could never fire (inputs that never complete). */
        TERMINATED
    }

    private record Synapse(GraphAction action, int priority, List<Integer> inputs, Set<Integer> confirmed) {
    }

    private final List<Synapse> synapses = new ArrayList<>();
    /** The synapses that have an action as input, by the action's id (confirming is then linear overall). */
    private final Map<Integer, List<Synapse>> dependents = new java.util.HashMap<>();
    private final Set<Integer> executed = new HashSet<>();
    private int abortPriority;
    private int skipped;

    /**
     * @param actions the graph's actions in graph (synapse) order
     * @param priorities synapse priorities by action id (absent: 0)
     */
    public GraphRun(List<GraphAction> actions, Map<Integer, Integer> priorities) {
        for (GraphAction a : actions) {
            Synapse s = new Synapse(a, priorities.getOrDefault(a.id(), 0), a.inputs(), new HashSet<>());
            synapses.add(s);
            for (Integer input : new HashSet<>(a.inputs())) {
                dependents.computeIfAbsent(input, k -> new ArrayList<>()).add(s);
            }
        }
    }

    /** The firing order of a graph in which nothing fails. */
    public static List<GraphAction> order(List<GraphAction> actions) {
        List<GraphAction> out = new ArrayList<>();
        new GraphRun(actions, Map.of()).run(a -> {
            out.add(a);
            return true;
        });
        return out;
    }

    /**
     * Fires the graph's actions.
     *
     * @param execute executes one action and says whether it succeeded
     */
    public Status run(Predicate<GraphAction> execute) {
        int fired;
        do {
            fired = 0;
            for (Synapse s : synapses) {
                if (executed.contains(s.action().id()) || !ready(s)) {
                    continue;
                }
                if (s.action().type() != GraphAction.Type.PSEUDO && s.priority() < abortPriority) {
                    skipped++;
                    continue;
                }
                executed.add(s.action().id());
                fired++;
                boolean ok = execute.test(s.action());
                if (!ok) {
                    abortPriority = INFINITY;
                }
                confirm(s.action().id(), ok);
            }
        } while (fired > 0);
        boolean incomplete = synapses.stream().anyMatch(s -> !executed.contains(s.action().id()));
        return incomplete && abortPriority <= 0 ? Status.TERMINATED : Status.COMPLETE;
    }

    /** How many synapses were skipped after a failure (counted once per pass, as Pacemaker counts them). */
    public int skipped() {
        return skipped;
    }

    private static boolean ready(Synapse s) {
        return s.confirmed().containsAll(s.inputs());
    }

    private void confirm(int actionId, boolean ok) {
        for (Synapse s : dependents.getOrDefault(actionId, List.of())) {
            if (!executed.contains(s.action().id()) && (ok || s.priority() == INFINITY)) {
                s.confirmed().add(actionId);
            }
        }
    }
}

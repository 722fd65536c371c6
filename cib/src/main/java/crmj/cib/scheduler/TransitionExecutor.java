package crmj.cib.scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Carries out a transition as {@code crm_simulate -S} does (Pacemaker 2.1.5, pcmk_simulate.c): fires the
 * graph's actions in the graph consumer's order ({@link GraphRun}), prints a line for each, and records each
 * one's effect in the CIB's status section — resource actions succeed with the result the scheduler
 * expected (unless listed in {@code --op-fail}), fencing takes nodes down, pseudo and cluster actions change
 * nothing.
 */
public final class TransitionExecutor {
    private static final String USER_INJECTED = "User-injected result";

    /**
     * What executing a transition did.
     *
     * @param lines the lines printed under "Executing Cluster Transition:", in firing order
     * @param errors what crm_simulate prints on standard error (invalid --op-fail specs, a failed transition)
     * @param cibXml the CIB after the transition
     * @param status how the graph run ended
     */
    public record Result(List<String> lines, List<String> errors, String cibXml, GraphRun.Status status) {
        public Result {
            lines = List.copyOf(lines);
            errors = List.copyOf(errors);
        }
    }

    private final StatusInjector injector;
    private final Predicate<String> knownResource;
    private final List<String> opFail;
    private final List<String> lines = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    private TransitionExecutor(StatusInjector injector, Predicate<String> knownResource, List<String> opFail) {
        this.injector = injector;
        this.knownResource = knownResource;
        this.opFail = List.copyOf(opFail);
    }

    /**
     * Executes a transition on a CIB.
     *
     * @param cibXml the CIB the transition was scheduled from
     * @param actions the transition's actions, in graph order
     * @param priorities the synapse priorities by action id (absent: 0)
     * @param opFail {@code --op-fail} specs: {@code rsc_task_interval@node=rc}
     * @param knownResource whether a name is a resource of the cluster (as Pacemaker's resource lookup finds
     *                      ids and history names): an action's resource is shown by its long id otherwise
     * @param now the time to record in the history, in seconds since the epoch
     */
    public static Result execute(String cibXml, List<GraphAction> actions, Map<Integer, Integer> priorities,
                                 List<String> opFail, Predicate<String> knownResource, long now) {
        XmlTree cib = XmlTree.parse(cibXml);
        TransitionExecutor ex = new TransitionExecutor(new StatusInjector(cib, now), knownResource, opFail);
        GraphRun.Status status = new GraphRun(actions, priorities).run(ex::fire);
        if (status != GraphRun.Status.COMPLETE) {
            ex.errors.add("Transition failed: terminated");
            ex.errors.add("An invalid transition was produced");
        }
        return new Result(ex.lines, ex.errors, cib.print(), status);
    }

    private boolean fire(GraphAction a) {
        switch (a.type()) {
            case PSEUDO -> lines.add(ExecutionText.pseudoAction(a.key(), a.node().orElse(null)));
            case CLUSTER -> cluster(a);
            case RESOURCE -> {
                return resource(a);
            }
            default -> throw new IllegalStateException(a.type().name());
        }
        return true;
    }

    private void cluster(GraphAction a) {
        String node = a.node().orElse("(null)");
        if (a.task().equalsIgnoreCase("stonith")) {
            String op = a.attribute("CRM_meta_stonith_action").orElse("(null)");
            lines.add(ExecutionText.fencing(node, op));
            injector.fence(node, op);
        } else {
            lines.add(ExecutionText.clusterAction(a.task(), a.resource().orElse(null), node));
        }
    }

    private boolean resource(GraphAction a) {
        String task = a.task();
        if (task.equals("probe_again")) {
            return true;
        }
        String node = a.node().orElse("(null)");
        String configName = a.resource().orElseThrow(() -> new IllegalArgumentException(
                "resource action " + a.id() + " names no resource"));
        String resource = configName;
        if (!knownResource.test(configName) && a.resourceLongId().filter(knownResource).isPresent()) {
            resource = a.resourceLongId().get();
        }
        if (task.equals("delete") || task.equals("meta-data")) {
            lines.add(ExecutionText.resourceAction(resource, task, node, 0));
            return true;
        }
        int targetRc = Math.max(0, OpResult.leadingInt(a.attribute("CRM_meta_op_target_rc").orElse("0")));
        XmlTree cibNode = injector.node(node, a.nodeUuid().orElse(null));
        GraphAction.Agent agent = a.agent().orElse(null);
        XmlTree history;
        try {
            history = injector.resourceHistory(cibNode, resource, configName,
                    agent == null ? null : agent.agentClass(), agent == null ? null : agent.type(),
                    agent == null ? null : agent.provider().orElse(null));
        } catch (InjectionException e) {
            errors.add(e.getMessage());
            errors.add("Could not simulate action " + a.id() + " history for resource " + resource);
            return false;
        }
        lines.add(ExecutionText.resourceAction(resource, task, node, a.intervalMs()));
        int rc = targetRc;
        boolean failed = false;
        for (String spec : opFail) {
            String match = failMatch(spec, resource, configName, task, a.intervalMs(), node);
            if (match == null) {
                continue;
            }
            Integer parsed = failRc(spec);
            if (parsed == null) {
                errors.add("Invalid failed operation '" + spec + "' (result code must be integer)");
                continue;
            }
            rc = parsed;
            failed = true;
            lines.add("Pretending action " + a.id() + " failed with rc=" + rc);
            injector.failcount(cibNode, match, task, a.intervalMs(), rc).forEach(l -> lines.add(ExecutionText.item(l)));
            break;
        }
        new OpResult(configName, task, a.intervalMs(), rc, OpResult.nextCallId(history), USER_INJECTED,
                a.attributes(), injector.now()).record(history, targetRc, "crm_simulate");
        return !failed;
    }

    /** The name a --op-fail spec matches the action under (its shown name, else its configured one), or null. */
    private static String failMatch(String spec, String resource, String configName, String task, long interval,
                                    String node) {
        for (String name : new String[] {resource, configName}) {
            String key = OpResult.opKey(name, task, interval) + "@" + node + "=";
            if (spec.regionMatches(true, 0, key, 0, key.length())) {
                return name;
            }
        }
        return null;
    }

    private static Integer failRc(String spec) {
        int eq = spec.indexOf('=');
        if (eq < 0) {
            return null;
        }
        String rest = spec.substring(eq + 1).stripLeading();
        int end = 0;
        if (end < rest.length() && (rest.charAt(end) == '-' || rest.charAt(end) == '+')) {
            end++;
        }
        while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
            end++;
        }
        try {
            return Integer.parseInt(rest.substring(0, end));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

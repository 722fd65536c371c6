package crmj.cib.scheduler;

import crmj.cib.status.ClusterState;
import crmj.cib.status.CrmMonFormatter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A whole crm_simulate run (Pacemaker 2.1.5's pcmk__simulate) on a CIB: the current status, the requested
 * modifications injected, the transition scheduled and summarised ({@code -R}), executed and the revised
 * status shown ({@code -S}), with crm_simulate's text for each section it prints.
 */
public final class Simulation {
    /**
     * What a run printed and produced.
     *
     * @param text what crm_simulate prints on standard output
     * @param errors what it prints on standard error
     * @param ok false when the transition could not complete
     * @param input the CIB after the modifications ({@code --save-input})
     * @param output the CIB at the end ({@code --save-output}, {@code --in-place})
     * @param graph the transition graph XML, when a transition was scheduled and {@code --save-graph} asked for it
     * @param notes what crm_simulate prints on standard error before anything else (that schema validation is
     *              disabled)
     */
    public record Result(String text, List<String> errors, boolean ok, String input, String output,
                         Optional<String> graph, List<String> notes) {
        public Result {
            errors = List.copyOf(errors);
            notes = List.copyOf(notes);
        }
    }

    private final SimulateOptions options;
    /** The scheduler given, or null for crmj's, which parses and unpacks the CIB once for status and transition. */
    private final BiFunction<String, Instant, Transition> scheduler;
    private final long clock;
    private final StringBuilder out = new StringBuilder();
    private final List<String> errors = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private boolean printed;

    private Simulation(SimulateOptions options, BiFunction<String, Instant, Transition> scheduler, long clock) {
        this.options = options;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /**
     * Runs crm_simulate on a CIB with crmj's scheduler.
     *
     * @param clock the time to record for simulated results and failures (crm_simulate uses the clock)
     * @throws UnsupportedFeatureException when a transition is needed and the scheduler refuses the CIB
     * @throws InjectionException when a modification names an unknown resource or is malformed
     */
    public static Result run(SimulateOptions options, String cibXml, Instant clock) {
        return new Simulation(options, null, clock.getEpochSecond()).run(cibXml);
    }

    /** Runs crm_simulate with a given scheduler (for tests, and for transitions read from elsewhere). */
    public static Result run(SimulateOptions options, String cibXml, Instant clock,
                             BiFunction<String, Instant, Transition> scheduler) {
        return new Simulation(options, java.util.Objects.requireNonNull(scheduler, "scheduler"),
                clock.getEpochSecond()).run(cibXml);
    }

    private Result run(String cibXml) {
        Instant now = options.date().map(EffectiveDate::parse).orElse(null);
        // A CIB that is neither changed nor saved goes to crmj's scheduler as it is; otherwise it is read into
        // a tree to change, and printed from it (the form crm_simulate saves)
        boolean asIs = scheduler == null && !options.injects() && !options.simulate()
                && options.saveInput().isEmpty() && options.saveOutput().isEmpty() && !options.inPlace();
        XmlTree cib = asIs ? null : XmlTree.parse(cibXml);
        String xml = asIs ? cibXml : null;
        Scheduler.Prepared prepared = asIs ? Scheduler.prepare(xml, now) : null;
        String schema = asIs ? prepared.rootAttribute("validate-with") : cib.attr("validate-with");
        if ("none".equals(schema) || "pacemaker-none".equals(schema)) {
            // cli_config_update's note, on standard error before anything else
            notes.add("Schema validation of configuration is disabled (enabling is encouraged and prevents "
                    + "common misconfigurations)");
        }
        StatusInjector injector = asIs ? null : new StatusInjector(cib, clock);
        if (!asIs) {
            xml = cib.print();
            prepared = scheduler == null ? Scheduler.prepare(xml, now) : null;
        }
        ClusterState state = prepared != null ? prepared.state() : ClusterState.ofXml(xml, now);
        if (!options.quiet()) {
            out.append(dateNote(state)).append(CrmMonFormatter.preamble(state))
                    .append(CrmMonFormatter.currentStatus(state));
            printed = true;
        }
        if (options.injects()) {
            spacer();
            new Modifications(injector, state, options).apply(out, errors, options.quiet());
            printed = true;
            xml = cib.print();
            prepared = scheduler == null ? Scheduler.prepare(xml, now) : null;
            state = prepared != null ? prepared.state() : ClusterState.ofXml(xml, now);
            if (!options.quiet()) {
                out.append(dateNote(state));
            }
        }
        String input = xml;
        if (!options.run()) {
            return new Result(text(), errors, true, input, input, Optional.empty(), notes);
        }
        Transition transition = prepared != null ? prepared.schedule(options.showScores())
                : scheduler.apply(xml, now);
        if (options.showScores()) {
            // printed while scheduling, between the status and the transition summary
            spacer();
            transition.scores().forEach(l -> out.append(l).append('\n'));
            printed = true;
        }
        if (!options.quiet()) {
            spacer();
            out.append("Transition Summary:\n");
            transition.summary().forEach(l -> out.append(l).append('\n'));
        }
        // the graph's text only when it is saved (it costs as much as a third of the scheduling)
        Map<Integer, Integer> priorities = options.simulate() || options.saveGraph().isPresent()
                ? Priorities.of(transition.actions()) : Map.of();
        Optional<String> graph = options.saveGraph().map(f -> GraphXml.write(transition.actions(), priorities));
        if (!options.simulate()) {
            return new Result(text(), errors, true, input, input, graph, notes);
        }
        TransitionExecutor.Result executed = TransitionExecutor.execute(xml, transition.actions(), priorities,
                options.opFail(), ResourceNames.of(state, xml), clock);
        errors.addAll(executed.errors());
        if (!options.quiet()) {
            spacer();
            out.append("Executing Cluster Transition:\n");
            executed.lines().forEach(l -> out.append(l).append('\n'));
            ClusterState revised = ClusterState.ofXml(executed.cibXml(), now);
            out.append(dateNote(revised)).append('\n').append(CrmMonFormatter.revisedStatus(revised));
        }
        return new Result(text(), errors, executed.status() == GraphRun.Status.COMPLETE, input,
                executed.cibXml(), graph, notes);
    }

    /**
     * The output. With --show-scores crm_simulate's text is not "fancy": list headings are left out and list
     * items printed without indentation, bullet or name ({@code Online: [ node1 ]} becomes {@code [ node1 ]}).
     */
    private String text() {
        if (!options.showScores()) {
            return out.toString();
        }
        StringBuilder plain = new StringBuilder();
        for (String line : out.toString().split("\n", -1)) {
            String item = line.stripLeading();
            if (!item.startsWith("* ")) {
                // a top-level list heading goes; other lines are printed as they are
                if (!(line.endsWith(":") && !line.startsWith(" "))) {
                    plain.append(line).append('\n');
                }
                continue;
            }
            item = item.substring(2);
            if (item.endsWith(":")) {
                continue; // a nested list heading
            }
            for (String name : NAMED_ITEMS) {
                if (item.startsWith(name + ": [")) {
                    item = item.substring(name.length() + 2);
                    break;
                }
            }
            plain.append(item).append('\n');
        }
        plain.setLength(plain.length() - 1);
        return plain.toString();
    }

    /** The list items printed with a name (the node lists'): the name goes with the fancy format. */
    private static final List<String> NAMED_ITEMS = List.of("Online", "OFFLINE", "RemoteOnline", "RemoteOFFLINE",
            "GuestOnline");

    private void spacer() {
        if (printed) {
            out.append('\n');
        }
    }

    private String dateNote(ClusterState state) {
        if (options.date().isPresent()) {
            return "Setting effective cluster time: " + options.date().get() + "\n";
        }
        return CrmMonFormatter.executionDateNote(state);
    }
}

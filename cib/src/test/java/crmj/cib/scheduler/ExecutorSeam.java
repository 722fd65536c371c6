package crmj.cib.scheduler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The seam for carrying a transition out on a CIB's status, as crm_simulate -S does: what it prints under
 * "Executing Cluster Transition:" and "Revised Cluster Status:". The harnesses compare those sections only
 * where an executor gives them: {@link #crmj()} is crmj's own (crm_simulate -S through {@link Simulation}),
 * {@link #NONE} gives nothing.
 */
@FunctionalInterface
interface ExecutorSeam {
    /** No executor: no executed transition, no revised status. */
    ExecutorSeam NONE = (cibXml, transition, now) -> Optional.empty();

    /**
     * crmj's executor as the harnesses use it (the conformance test and runner, the random test): the
     * transition run as crm_simulate -S runs it, with its printed sections.
     */
    static ExecutorSeam crmj() {
        return (cibXml, transition, now) -> {
            List<String> args = new ArrayList<>(List.of("-S"));
            if (now != null) {
                args.add("-t");
                args.add(now.toString());
            }
            Simulation.Result result = Simulation.run(SimulateOptions.parse(args), cibXml, Instant.now(),
                    (xml, at) -> transition);
            String text = result.text();
            return Optional.of(new Executed(section(text, "Executing Cluster Transition:"),
                    section(text, "Revised Cluster Status:"), result.errors()));
        };
    }

    /** The lines of a section of crm_simulate's output, without its heading, up to the next section's heading. */
    private static String section(String text, String heading) {
        int at = text.indexOf(heading + "\n");
        if (at < 0) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String line : text.substring(at + heading.length() + 1).split("\n", -1)) {
            if (line.equals(SimulateOutput.SUMMARY) || line.equals(SimulateOutput.EXECUTING)
                    || line.equals(SimulateOutput.REVISED)) {
                break;
            }
            if (line.startsWith("Setting effective cluster time: ")) {
                // crm_simulate's note for -t, repeated before the revised status: not part of the
                // transition (the corpus summaries were made without -t; the seam passes the case's date)
                continue;
            }
            out.append(line).append('\n');
        }
        return out.toString().stripTrailing() + "\n";
    }

    /** What executing a transition prints; {@code now} as given to the scheduler. */
    Optional<Executed> execute(String cibXml, Transition transition, Instant now);

    /**
     * The two sections an executed transition prints, without their headings.
     *
     * @param executing the lines under "Executing Cluster Transition:"
     * @param revised the lines under "Revised Cluster Status:"
     * @param errors what the run printed on standard error ("Transition failed: terminated", ...), which
     *               crm_simulate's recorded output shows after the transition summary
     */
    record Executed(String executing, String revised, List<String> errors) {
        public Executed {
            errors = List.copyOf(errors);
        }
    }
}

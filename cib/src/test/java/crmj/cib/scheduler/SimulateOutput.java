package crmj.cib.scheduler;

import java.util.List;
import java.util.Optional;

/**
 * The sections of what {@code crm_simulate -S} prints (Current cluster status, Transition Summary, Executing
 * Cluster Transition, Revised Cluster Status), and the normalisations the comparisons apply: the corpus
 * runner's (README: {@code ocf::}, Master/Slave names) and white space folded.
 *
 * @param summary the lines under "Transition Summary:"
 * @param executing the lines under "Executing Cluster Transition:"
 * @param revised the lines under "Revised Cluster Status:"
 */
record SimulateOutput(String summary, String executing, String revised) {
    static final String SUMMARY = "Transition Summary:";
    static final String EXECUTING = "Executing Cluster Transition:";
    static final String REVISED = "Revised Cluster Status:";

    /** Splits a whole crm_simulate -S output; empty when a heading is missing. */
    static Optional<SimulateOutput> parse(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        int s = lines.indexOf(SUMMARY);
        int e = lines.indexOf(EXECUTING);
        int r = lines.indexOf(REVISED);
        if (s < 0 || e < s || r < e) {
            return Optional.empty();
        }
        return Optional.of(new SimulateOutput(join(lines, s + 1, e), join(lines, e + 1, r),
                join(lines, r + 1, lines.size())));
    }

    private static String join(List<String> lines, int from, int to) {
        return String.join("\n", lines.subList(from, to)).strip();
    }

    /** The corpus runner's normalisation (its README), line by line. */
    static String normalise(String text) {
        return crmj.cib.status.CtsCorpus.normalise(text);
    }

    /**
     * Normalised, each line's runs of white space folded to one space, blank lines and edges dropped, and the
     * two lines crm_simulate prints on standard error when a transition cannot complete dropped too: where they
     * land among the sections depends on output buffering (the executed actions show the failure anyway).
     */
    static String fold(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : normalise(text).split("\n")) {
            String l = line.strip().replaceAll("\\s+", " ");
            if (l.equals("Transition failed: terminated") || l.equals("An invalid transition was produced")) {
                continue;
            }
            if (!l.isEmpty()) {
                out.append(l).append('\n');
            }
        }
        return out.toString();
    }
}

package crmj.cib.scheduler;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * End to end over Pacemaker's scheduler corpus: {@code crm_simulate -x CASE.xml -S} done by crmj (its
 * scheduler, then the executor) must print the case's whole summary file (after the runner's normalisation;
 * the Transition Summary's column padding folded, as the corpus README advises). Cases listed in
 * {@code scheduler/scheduled-known-divergences.txt} must still differ; {@code -Dcrmj.sim.writeKnown=true}
 * rewrites that list from the current results (target/scheduled-known-divergences.txt).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScheduledCorpusTest {
    private static final String PART = "whole";

    record Outcome(String expected, String actual) {
        boolean same() {
            return expected.equals(actual);
        }
    }

    private final Map<String, Outcome> results = new ConcurrentHashMap<>();
    /** Per case: -R's output (the CIB handed to the scheduler as it is) and -S's up to its execution. */
    private final Map<String, Outcome> runOnly = new ConcurrentHashMap<>();
    private Map<String, String> known;

    @BeforeAll
    void run() {
        Assumptions.assumeTrue(SimCorpus.present(), "no corpus at " + SimCorpus.ROOT);
        known = SimCorpus.knownDivergences("/scheduler/scheduled-known-divergences.txt");
        Instant clock = Instant.now();
        SimulateOptions options = SimulateOptions.parse(List.of("-S"));
        SimCorpus.cases().parallelStream().forEach(name -> {
            String expected = fold(SimCorpus.normalise(SimCorpus.summary(name)));
            String actual;
            try {
                Simulation.Result r = Simulation.run(options, SimCorpus.cib(name), clock);
                // the summaries hold standard error too (here only notes printed before the output)
                String stderr = r.notes().isEmpty() ? "" : String.join("\n", r.notes()) + "\n";
                actual = fold(SimCorpus.normalise(stderr + r.text()));
            } catch (UnsupportedFeatureException e) {
                actual = "UNSUPPORTED " + e.features();
            } catch (RuntimeException e) {
                actual = "EXCEPTION " + e;
            }
            results.put(name, new Outcome(expected, actual));
            runOnly.put(name, new Outcome(scheduledPart(name, options, clock),
                    scheduledPart(name, SimulateOptions.parse(List.of("-R")), clock)));
        });
    }

    /** The notes and output up to the Transition Summary's end (where -R stops and -S goes on), or the failure. */
    private static String scheduledPart(String name, SimulateOptions options, Instant clock) {
        try {
            Simulation.Result r = Simulation.run(options, SimCorpus.cib(name), clock);
            String text = r.text();
            int executing = text.indexOf("\nExecuting Cluster Transition:\n");
            return String.join("\n", r.notes()) + "\n" + (executing < 0 ? text : text.substring(0, executing));
        } catch (RuntimeException e) {
            return "EXCEPTION " + e;
        }
    }

    /**
     * {@code -R} gives the CIB to the scheduler as it is, {@code -S} reads it into a tree and prints it first (it
     * changes it): both must schedule the same.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void runAloneSchedulesAsSimulate(String name) {
        Outcome o = runOnly.get(name);
        assertEquals(o.expected(), o.actual(), name);
    }

    /** Folds runs of spaces in the Transition Summary's lines. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder();
        boolean inSummary = false;
        for (String line : text.split("\n", -1)) {
            if (line.equals("Transition Summary:")) {
                inSummary = true;
            } else if (!line.startsWith("  ")) {
                inSummary = false;
            }
            out.append(inSummary ? line.replaceAll(" +", " ") : line).append('\n');
        }
        return out.toString().strip();
    }

    List<String> cases() {
        return SimCorpus.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void simulatesAsCrmSimulate(String name) {
        Outcome o = results.get(name);
        String reason = known.get(name + " " + PART);
        if (reason == null) {
            assertEquals(o.expected(), o.actual(), name);
        } else {
            assertNotEquals(o.expected(), o.actual(), name + " is listed as divergent (" + reason
                    + ") but now matches: remove it from scheduled-known-divergences.txt");
        }
    }

    @AfterAll
    void summary() throws Exception {
        if (results.isEmpty()) {
            return;
        }
        int same = 0;
        int unsupported = 0;
        StringBuilder list = new StringBuilder("# Corpus cases whose whole crm_simulate -S output (crmj's scheduler and "
                + "executor) differs from the summary.\n# case<TAB>part<TAB>reason\n");
        Path dir = Files.createDirectories(Path.of("target", "scheduled"));
        for (Map.Entry<String, Outcome> e : new TreeMap<>(results).entrySet()) {
            Outcome o = e.getValue();
            if (o.same()) {
                same++;
                continue;
            }
            boolean refused = o.actual().startsWith("UNSUPPORTED");
            unsupported += refused ? 1 : 0;
            list.append(e.getKey()).append('\t').append(PART).append('\t')
                    .append(refused ? "the scheduler refuses it: " + o.actual().substring(12) : "output differs")
                    .append('\n');
            Files.writeString(dir.resolve(e.getKey() + ".exp"), o.expected() + "\n");
            Files.writeString(dir.resolve(e.getKey() + ".act"), o.actual() + "\n");
        }
        Files.writeString(Path.of("target", "scheduled-known-divergences.txt"), list);
        if (Boolean.getBoolean("crmj.sim.writeKnown")) {
            Files.writeString(Path.of("src", "test", "resources", "scheduler", "scheduled-known-divergences.txt"), list);
        }
        System.out.println("scheduled corpus (crm_simulate -S end to end): " + same + "/" + results.size()
                + " identical, " + unsupported + " refused as unsupported");
    }
}

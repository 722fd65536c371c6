package crmj.cib.scheduler;

import crmj.cib.status.ClusterState;
import crmj.cib.status.CrmMonFormatter;
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
 * The executor against the real crm_simulate over Pacemaker's scheduler corpus, without crmj's scheduler:
 * each case's transition graph as the real crm_simulate writes it ({@code -G}) is read back, run by
 * {@link GraphRun} and {@link TransitionExecutor} on the case's input CIB, and both the lines printed (the
 * firing order and text of "Executing Cluster Transition") and the revised status (the status section the
 * injections leave, printed by crmj's status formatter) must equal the case's crm_simulate summary. Cases
 * listed in {@code scheduler/graph-execution-known-divergences.txt} must still differ.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GraphExecutionCorpusTest {
    private static final String EXECUTING = "executing";
    private static final String REVISED = "revised";

    record Outcome(String expectedLines, String actualLines, String expectedRevised, String actualRevised) {
    }

    private final Map<String, Outcome> results = new ConcurrentHashMap<>();
    private Map<String, String> known;

    @BeforeAll
    void run() {
        Assumptions.assumeTrue(SimCorpus.present(), "no corpus at " + SimCorpus.ROOT);
        known = SimCorpus.knownDivergences("/scheduler/graph-execution-known-divergences.txt");
        long now = Instant.now().getEpochSecond();
        SimCorpus.cases().parallelStream().forEach(name -> results.put(name, run(name, now)));
    }

    static Outcome run(String name, long now) {
        String summary = SimCorpus.summary(name);
        String expectedLines = SimCorpus.normalise(String.join("\n", SimCorpus.executing(summary)));
        String expectedRevised = SimCorpus.normalise(SimCorpus.revised(summary));
        try {
            String cib = SimCorpus.cib(name);
            GraphXml.Graph graph = GraphXml.parse(SimCorpus.graph(name));
            ResourceNames names = ResourceNames.of(ClusterState.ofXml(cib, null), cib);
            TransitionExecutor.Result r = TransitionExecutor.execute(cib, graph.actions(), graph.priorities(),
                    List.of(), names, now);
            String revised = CrmMonFormatter.body(ClusterState.ofXml(r.cibXml(), null), false);
            return new Outcome(expectedLines, SimCorpus.normalise(String.join("\n", r.lines())), expectedRevised,
                    SimCorpus.normalise(revised));
        } catch (RuntimeException e) {
            return new Outcome(expectedLines, "EXCEPTION " + e, expectedRevised, "EXCEPTION " + e);
        }
    }

    List<String> cases() {
        return SimCorpus.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void executesAsCrmSimulate(String name) {
        Outcome o = results.get(name);
        check(name, EXECUTING, o.expectedLines(), o.actualLines());
        check(name, REVISED, o.expectedRevised(), o.actualRevised());
    }

    private void check(String name, String part, String expected, String actual) {
        String reason = known.get(name + " " + part);
        if (reason == null) {
            assertEquals(expected, actual, name + " " + part);
        } else {
            assertNotEquals(expected, actual, name + " " + part + " is listed as divergent (" + reason
                    + ") but now matches: remove it from graph-execution-known-divergences.txt");
        }
    }

    @AfterAll
    void summary() throws Exception {
        if (results.isEmpty()) {
            return;
        }
        int lines = 0;
        int revised = 0;
        StringBuilder diffs = new StringBuilder();
        for (Map.Entry<String, Outcome> e : new TreeMap<>(results).entrySet()) {
            Outcome o = e.getValue();
            boolean l = o.expectedLines().equals(o.actualLines());
            boolean r = o.expectedRevised().equals(o.actualRevised());
            lines += l ? 1 : 0;
            revised += r ? 1 : 0;
            if (!l || !r) {
                Path dir = Files.createDirectories(Path.of("target", "graph-exec"));
                Files.writeString(dir.resolve(e.getKey() + ".exp"), o.expectedLines() + "\n" + o.expectedRevised());
                Files.writeString(dir.resolve(e.getKey() + ".act"), o.actualLines() + "\n" + o.actualRevised());
            }
            if (!l) {
                diffs.append(e.getKey()).append('\t').append(EXECUTING).append('\n');
            }
            if (!r) {
                diffs.append(e.getKey()).append('\t').append(REVISED).append('\n');
            }
        }
        Files.writeString(Path.of("target", "graph-execution-diffs.txt"), diffs);
        System.out.println("graph execution: executing lines " + lines + "/" + results.size()
                + " identical, revised status " + revised + "/" + results.size() + " identical");
    }
}

package crmj.cib.scheduler;

import crmj.cib.status.ClusterState;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The graph run's order and the executor's text and history on small graphs, against what the real
 * crm_simulate 2.1.5 printed and saved for them: case 1360's graph ({@code scheduler/1360-graph.xml}, saved
 * by {@code crm_simulate -x 1360.xml -S -G}), run plainly and with
 * {@code -F dollies:0_stop_0@ssgtest1a=1}.
 */
class TransitionExecutorTest {
    private static final long NOW = 1_796_324_515L;

    private static String resource(String name) throws Exception {
        try (var in = TransitionExecutorTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static GraphAction pseudo(int id, String key, Integer... inputs) {
        return new GraphAction(id, GraphAction.Type.PSEUDO, "x", key, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 0, Map.of(), List.of(inputs));
    }

    @Test
    void laterSynapsesFireInTheSamePassEarlierOnesInTheNext() {
        // synapse order 0..5 as in 1360's graph: an action whose inputs complete later in a pass waits a pass
        List<GraphAction> graph = List.of(pseudo(8, "start", 7, 9), pseudo(7, "stop", 11), pseudo(12, "stopped", 7, 11),
                pseudo(11, "stop-clone"), pseudo(10, "running", 8, 9), pseudo(9, "start-clone", 12));
        List<String> order = GraphRun.order(graph).stream().map(GraphAction::key).toList();
        assertEquals(List.of("stop-clone", "stop", "stopped", "start-clone", "start", "running"), order);
    }

    @Test
    void anActionWaitingForAMissingInputNeverFires() {
        TransitionExecutor.Result r = TransitionExecutor.execute("<cib><configuration/><status/></cib>",
                List.of(pseudo(1, "a"), pseudo(2, "b", 5)), Map.of(), List.of(), n -> false, NOW);
        assertEquals(List.of("  * Pseudo action:   a"), r.lines());
        assertEquals(GraphRun.Status.TERMINATED, r.status());
        assertEquals(List.of("Transition failed: terminated", "An invalid transition was produced"), r.errors());
    }

    @Test
    void opFailAbortsTheRestOfTheGraphAsCrmSimulateDoes() throws Exception {
        Assumptions.assumeTrue(SimCorpus.present(), "no corpus at " + SimCorpus.ROOT);
        String cib = SimCorpus.cib("1360");
        GraphXml.Graph g = GraphXml.parse(resource("/scheduler/1360-graph.xml"));
        TransitionExecutor.Result r = TransitionExecutor.execute(cib, g.actions(), g.priorities(),
                List.of("dollies:0_stop_0@ssgtest1a=1"), ResourceNames.of(ClusterState.ofXml(cib, null), cib), NOW);
        assertEquals(List.of(
                "  * Pseudo action:   dolly_stop_0",
                "  * Resource action: dollies:0       stop on ssgtest1a",
                "Pretending action 7 failed with rc=1",
                "  * Injecting attribute fail-count-dollies:0#stop_0=value++ into /node_state "
                        + "'94ef659b-5fd8-4d6b-b0ed-3b40339f8132'",
                "  * Injecting attribute last-failure-dollies:0#stop_0=1796324515 into /node_state "
                        + "'94ef659b-5fd8-4d6b-b0ed-3b40339f8132'",
                "  * Pseudo action:   dolly_stopped_0",
                "  * Pseudo action:   dolly_start_0"), r.lines());
        assertEquals(GraphRun.Status.COMPLETE, r.status());
        String xml = r.cibXml();
        assertTrue(xml.contains("<nvpair id=\"instance_attributes.id22494-fail-count-dollies.0.stop_0\" "
                + "name=\"fail-count-dollies:0#stop_0\" value=\"1\"/>"), xml);
        String failure = "operation_key=\"dollies_stop_0\" operation=\"stop\" crm-debug-origin=\"crm_simulate\" "
                + "crm_feature_set=\"3.16.1\" transition-key=\"9:-1:0:xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\" "
                + "transition-magic=\"0:1;9:-1:0:xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\" exit-reason=\"User-injected "
                + "result\" call-id=\"9\" rc-code=\"1\" op-status=\"0\" interval=\"0\" last-rc-change=\"1796324515\" "
                + "exec-time=\"0\" queue-time=\"0\"/>";
        assertTrue(xml.contains("<lrm_rsc_op id=\"dollies_last_failure_0\" " + failure), xml);
        assertTrue(xml.contains("<lrm_rsc_op id=\"dollies_last_0\" " + failure), xml);
    }

    @Test
    void graphXmlRoundTrips() throws Exception {
        GraphXml.Graph g = GraphXml.parse(resource("/scheduler/1360-graph.xml"));
        GraphXml.Graph again = GraphXml.parse(GraphXml.write(g.actions(), g.priorities()));
        assertEquals(g, again);
        assertEquals(6, g.actions().size());
        assertEquals(Map.of(12, GraphRun.INFINITY, 10, GraphRun.INFINITY), g.priorities());
    }
}

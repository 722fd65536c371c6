package crmj.cib.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterOptionsTest {

    private static ClusterOptions recorded() {
        return ClusterOptions.of(List.of(TestResources.metadata("pacemaker-controld.xml"),
                TestResources.metadata("pacemaker-schedulerd.xml"), TestResources.metadata("pacemaker-based.xml")));
    }

    @Test
    void describesTheBasicProperties() {
        ClusterOptions options = recorded();
        AgentParameter stonith = options.parameter("stonith-enabled").orElseThrow();
        assertEquals("boolean", stonith.type());
        assertEquals(Optional.of("true"), stonith.defaultValue());
        assertEquals("*** Advanced Use Only *** Whether nodes may be fenced as part of recovery", stonith.shortdesc());
        assertTrue(stonith.longdesc().startsWith("If false, unresponsive nodes are immediately assumed"));
        AgentParameter quorum = options.parameter("no-quorum-policy").orElseThrow();
        assertEquals("What to do when the cluster does not have quorum", quorum.shortdesc());
        assertEquals(List.of("stop", "freeze", "ignore", "demote", "suicide"), quorum.enumValues());
        assertTrue(options.parameter("enable-acl").isPresent(), "from pacemaker-based");
    }

    @Test
    void mergesLikeCrmsh() {
        List<String> names = recorded().names();
        // Controller options first; a name two daemons describe keeps its first place and appears once.
        assertEquals("dc-version", names.get(0));
        assertEquals(1, names.stream().filter("no-quorum-policy"::equals).count());
        assertEquals(names.indexOf("shutdown-lock"), names.lastIndexOf("shutdown-lock"));
        assertTrue(names.indexOf("no-quorum-policy") < names.indexOf("symmetric-cluster"));
        assertEquals(17 + 30 + 2 - 2, names.size());
    }

    @Test
    void completionLeavesOutWhatTheClusterSets() {
        ClusterOptions options = recorded();
        assertFalse(options.completionNames().contains("dc-version"));
        assertFalse(options.completionNames().contains("cluster-infrastructure"));
        assertTrue(options.completionNames().contains("cluster-name"));
        assertTrue(options.isKnown("last-lrm-refresh"));
        assertTrue(options.isKnown("dc-version"));
        assertFalse(options.isKnown("bogus-prop"));
    }

    /** The property, rsc_defaults and op_defaults lines of check-defaults.expected.txt. */
    @Test
    void warnsAboutUnknownNamesLikeCrmsh() {
        List<String> expected = TestResources.lines("check-defaults.expected.txt");
        assertEquals(expected.get(0), recorded().checkProperties("cib-bootstrap-options",
                List.of("stonith-enabled", "no-quorum-policy", "bogus-prop", "dc-version")).get(0).toString());
        assertEquals(List.of(expected.get(8)), strings(
                ClusterOptions.checkOpDefaults("op-options", List.of("timeout", "bogus-op"))));
        assertEquals(List.of(expected.get(9)), strings(
                ClusterOptions.checkRscDefaults("rsc-options", List.of("bogus-rsc", "resource-stickiness"))));
        assertEquals(List.of(), recorded().checkProperties("mysql_replication", List.of("anything")));
    }

    @Test
    void readsThisMachinesPacemaker() throws Exception {
        assumeTrue(TestResources.pacemakerDaemonsInstalled(), "Pacemaker daemons not installed");
        ClusterOptions options = new LocalAgentCatalog().clusterOptions();
        assertTrue(options.parameter("stonith-enabled").isPresent());
        assertTrue(options.parameter("no-quorum-policy").orElseThrow().enumValues().contains("ignore"));
        assertEquals(recorded().names(), options.names());
    }

    @Test
    void failsWithoutPacemaker(@TempDir Path empty) {
        AgentPaths paths = AgentPaths.system().withProgramDirs(List.of(empty), List.of(empty));
        AgentException e = assertThrows(AgentException.class, () -> ClusterOptions.load(paths, Duration.ofSeconds(5)));
        assertEquals(AgentException.Kind.NOT_FOUND, e.kind());
    }

    private static List<String> strings(List<ValidationProblem> problems) {
        return problems.stream().map(ValidationProblem::toString).toList();
    }
}

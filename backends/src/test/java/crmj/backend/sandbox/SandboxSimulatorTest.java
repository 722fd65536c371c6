package crmj.backend.sandbox;

import crmj.cib.SourceLocation;
import crmj.cib.model.Cib;
import crmj.cib.model.SetKind;
import crmj.cib.scheduler.GraphAction;
import crmj.cib.status.ClusterState;
import crmj.cib.status.CrmMonFormatter;
import crmj.cib.text.NodeAttributes;
import crmj.cib.xml.CibXmlReader;
import crmj.cib.xml.CibXmlWriter;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sandbox on the seed's configuration (DRBD, a Filesystem and an NFS server on alpha and delta), and on
 * the Stateful agent that stands in for DRBD in tests: every transition checked against the real
 * crm_simulate on the same CIB, and the order of the actions carried out.
 */
class SandboxSimulatorTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final SourceLocation AT = SourceLocation.of("test");
    private final SandboxSimulator simulator = new SandboxSimulator(Clock.fixed(NOW, ZoneOffset.UTC));

    static Path seedCib() {
        for (Path p : List.of(Path.of("../../shared/reference/seed-cib.xml"), Path.of("../shared/reference/seed-cib.xml"))) {
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new IllegalStateException("no shared/reference/seed-cib.xml");
    }

    private static String status(Cib cib) {
        return CrmMonFormatter.body(ClusterState.of(cib, NOW), false);
    }

    @Test
    void freshSandboxHasTwoOnlineNodesAndNothingToDo() throws Exception {
        Cib fresh = simulator.prepare(CibXmlReader.read(SandboxBackend.freshCib()));
        assertTrue(status(fresh).contains("* Online: [ alpha delta ]"), status(fresh));
        SandboxSimulator.Settled s = simulator.settle(fresh, summary -> { });
        assertEquals(List.of(), s.rounds());
        assertTrue(s.settled());
        Differential.settled(CibXmlWriter.write(s.cib()));
    }

    @Test
    void seedPromotesDrbdOnAlphaThenStandbyMovesEverythingToDelta() throws Exception {
        Cib seed = CibXmlReader.read(Files.readString(seedCib()));
        List<List<String>> previews = new ArrayList<>();
        SandboxSimulator.Settled up = simulator.settle(seed, previews::add);
        assertTrue(up.settled());
        assertEquals(up.rounds().size(), previews.size());
        Differential.check(up.rounds(), NOW);
        String s = status(up.cib());
        assertTrue(s.contains("* Promoted: [ alpha ]"), s);
        assertTrue(s.contains("* fs_nfs\t(ocf:heartbeat:Filesystem):\t Started alpha"), s);
        assertTrue(s.contains("* nfs\t(ocf:heartbeat:nfsserver):\t Started alpha"), s);
        assertTrue(CibXmlWriter.write(up.cib()).contains("name=\"master-drbd_nfs\" value=\"10000\""));
        Differential.settled(CibXmlWriter.write(up.cib()));

        Cib standby = NodeAttributes.set(up.cib(), "alpha", SetKind.INSTANCE_ATTRIBUTES, "standby", "on", AT);
        SandboxSimulator.Settled moved = simulator.settle(standby, summary -> { });
        assertTrue(moved.settled());
        Differential.check(moved.rounds(), NOW);
        assertEquals(List.of("* Move fs_nfs ( alpha -> delta )", "* Move nfs ( alpha -> delta )",
                "* Stop drbd_nfs:0 ( Promoted alpha ) due to node availability",
                "* Promote drbd_nfs:1 ( Unpromoted -> Promoted delta )"),
                RealCrmSimulate.fold(moved.rounds().get(0).summary()));
        List<String> fired = fired(moved.rounds());
        assertInOrder(fired, "demote drbd_nfs:0 alpha", "stop drbd_nfs:0 alpha", "promote drbd_nfs:1 delta",
                "start fs_nfs delta", "start nfs delta");
        assertInOrder(fired, "stop nfs alpha", "stop fs_nfs alpha", "demote drbd_nfs:0 alpha");
        String after = status(moved.cib());
        assertTrue(after.contains("* Promoted: [ delta ]"), after);
        assertTrue(after.contains("Started delta"), after);
        assertFalse(after.contains("Started alpha"), after);
        Differential.settled(CibXmlWriter.write(moved.cib()));
    }

    @Test
    void statefulAgentSetsItsScoresAndGetsPromoted() throws Exception {
        String xml = Files.readString(seedCib())
                .replace("provider=\"linbit\" type=\"drbd\"", "provider=\"pacemaker\" type=\"Stateful\"");
        SandboxSimulator.Settled up = simulator.settle(CibXmlReader.read(xml), summary -> { });
        assertTrue(up.settled(), () -> up.rounds().stream().map(r -> String.join("\n", r.summary()))
                .reduce("", (a, b) -> a + "\n--\n" + b));
        Differential.check(up.rounds(), NOW);
        String out = CibXmlWriter.write(up.cib());
        assertTrue(out.contains("name=\"master-drbd_nfs\" value=\"10\""), out);
        assertTrue(out.contains("name=\"master-drbd_nfs\" value=\"5\""), out);
        assertTrue(status(up.cib()).contains("* Promoted: ["), status(up.cib()));
        Differential.settled(out);
    }

    @Test
    void statefulWithoutPreferencePromotesWhereTheSchedulerChoosesAndSurvivesStandby() throws Exception {
        String xml = Files.readString(seedCib())
                .replace("provider=\"linbit\" type=\"drbd\"", "provider=\"pacemaker\" type=\"Stateful\"")
                .replace("<rsc_location id=\"loc\" rsc=\"ms_drbd_nfs\" score=\"100\" node=\"alpha\"/>", "");
        SandboxSimulator.Settled up = simulator.settle(CibXmlReader.read(xml), summary -> { });
        assertTrue(up.settled());
        Differential.check(up.rounds(), NOW);
        Differential.settled(CibXmlWriter.write(up.cib()));
        String promoted = status(up.cib()).contains("* Promoted: [ alpha ]") ? "alpha" : "delta";
        Cib standby = NodeAttributes.set(up.cib(), promoted, SetKind.INSTANCE_ATTRIBUTES, "standby", "on", AT);
        SandboxSimulator.Settled moved = simulator.settle(standby, summary -> { });
        assertTrue(moved.settled());
        Differential.check(moved.rounds(), NOW);
        Differential.settled(CibXmlWriter.write(moved.cib()));
        assertFalse(status(moved.cib()).contains("* Promoted: [ " + promoted + " ]"), status(moved.cib()));
    }

    @Test
    void newNodeObjectsJoinAndRemovedOnesLeave() throws Exception {
        String xml = Files.readString(seedCib()).replace("<node id=\"2\" uname=\"delta\"/>",
                "<node id=\"3\" uname=\"gamma\"/>");
        SandboxSimulator.Settled s = simulator.settle(CibXmlReader.read(xml), summary -> { });
        String out = status(s.cib());
        assertTrue(out.contains("* Online: [ alpha gamma ]"), out);
        assertFalse(CibXmlWriter.write(s.cib()).contains("uname=\"delta\""));
        Differential.check(s.rounds(), NOW);
    }

    private static List<String> fired(List<SandboxSimulator.Round> rounds) {
        List<String> out = new ArrayList<>();
        for (SandboxSimulator.Round r : rounds) {
            for (GraphAction a : r.fired()) {
                if (a.type() == GraphAction.Type.RESOURCE) {
                    out.add(a.task() + " " + a.resourceLongId().or(a::resource).orElse("") + " " + a.node().orElse(""));
                }
            }
        }
        return out;
    }

    private static void assertInOrder(List<String> fired, String... expected) {
        int last = -1;
        for (String e : expected) {
            int i = fired.indexOf(e);
            assertTrue(i > last, e + " after the previous action in " + fired);
            last = i;
        }
    }
}

package crmj.backend.sandbox;

import crmj.cib.model.Cib;
import crmj.cib.xml.CibXmlReader;
import crmj.cib.xml.CibXmlWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sandbox's CIB file: created fresh, each commit settled, versioned and saved with its transition inputs. */
class SandboxBackendTest {
    @TempDir
    Path dir;

    private final List<List<String>> transitions = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private SandboxBackend backend() {
        return new SandboxBackend(dir.resolve("cib.xml"), Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"),
                ZoneOffset.UTC), new SandboxBackend.Listener() {
                    @Override
                    public void transition(List<String> summary) {
                        transitions.add(summary);
                    }

                    @Override
                    public void warning(String message) {
                        warnings.add(message);
                    }
                });
    }

    @Test
    void aFreshSandboxIsWrittenOnFirstUse() throws Exception {
        Cib cib = backend().load();
        assertTrue(Files.exists(dir.resolve("cib.xml")));
        String xml = Files.readString(dir.resolve("cib.xml"));
        assertTrue(xml.contains("uname=\"alpha\"") && xml.contains("uname=\"delta\""), xml);
        assertTrue(xml.contains("crmd=\"online\""), xml);
        assertEquals(cib, backend().load());
        Differential.settled(xml);
    }

    @Test
    void aStateDirectoryCibWithoutNodesOrStatusGetsTheSandboxMembers() throws Exception {
        Files.writeString(dir.resolve("cib.xml"), crmj.backend.FileBackend.emptyCib());
        Cib cib = backend().load();
        assertTrue(cib.find("1").isPresent() && cib.find("2").isPresent(), CibXmlWriter.write(cib));
        String xml = Files.readString(dir.resolve("cib.xml"));
        assertTrue(xml.contains("<node_state") && xml.contains("uname=\"delta\""), xml);
        Differential.settled(xml);
    }

    @Test
    void aCommitBumpsTheEpochSettlesAndKeepsTheInputs() throws Exception {
        SandboxBackend backend = backend();
        Cib seed = CibXmlReader.read(Files.readString(SandboxSimulatorTest.seedCib()));
        Cib stored = backend.commit(seed);
        assertEquals("3", stored.attribute("epoch").orElseThrow());
        assertEquals(1, transitions.size(), "drbd started and promoted, fs and nfs started: one transition");
        assertEquals(stored, backend().load());
        List<Path> inputs;
        try (Stream<Path> s = Files.list(dir.resolve("pe-inputs"))) {
            inputs = s.sorted().toList();
        }
        assertEquals(1, inputs.size());
        Differential.settled(CibXmlWriter.write(stored));
        assertEquals(List.of(), warnings);
    }

    @Test
    void whatTheSchedulerRefusesIsStoredWithAWarning() throws Exception {
        String xml = Files.readString(SandboxSimulatorTest.seedCib()).replace("<resources>",
                "<resources><primitive id=\"gamma\" class=\"ocf\" provider=\"pacemaker\" type=\"remote\"/>");
        Cib stored = backend().commit(CibXmlReader.read(xml));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("the sandbox cannot simulate this configuration ("), warnings.get(0));
        assertTrue(stored.find("gamma").isPresent());
        assertTrue(Files.readString(dir.resolve("cib.xml")).contains("id=\"gamma\""));
    }
}

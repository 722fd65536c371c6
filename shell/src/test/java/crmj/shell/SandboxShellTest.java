package crmj.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sandbox cluster through the shell (no CIB_file): a fresh state directory, the seed's configuration as a
 * script, status, standby and back, each transition the shell printed compared with what the real
 * crm_simulate prints for the CIB it was scheduled from (kept in {@code pe-inputs/}).
 */
class SandboxShellTest {
    @TempDir
    Path state;

    record Run(int status, String out, String err) {
    }

    private Run crm(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, Map.of("CRMJ_STATE_DIR", state.toString()), new Output(new PrintWriter(out),
                new PrintWriter(err)), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return new Run(status, out.toString(), err.toString());
    }

    private Run ok(String stdin, String... args) {
        Run r = crm(stdin, args);
        assertEquals(0, r.status(), r.err());
        return r;
    }

    @Test
    void aFreshSandboxHasAlphaAndDeltaOnline() {
        assertEquals("node 1: alpha\nnode 2: delta\nproperty cib-bootstrap-options: \\\n\tstonith-enabled=false\n",
                ok("", "configure", "show").out());
        String status = ok("", "status").out();
        assertTrue(status.contains("  * Online: [ alpha delta ]\n"), status);
        assertTrue(status.contains("  * No resources\n"), status);
        Run standby = ok("", "node", "standby", "alpha");
        assertEquals("", standby.out());
        assertTrue(ok("", "status").out().contains("  * Node alpha: standby\n"));
    }

    @Test
    void theSeedRunsOnAlphaAndMovesToDeltaOnStandby() throws Exception {
        Run configure = ok(Files.readString(SeedEndToEndTest.SHARED.resolve("seed.crm")), "configure");
        List<List<String>> printed = new ArrayList<>(transitions(configure.out()));
        assertEquals(List.of("* Start fs_nfs ( alpha )", "* Start nfs ( alpha )",
                "* Promote drbd_nfs:0 ( Stopped -> Promoted alpha )", "* Start drbd_nfs:1 ( delta )"), printed.get(0));
        String up = ok("", "status").out();
        assertTrue(up.contains("    * Promoted: [ alpha ]\n    * Unpromoted: [ delta ]\n"), up);
        assertTrue(up.contains("    * fs_nfs\t(ocf:heartbeat:Filesystem):\t Started alpha\n"), up);
        assertTrue(up.contains("    * nfs\t(ocf:heartbeat:nfsserver):\t Started alpha\n"), up);
        assertEquals(List.of(), crmSimulate(state.resolve("cib.xml")).summary(), "Pacemaker sees a settled cluster");

        Run standby = ok("", "node", "standby", "alpha");
        List<List<String>> moved = transitions(standby.out());
        assertEquals(List.of("* Move fs_nfs ( alpha -> delta )", "* Move nfs ( alpha -> delta )",
                "* Stop drbd_nfs:0 ( Promoted alpha ) due to node availability",
                "* Promote drbd_nfs:1 ( Unpromoted -> Promoted delta )"), moved.get(0));
        printed.addAll(moved);
        String down = ok("", "status").out();
        assertTrue(down.contains("    * Promoted: [ delta ]\n    * Stopped: [ alpha ]\n"), down);
        assertTrue(down.contains("    * fs_nfs\t(ocf:heartbeat:Filesystem):\t Started delta\n"), down);
        assertTrue(down.contains("    * nfs\t(ocf:heartbeat:nfsserver):\t Started delta\n"), down);

        printed.addAll(transitions(ok("", "node", "online", "alpha").out()));
        printed.addAll(transitions(ok("", "resource", "stop", "HA").out()));
        String stopped = ok("", "status").out();
        assertTrue(stopped.contains("    * fs_nfs\t(ocf:heartbeat:Filesystem):\t Stopped (disabled)\n"), stopped);
        for (String command : List.of("resource start HA", "node standby delta", "node online delta",
                "resource move HA delta", "node maintenance alpha", "node ready alpha")) {
            printed.addAll(transitions(ok("", command.split(" ")).out()));
        }
        String movedBack = ok("", "status").out();
        assertTrue(movedBack.contains("    * nfs\t(ocf:heartbeat:nfsserver):\t Started delta\n"), movedBack);
        assertTrue(movedBack.contains("    * Promoted: [ delta ]\n"), movedBack);
        printed.addAll(transitions(ok("", "resource", "clear", "HA").out()));
        assertTrue(ok("", "status").out().contains("    * Promoted: [ alpha ]\n"));
        CrmSimulate last = crmSimulate(state.resolve("cib.xml"));
        assertEquals(List.of(), last.summary(), "Pacemaker sees a settled cluster");

        List<Path> inputs = inputs();
        assertEquals(inputs.size(), printed.size() + emptySummaries(inputs), "one saved input per transition");
        List<List<String>> real = new ArrayList<>();
        for (Path input : inputs) {
            List<String> summary = crmSimulate(input).summary();
            if (!summary.isEmpty()) {
                real.add(summary);
            }
        }
        assertEquals(real, printed);
    }

    @Test
    void withCibFileNothingIsSimulated() throws Exception {
        Path cib = state.resolve("file.xml");
        Files.copy(SeedEndToEndTest.SHARED.resolve("seed-cib.xml"), cib);
        SeedEndToEndTest.Run standby = SeedEndToEndTest.crm(cib, "", "node", "standby", "alpha");
        assertEquals(0, standby.status(), standby.err());
        assertEquals("", standby.out());
        assertTrue(Files.readString(cib).contains("  <status/>\n"));
        assertFalse(Files.exists(state.resolve("pe-inputs")));
    }

    /** The blocks printed under "Transition Summary:", white space folded. */
    static List<List<String>> transitions(String out) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = null;
        for (String line : out.split("\n")) {
            if (line.equals("Transition Summary:")) {
                current = new ArrayList<>();
                blocks.add(current);
            } else if (current != null && line.startsWith("  ")) {
                current.add(fold(line));
            } else {
                current = null;
            }
        }
        return blocks;
    }

    private int emptySummaries(List<Path> inputs) throws Exception {
        int n = 0;
        for (Path p : inputs) {
            n += crmSimulate(p).summary().isEmpty() ? 1 : 0;
        }
        return n;
    }

    private List<Path> inputs() throws IOException {
        try (Stream<Path> s = Files.list(state.resolve("pe-inputs"))) {
            return s.sorted(Comparator.comparingLong(SandboxShellTest::number)).toList();
        }
    }

    private static long number(Path p) {
        String n = p.getFileName().toString();
        return Long.parseLong(n.substring("pe-input-".length(), n.length() - ".xml".length()));
    }

    record CrmSimulate(List<String> summary) {
    }

    /** The real {@code crm_simulate -x FILE -S}'s Transition Summary, white space folded. */
    static CrmSimulate crmSimulate(Path cib) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/usr/sbin/crm_simulate", "-x", cib.toString(), "-S");
        pb.environment().remove("CIB_file");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        List<List<String>> blocks = transitions(text);
        assertEquals(1, blocks.size(), text);
        return new CrmSimulate(blocks.get(0));
    }

    private static String fold(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }
}

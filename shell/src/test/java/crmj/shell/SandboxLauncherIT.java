package crmj.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real launcher on a fresh machine: no CIB_file, no state, an empty home. {@code ./crm configure show},
 * {@code ./crm status} and {@code ./crm node standby alpha} work on the sandbox cluster, which is kept in
 * {@code $HOME/.local/state/crmj} (or {@code $CRMJ_STATE_DIR}).
 */
class SandboxLauncherIT {
    @TempDir
    Path tmp;

    record Run(int status, String out, String err) {
    }

    private Run crm(Map<String, String> env, String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(InteractiveShellIT.ROOT.resolve("crm").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(k -> !k.equals("PATH") && !k.equals("JAVA_HOME") && !k.equals("LANG"));
        pb.environment().putAll(env);
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Path in = tmp.resolve("in.txt");
        Files.writeString(in, stdin);
        pb.redirectInput(in.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "crm did not finish");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err));
    }

    @Test
    void oneLinersWorkOnAFreshMachine() throws Exception {
        Path home = tmp.resolve("home");
        Files.createDirectories(home);
        Map<String, String> env = Map.of("HOME", home.toString());
        Run show = crm(env, "", "configure", "show");
        assertEquals(0, show.status(), show.err());
        assertEquals("node 1: alpha\nnode 2: delta\nproperty cib-bootstrap-options: \\\n\tstonith-enabled=false\n",
                show.out());
        Path cib = home.resolve(".local/state/crmj/cib.xml".replace('/', File.separatorChar));
        assertTrue(Files.exists(cib), "the sandbox's CIB is kept in the state directory");
        Run status = crm(env, "", "status");
        assertEquals(0, status.status(), status.err());
        assertTrue(status.out().contains("  * Online: [ alpha delta ]\n"), status.out());
        Run standby = crm(env, "", "node", "standby", "alpha");
        assertEquals(0, standby.status(), standby.err());
        assertTrue(crm(env, "", "status").out().contains("  * Node alpha: standby\n"));
    }

    @Test
    void theSeedMovesWhenItsNodeGoesToStandby() throws Exception {
        Map<String, String> env = Map.of("HOME", tmp.toString(), "CRMJ_STATE_DIR", tmp.resolve("state").toString());
        Run configure = crm(env, Files.readString(SeedEndToEndTest.SHARED.resolve("seed.crm")), "configure");
        assertEquals(0, configure.status(), configure.err());
        assertTrue(configure.out().startsWith("Transition Summary:\n"), configure.out());
        Run standby = crm(env, "", "node", "standby", "alpha");
        assertEquals(0, standby.status(), standby.err());
        assertEquals(List.of("* Move fs_nfs ( alpha -> delta )", "* Move nfs ( alpha -> delta )",
                "* Stop drbd_nfs:0 ( Promoted alpha ) due to node availability",
                "* Promote drbd_nfs:1 ( Unpromoted -> Promoted delta )"),
                SandboxShellTest.transitions(standby.out()).get(0));
        String status = crm(env, "", "status").out();
        assertTrue(status.contains("    * fs_nfs\t(ocf:heartbeat:Filesystem):\t Started delta\n"), status);
        assertTrue(Files.exists(tmp.resolve("state/cib.xml")));
    }
}

package crmj.shell;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end in a pseudo-terminal: tmux runs the real launcher ./crm, the seed's configuration is
 * typed line by line with tab completion for keywords, ids and agents, then show, commit and quit;
 * the CIB file must be the one crmsh writes for the seed.
 */
class InteractiveShellIT {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final String SESSION = "crmj-it-" + ProcessHandle.current().pid();

    @TempDir
    Path tmp;

    @AfterEach
    void stopTmux() throws Exception {
        tmux("kill-session", "-t", SESSION);
    }

    @Test
    void typesTheSeedWithTabCompletionAndCommits() throws Exception {
        Path cib = tmp.resolve("cib.xml");
        Files.copy(SeedEndToEndTest.SHARED.resolve("empty.xml"), cib);
        tmux("new-session", "-d", "-s", SESSION, "-x", "200", "-y", "60",
                "env CIB_file=" + cib + " CRMJ_STATE_DIR=" + tmp.resolve("state") + " " + ROOT.resolve("crm")
                        + "; sleep 60");
        waitFor("crm(live/");
        type("conf\t", "");
        waitFor("configure#");
        // keywords, ids, agent names and roles by tab completion; values typed out
        type("node 1: alpha", "");
        type("node 2: delta", "");
        type("prop\tstonith-enabled=false", "");
        type("prop\tno-quorum-policy=ignore", "");
        type("primitive drbd_nfs ocf:linb\td\t", " params drbd_resource=r0 op monitor interval=15s");
        type("primitive fs_nfs Filesy\t", " params device=\"/dev/drbd0\" directory=\"/srv\" fstype=ext4 "
                + "options=\"noatime,nodiratime\" op start interval=0 timeout=60 op stop interval=0 timeout=120");
        type("primitive nfs nfsser\t", " params nfs_init_script=\"/etc/init.d/nfs-kernel-server\" "
                + "nfs_shared_infodir=\"/srv/nfs_shared\" nfs_ip=nfs.mydomain.com op monitor interval=5s");
        type("group HA fs_n\tnf\t", "meta target-role=Started");
        type("ms ms_drbd_nfs drbd_\t", "meta master-max=1 master-node-max=1 clone-max=2 clone-node-max=1 notify=true");
        type("order fs-nfs-before-nfs inf: fs_nfs:start nfs:start", "");
        type("location loc ms_drbd\t", "100: alpha");
        type("order ms-drbd-nfs-before-fs-nfs inf: ms_drbd_nfs:promote fs_nfs:start", "");
        type("colocation ms-drbd-nfs-with-ha inf: ms_drbd_nfs:Mas\t", "HA");
        type("show", "");
        waitFor("colocation ms-drbd-nfs-with-ha inf: ms_drbd_nfs:Master HA");
        type("commit", "");
        type("quit", "");
        waitForFile(cib);
        assertEquals(Files.readString(SeedEndToEndTest.SHARED.resolve("seed-cib.xml")), Files.readString(cib),
                "screen:\n" + screen());
    }

    private void type(String keys, String rest) throws Exception {
        for (String part : keys.split("(?<=\t)")) {
            if (part.endsWith("\t")) {
                tmux("send-keys", "-t", SESSION, "-l", part.substring(0, part.length() - 1));
                tmux("send-keys", "-t", SESSION, "Tab");
                Thread.sleep(700);
            } else {
                tmux("send-keys", "-t", SESSION, "-l", part);
            }
        }
        if (!rest.isEmpty()) {
            tmux("send-keys", "-t", SESSION, "-l", rest);
        }
        tmux("send-keys", "-t", SESSION, "Enter");
        Thread.sleep(400);
    }

    private void waitFor(String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (screen().contains(text)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("timed out waiting for '" + text + "'; screen:\n" + screen());
    }

    private void waitForFile(Path cib) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && !Files.readString(cib).contains("epoch=\"2\"")) {
            Thread.sleep(200);
        }
    }

    private String screen() throws Exception {
        return tmux("capture-pane", "-p", "-t", SESSION, "-S", "-200");
    }

    private static String tmux(String... args) throws Exception {
        List<String> argv = new ArrayList<>();
        argv.add("tmux");
        argv.addAll(List.of(args));
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return out;
    }
}

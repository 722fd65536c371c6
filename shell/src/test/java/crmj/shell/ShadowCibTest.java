package crmj.shell;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cib level against its oracles: shadows made by crmj are read by Pacemaker's crm_shadow,
 * cibadmin and crmsh 4.4.1, and theirs by crmj (CIB_shadow_dir set to a temporary directory).
 */
class ShadowCibTest {
    @TempDir
    Path tmp;
    private Path live;
    private Path dir;

    @BeforeEach
    void seed() throws Exception {
        live = tmp.resolve("live.xml");
        Files.copy(SeedEndToEndTest.SHARED.resolve("seed-cib.xml"), live);
        dir = tmp.resolve("shadows");
        Files.createDirectories(dir);
    }

    @Test
    void newWritesTheSameFilesAsCrmShadow() throws Exception {
        assertEquals(0, crmj("", "cib", "new", "ours").status());
        tool("crm_shadow", "-b", "-c", "theirs");
        assertArrayEquals(Files.readAllBytes(dir.resolve("shadow.theirs")), Files.readAllBytes(dir.resolve("shadow.ours")));
        assertEquals("rw-r-----", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("shadow.ours"))));
        assertEquals(0, crmj("", "cib", "new", "ours-empty", "empty").status());
        tool("crm_shadow", "-b", "-e", "theirs-empty");
        assertEquals(Files.readString(dir.resolve("shadow.theirs-empty")), Files.readString(dir.resolve("shadow.ours-empty")));
    }

    @Test
    void listIsCrmshsListOfTheSameDirectory() throws Exception {
        tool("crm_shadow", "-b", "-c", "made-by-crm_shadow");
        crmj("", "cib", "new", "made-by-crmj");
        crmj("", "cib", "new", "x", "empty");
        String theirs = tool("/usr/sbin/crm", "cib", "list");
        assertEquals(theirs, crmj("", "cib", "list").out());
        assertEquals("made-by-crm_shadow  made-by-crmj        x\n", theirs.replaceAll(" +\n", "\n"));
    }

    @Test
    void aShadowIsEditedInsteadOfTheLiveCib() throws Exception {
        byte[] before = Files.readAllBytes(live);
        tool("crm_shadow", "-b", "-c", "s");
        SeedEndToEndTest.Run run = crmj("primitive extra ocf:heartbeat:Dummy\ncommit\n", "-c", "s", "configure");
        assertEquals(0, run.status(), run.err());
        assertArrayEquals(before, Files.readAllBytes(live));
        String ours = crmj("", "-c", "s", "configure", "show").out();
        assertTrue(ours.contains("primitive extra Dummy"), ours);
        assertEquals(tool("/usr/sbin/crm", "-c", "s", "configure", "show"), ours);
        // cibadmin on the shadow sees it too
        Map<String, String> env = Map.of("CIB_shadow", "s");
        assertTrue(tool(env, "cibadmin", "-Q", "-o", "resources").contains("id=\"extra\""));
    }

    @Test
    void crmshsShadowEditsAreSeenByCrmjAndCommitReplacesTheLiveConfiguration() throws Exception {
        tool("/usr/sbin/crm", "cib", "new", "c");
        tool("/usr/sbin/crm", "-c", "c", "configure", "primitive", "d2", "ocf:heartbeat:Dummy");
        String shadowShow = crmj("", "-c", "c", "configure", "show").out();
        assertTrue(shadowShow.contains("primitive d2 Dummy"), shadowShow);
        String epoch = epoch(live);
        SeedEndToEndTest.Run run = crmj("", "cib", "commit", "c");
        assertEquals(0, run.status(), run.err());
        assertEquals("INFO: committed 'c' shadow CIB to the cluster\n", run.err());
        assertEquals(shadowShow, crmj("", "configure", "show").out());
        assertEquals(Long.parseLong(epoch) + 1, Long.parseLong(epoch(live)));
    }

    @Test
    void diffPrintsWhatCrmshPrints() throws Exception {
        crmj("", "cib", "new", "d");
        crmj("property foo=bar\ncommit\n", "-c", "d", "configure");
        String ours = crmj("", "-c", "d", "cib", "diff").out();
        assertTrue(ours.contains("name=\"foo\" value=\"bar\""), ours);
        assertEquals(tool("/usr/sbin/crm", "-c", "d", "cib", "diff"), ours);
    }

    @Test
    void resetDeleteAndTheirErrors() throws Exception {
        crmj("", "cib", "new", "r", "empty");
        SeedEndToEndTest.Run reset = crmj("", "cib", "reset", "r");
        assertEquals("INFO: copied live CIB to r\n", reset.err());
        assertEquals(Files.readString(live), Files.readString(dir.resolve("shadow.r")));
        SeedEndToEndTest.Run again = crmj("", "cib", "new", "r");
        assertEquals(1, again.status());
        assertEquals("ERROR: crm cib new r: A shadow instance 'r' already exists (use 'cib new r force' to replace "
                + "it)\nERROR: nothing was committed\n", again.err());
        assertEquals(0, crmj("", "cib", "new", "r", "force").status());
        SeedEndToEndTest.Run inUse = crmj("cib delete r\n", "-c", "r");
        assertEquals(1, inUse.status());
        assertTrue(inUse.err().contains("r shadow CIB is in use"), inUse.err());
        SeedEndToEndTest.Run delete = crmj("", "cib", "delete", "r");
        assertEquals("INFO: r shadow CIB deleted\n", delete.err());
        assertFalse(Files.exists(dir.resolve("shadow.r")));
        SeedEndToEndTest.Run missing = crmj("", "-c", "nosuch", "configure", "show");
        assertEquals(1, missing.status());
        assertEquals("ERROR: -c nosuch: nosuch: no such shadow CIB\n", missing.err());
        assertEquals(1, crmj("", "cib", "new", "a/b").status());
        assertEquals(1, crmj("", "cib", "new", "live").status());
    }

    @Test
    void theShadowDirectoryIsPacemakersChoice() throws Exception {
        assertEquals(dir, crmj.backend.Shadows.of(Map.of("CIB_shadow_dir", dir.toString())).dir());
        // tests run as root here; Pacemaker's get_shadow_file() then uses its CIB directory
        if (System.getProperty("user.name").equals("root")) {
            assertEquals(Path.of("/var/lib/pacemaker/cib"), crmj.backend.Shadows.of(Map.of()).dir());
        } else {
            assertEquals(tmp.resolve(".cib"), crmj.backend.Shadows.of(Map.of("HOME", tmp.toString())).dir());
        }
        String theirs = tool(Map.of("CIB_shadow_dir", "", "CIB_shadow", "x"), "crm_shadow", "-b", "-F").trim();
        assertEquals(Path.of(theirs), crmj.backend.Shadows.of(Map.of("CIB_shadow_dir", "")).file("x"));
        assertEquals(Path.of(tool(Map.of("CIB_shadow", "y"), "crm_shadow", "-b", "-F").trim()),
                crmj.backend.Shadows.of(Map.of("CIB_shadow_dir", dir.toString())).file("y"));
    }

    private static String epoch(Path cib) throws Exception {
        String text = Files.readString(cib);
        int i = text.indexOf(" epoch=\"") + 8;
        return text.substring(i, text.indexOf('"', i));
    }

    private SeedEndToEndTest.Run crmj(String stdin, String... args) {
        Map<String, String> env = new HashMap<>();
        env.put("CIB_file", live.toString());
        env.put("CIB_shadow_dir", dir.toString());
        env.put("PATH", System.getenv("PATH"));
        return SeedEndToEndTest.crm(env, stdin, args);
    }

    private String tool(String... argv) throws Exception {
        return tool(Map.of(), argv);
    }

    /** Runs a real tool on the same files; its standard output. */
    private String tool(Map<String, String> extraEnv, String... argv) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(argv)));
        pb.environment().put("CIB_file", live.toString());
        pb.environment().put("CIB_shadow_dir", dir.toString());
        pb.environment().putAll(extraEnv);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return out;
    }
}

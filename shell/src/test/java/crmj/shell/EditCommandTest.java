package crmj.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * configure {@code edit} with a fake editor (a shell script that edits the file it is given) in
 * scripts and one-liners: the saved text replaces exactly the selected objects; unchanged text, a
 * failing editor or a text with errors changes nothing.
 */
class EditCommandTest {
    @TempDir
    Path tmp;

    @Test
    void editingOneObjectReplacesItAndKeepsTheRest() throws Exception {
        Path cib = seed();
        String before = show(cib);
        SeedEndToEndTest.Run run = crm(cib, editor("sed -i 's/fstype=ext4/fstype=xfs/' \"$1\""),
                "edit fs_nfs\ncommit\n", "configure");
        assertEquals(0, run.status(), run.err());
        String after = show(cib);
        assertEquals(before.replace("fstype=ext4", "fstype=xfs"), after);
    }

    @Test
    void theEditorSeesTheSelectedObjectsAsShowPrintsThem() throws Exception {
        Path cib = seed();
        Path seen = tmp.resolve("seen.crm");
        SeedEndToEndTest.Run run = crm(cib, editor("cp \"$1\" " + seen), "", "configure", "edit", "fs_nfs", "HA");
        assertEquals(0, run.status(), run.err());
        assertEquals(SeedEndToEndTest.crm(cib, "", "configure", "show", "fs_nfs", "HA").out(),
                Files.readString(seen));
    }

    @Test
    void objectsDroppedFromTheTextAreDeletedAndNewOnesAdded() throws Exception {
        Path cib = seed();
        String script = "sed -i -e '/^location/,/^[a-z]/{/^location/d;/^\\t/d}' \"$1\"\n"
                + "printf 'primitive extra ocf:heartbeat:Dummy\\n' >> \"$1\"\n";
        String before = show(cib);
        SeedEndToEndTest.Run run = crm(cib, editor(script), "", "configure", "edit", "type:location");
        assertEquals(0, run.status(), run.err());
        String after = show(cib);
        assertFalse(after.contains("\nlocation "), after);
        assertTrue(before.contains("\nlocation "), before);
        assertTrue(after.contains("primitive extra Dummy"), after);
    }

    @Test
    void unchangedTextChangesNothing() throws Exception {
        Path cib = seed();
        byte[] before = Files.readAllBytes(cib);
        SeedEndToEndTest.Run run = crm(cib, editor("true"), "", "configure", "edit");
        assertEquals(0, run.status(), run.err());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(cib));
    }

    @Test
    void aFailingEditorChangesNothing() throws Exception {
        Path cib = seed();
        byte[] before = Files.readAllBytes(cib);
        SeedEndToEndTest.Run run = crm(cib, editor("sed -i 's/ext4/xfs/' \"$1\"; exit 3"), "", "configure", "edit");
        assertEquals(1, run.status());
        assertTrue(run.err().contains("exited with status 3; nothing was changed"), run.err());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(cib));
    }

    @Test
    void aTextWithErrorsFailsTheScriptWithItsLocationAndChangesNothing() throws Exception {
        Path cib = seed();
        byte[] before = Files.readAllBytes(cib);
        SeedEndToEndTest.Run run = crm(cib, editor("sed -i 's/^primitive fs_nfs/primitiv fs_nfs/' \"$1\""),
                "edit fs_nfs\ncommit\n", "configure");
        assertEquals(1, run.status());
        assertTrue(run.err().startsWith("ERROR: edit:1:"), run.err());
        assertTrue(run.err().endsWith("ERROR: nothing was committed\n"), run.err());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(cib));
    }

    @Test
    void optionsEditorOverridesEditor() throws Exception {
        Path cib = seed();
        String before = show(cib);
        Path script = tmp.resolve("other-editor");
        Files.writeString(script, "#!/bin/sh\nsed -i 's/fstype=ext4/fstype=btrfs/' \"$1\"\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        SeedEndToEndTest.Run run = crm(cib, editor("exit 9"), "options editor " + script
                + "\nconfigure\nedit fs_nfs\ncommit\n");
        assertEquals(0, run.status(), run.err());
        assertEquals(before.replace("fstype=ext4", "fstype=btrfs"), show(cib));
    }

    @Test
    void editXmlIsRefused() throws Exception {
        Path cib = seed();
        SeedEndToEndTest.Run run = crm(cib, editor("true"), "", "configure", "edit", "xml");
        assertEquals(1, run.status());
        assertEquals("ERROR: crm configure edit xml: edit xml is not supported: edit the crm text (edit [ID...])\n"
                + "ERROR: nothing was committed\n", run.err());
    }

    private Path seed() throws Exception {
        Path cib = tmp.resolve("cib.xml");
        Files.copy(SeedEndToEndTest.SHARED.resolve("seed-cib.xml"), cib);
        return cib;
    }

    private static String show(Path cib) {
        return SeedEndToEndTest.crm(cib, "", "configure", "show").out();
    }

    /** An editor: a shell script with this body ({@code $1} is the file). */
    private String editor(String body) throws Exception {
        Path script = Files.createTempFile(tmp, "editor-", ".sh");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script.toString();
    }

    private static SeedEndToEndTest.Run crm(Path cib, String editor, String stdin, String... args) {
        Map<String, String> env = new HashMap<>();
        env.put("CIB_file", cib.toString());
        env.put("EDITOR", editor);
        env.put("PATH", System.getenv("PATH"));
        return SeedEndToEndTest.crm(env, stdin, args);
    }
}

package crmj.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The seed's configuration through {@code crm configure < seed.crm} with CIB_file, as crmsh 4.4.1 writes and shows it. */
class SeedEndToEndTest {
    static final Path SHARED = Path.of("..", "..", "shared", "reference").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    record Run(int status, String out, String err) {
    }

    static Run crm(Path cib, String stdin, String... args) {
        return crm(Map.of("CIB_file", cib.toString()), stdin, args);
    }

    /** crmj's crm in this JVM with this environment and standard input: exit status, output and errors. */
    static Run crm(Map<String, String> env, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, env, new Output(new PrintWriter(out), new PrintWriter(err)),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void seedScriptWritesCrmshsCibAndShowsItIdentically() throws Exception {
        Path cib = tmp.resolve("cib.xml");
        Files.copy(SHARED.resolve("empty.xml"), cib);
        Run load = crm(cib, Files.readString(SHARED.resolve("seed.crm")), "configure");
        assertEquals(0, load.status(), load.err());
        Run show = crm(cib, "", "configure", "show");
        assertEquals(0, show.status(), show.err());
        assertEquals(Files.readString(Path.of("src/test/resources/seed.show")), show.out());
        assertEquals(Files.readString(SHARED.resolve("seed-cib.xml")), Files.readString(cib));
    }

    @Test
    void aScriptWithOneBadLineCommitsNothing() throws Exception {
        Path cib = tmp.resolve("cib.xml");
        Files.copy(SHARED.resolve("empty.xml"), cib);
        byte[] before = Files.readAllBytes(cib);
        String script = "property stonith-enabled=false\nprimitive d1 Dummy\ncommit\nprimtive d2 Dummy\n";
        Run run = crm(cib, script, "configure");
        assertEquals(1, run.status());
        assertEquals("ERROR: stdin:4:1: unknown configure command 'primtive' (did you mean primitive?)\n"
                + "ERROR: nothing was committed\n", run.err());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(cib));
    }

    @Test
    void aSyntaxErrorNamesLineAndColumnAndCommitsNothing() throws Exception {
        Path cib = tmp.resolve("cib.xml");
        Files.copy(SHARED.resolve("empty.xml"), cib);
        String script = "property stonith-enabled=false\nprimitive d1 Dummy\ncolocation c1 d1 d1\n";
        Run run = crm(cib, script, "configure");
        assertEquals(1, run.status());
        assertEquals("ERROR: stdin:3:15: expected a score or id followed by ':' (inf:, -inf:, 100:), found 'd1'\n"
                + "ERROR: nothing was committed\n", run.err());
        assertEquals(Files.readString(SHARED.resolve("empty.xml")), Files.readString(cib));
    }

    @Test
    void eachCommitBumpsTheEpochOnce() throws Exception {
        Path cib = tmp.resolve("cib.xml");
        Files.copy(SHARED.resolve("empty.xml"), cib);
        Run run = crm(cib, "property stonith-enabled=false\ncommit\nproperty no-quorum-policy=ignore\ncommit\n",
                "configure");
        assertEquals(0, run.status(), run.err());
        String xml = Files.readString(cib);
        assertEquals(true, xml.contains("epoch=\"3\""), xml);
    }
}

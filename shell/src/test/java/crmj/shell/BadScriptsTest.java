package crmj.shell;

import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The bad scripts of the differential corpus (each with crmsh's own reaction beside it) through
 * {@code crm configure < script}: crmj's exit status and messages, as one approval file. Whenever the
 * exit status is not 0, the CIB file must be byte-identical to what it was (a script is one transaction).
 */
class BadScriptsTest {
    static final Path BAD = Path.of("..", "cib", "src", "test", "resources", "differential", "bad");

    @TempDir
    Path tmp;

    @Test
    void badScriptsAreRefusedWholeWithTheirPlace() throws Exception {
        StringBuilder table = new StringBuilder();
        List<Path> scripts;
        try (Stream<Path> files = Files.list(BAD)) {
            scripts = files.filter(p -> p.toString().endsWith(".crm")).sorted().toList();
        }
        for (Path script : scripts) {
            Path cib = tmp.resolve(script.getFileName() + ".xml");
            Files.copy(SeedEndToEndTest.SHARED.resolve("empty.xml"), cib);
            byte[] before = Files.readAllBytes(cib);
            SeedEndToEndTest.Run run = SeedEndToEndTest.crm(cib, Files.readString(script), "configure");
            if (run.status() != 0) {
                assertEquals(new String(before), Files.readString(cib), script + " changed the CIB although it failed");
            }
            table.append("== ").append(script.getFileName()).append(" -> exit ").append(run.status()).append('\n');
            table.append(run.err());
        }
        Approvals.verify(table.toString());
    }
}

package crmj.shell;

import crmj.cib.xml.CibXmlReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code crm status} against crmsh's {@code crm status} (crm_mon -1) on the seed and on Pacemaker's
 * scheduler CIBs, the "Last updated" line aside. (Failed Resource Actions are not printed yet: the cases
 * here have none.)
 */
class StatusCommandTest {
    static final Path CTS = Path.of("..", "..", "shared", "pacemaker-cts", "xml").toAbsolutePath().normalize();

    @ParameterizedTest
    @ValueSource(strings = {"SEED", "simple2.xml", "inc1.xml", "662.xml", "attrs7.xml", "promoted-7.xml",
            "bug-5143-ms-shuffle.xml", "stopped-monitor-11.xml", "one-or-more-7.xml", "whitebox-move.xml",
            "ticket-clone-3.xml", "location-sets-templates.xml", "clbz5007-promotable-colocation.xml",
            "bug-lf-2574.xml", "monitor-onfail-restart.xml", "rec-rsc-1.xml", "unmanaged-stop-3.xml"})
    void sameAsCrmStatus(String name) throws Exception {
        Path file = name.equals("SEED") ? SeedEndToEndTest.SHARED.resolve("seed-cib.xml") : CTS.resolve(name);
        String ours = StatusCommand.render(CibXmlReader.read(file), ZonedDateTime.now());
        assertEquals(withoutClock(crmsh(file)), withoutClock(ours));
    }

    private static String withoutClock(String text) {
        return text.lines().filter(l -> !l.contains("Last updated:")).collect(Collectors.joining("\n"));
    }

    private static String crmsh(Path cib) throws Exception {
        return Crmsh.onFile(cib, "status");
    }
}

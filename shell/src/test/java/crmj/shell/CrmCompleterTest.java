package crmj.shell;

import crmj.cib.agent.LocalAgentCatalog;
import crmj.cib.model.Cib;
import crmj.cib.xml.CibXmlReader;
import crmj.shell.registry.Registry;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Completion at each position, on the seed's CIB with the installed agents. */
class CrmCompleterTest {
    static final Cib SEED = CibXmlReader.read(SeedEndToEndTest.SHARED.resolve("seed-cib.xml"));
    final CrmCompleter completer = new CrmCompleter(Registry.standard(), () -> "configure", () -> SEED,
            new LocalAgentCatalog());

    private List<Candidate> complete(String line) {
        List<String> words = new ArrayList<>(Arrays.asList(line.split(" ", -1)));
        String current = words.remove(words.size() - 1);
        List<Candidate> out = new ArrayList<>();
        completer.complete("configure", words, current, out);
        out.removeIf(c -> !c.value().startsWith(current));
        return out;
    }

    private List<String> values(String line) {
        return complete(line).stream().map(Candidate::value).toList();
    }

    @Test
    void commandWordsOfTheLevel() {
        assertEquals(List.of("primitive"), values("prim"));
        assertTrue(values("co").containsAll(List.of("colocation", "commit")));
    }

    @Test
    void agentsByShortNameClassAndProvider() {
        assertTrue(values("primitive fs Files").contains("Filesystem"));
        assertTrue(values("primitive fs ocf:").contains("ocf:heartbeat:"));
        assertTrue(values("primitive fs ocf:linbit:").contains("ocf:linbit:drbd"));
    }

    @Test
    void agentParametersRequiredFirstWithDescriptions() {
        List<Candidate> params = complete("primitive fs Filesystem params ");
        Candidate device = params.stream().filter(c -> c.value().equals("device=")).findFirst().orElseThrow();
        assertEquals("required parameters", device.group());
        assertEquals("block device", device.descr());
        assertTrue(values("primitive fs Filesystem params dev").contains("device="));
    }

    @Test
    void idsOfTheRightKinds() {
        assertEquals(List.of("fs_nfs", "nfs", "drbd_nfs", "meta", "params"), values("group g2 "));
        assertTrue(values("ms m2 ").containsAll(List.of("HA", "drbd_nfs")));
        assertTrue(values("location l2 ").containsAll(List.of("HA", "ms_drbd_nfs", "fs_nfs")));
    }

    @Test
    void rolesAfterAColonAndScores() {
        assertEquals(List.of("ms_drbd_nfs:Master"), values("colocation c inf: HA ms_drbd_nfs:Ma"));
        assertTrue(values("order o2 ").containsAll(List.of("Mandatory:", "inf:")));
        assertTrue(values("location l2 HA 100: ").containsAll(List.of("alpha", "delta")));
    }

    @Test
    void opNamesAndClusterOptions() {
        assertTrue(values("primitive d Dummy op ").contains("monitor"));
        assertTrue(values("property stonith-").contains("stonith-enabled="));
    }
}

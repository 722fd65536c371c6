package crmj.shell;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Defining a node that exists updates it, as crmsh 4.4.1 does (its one exception to "the id is in use"):
 * the node's attribute sets are merged. Checked against the installed crmsh on the same CIB file; this is what
 * lets the seed's {@code node 1: alpha} run on the sandbox, whose nodes exist from the start.
 */
class NodeRedefinitionTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {
        "node 1: alpha\nnode 2: delta\n",
        "node 1: alpha attributes foo=bar\nnode 3: gamma\n",
        "node alpha utilization cpu=2\n",
        "node 2: delta attributes standby=on\nnode 2: delta attributes standby=off other=1\n",
        "node 1: alpha description=\"changed\" attributes a=1 utilization b=2\n",
    })
    void redefiningAnExistingNodeMergesItsAttributesAsCrmshDoes(String script) throws Exception {
        assertTrue(Files.isExecutable(Crmsh.CRM), "crmsh is not installed at /usr/sbin/crm (./test installs it)");
        Path mine = tmp.resolve("crmj.xml");
        Path theirs = tmp.resolve("crmsh.xml");
        Files.copy(SeedEndToEndTest.SHARED.resolve("seed-cib.xml"), mine);
        Files.copy(SeedEndToEndTest.SHARED.resolve("seed-cib.xml"), theirs);
        SeedEndToEndTest.Run run = SeedEndToEndTest.crm(mine, script, "configure");
        assertEquals(0, run.status(), run.err());
        crmsh(theirs, script, "configure");
        assertEquals(crmsh(theirs, "", "configure", "show", "type:node"),
                SeedEndToEndTest.crm(mine, "", "configure", "show", "type:node").out());
    }

    private String crmsh(Path cib, String stdin, String... args) throws Exception {
        Path home = tmp.resolve("home");
        Files.createDirectories(home);
        return Crmsh.run(Map.of("CIB_file", cib.toString(), "HOME", home.toString(), "LC_ALL", "C.UTF-8"), stdin,
                args);
    }
}

package crmj.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Commands on the status section against Pacemaker's tools on the same CIB files: status attributes and
 * the reboot lifetime as crm_attribute writes them, locate as crm_resource --locate prints it, fail
 * counts as crm_failcount reads them, and cleanup checked with crm_mon and crm_failcount afterwards.
 */
class StatusCommandsTest {
    static final Path CTS = Path.of("..", "..", "shared", "pacemaker-cts", "xml").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    void statusAttributesAsCrmAttributeWritesThem() throws Exception {
        same("node status-attr alpha set foo bar", "-t status -N alpha -n foo -v bar");
        same("node status-attr delta set foo bar", "-t status -N delta -n foo -v bar");
        same("node standby delta reboot", "-N delta -n standby -v on -l reboot");
        same("node online alpha reboot", "-N alpha -n standby -v off -l reboot");
    }

    @Test
    void showAndDeletePrintWhatCrmAttributePrints() throws Exception {
        Path cib = withStatus("show.xml");
        SeedEndToEndTest.crm(cib, "", "node", "status-attr", "alpha", "set", "foo", "bar");
        String epoch = attr(cib, "epoch");
        String updates = attr(cib, "num_updates");
        assertEquals(tool(cib, "crm_attribute", "-t", "status", "-N", "alpha", "-n", "foo", "-G"),
                SeedEndToEndTest.crm(cib, "", "node", "status-attr", "alpha", "show", "foo").out());
        Path theirs = tmp.resolve("theirs.xml");
        Files.copy(cib, theirs);
        String deleted = tool(theirs, "crm_attribute", "-t", "status", "-N", "alpha", "-n", "foo", "-D");
        SeedEndToEndTest.Run run = SeedEndToEndTest.crm(cib, "", "node", "status-attr", "alpha", "delete", "foo");
        assertEquals(deleted, run.out());
        assertEquals(NodeLevelTest.canonical(theirs), NodeLevelTest.canonical(cib));
        // status changes count in num_updates, as the CIB manager counts them; the epoch stays
        assertEquals(epoch, attr(cib, "epoch"));
        assertEquals(Long.parseLong(updates) + 1, Long.parseLong(attr(cib, "num_updates")));
        SeedEndToEndTest.Run missing = SeedEndToEndTest.crm(cib, "", "node", "status-attr", "alpha", "show", "foo");
        assertEquals(1, missing.status());
    }

    @Test
    void standbyRebootRemovesThePermanentStandbyAsCrmshDoes() throws Exception {
        Path cib = withStatus("forever.xml");
        SeedEndToEndTest.crm(cib, "", "node", "standby", "alpha");
        SeedEndToEndTest.Run run = SeedEndToEndTest.crm(cib, "", "node", "standby", "alpha", "reboot");
        assertEquals(0, run.status(), run.err());
        assertEquals("alpha(1): member\ndelta(2): member\n", SeedEndToEndTest.crm(cib, "", "node", "show").out());
        assertEquals("scope=status  name=standby value=on\n", tool(cib, "crm_attribute", "-N", "alpha", "-n",
                "standby", "-l", "reboot", "-G"));
    }

    @Test
    void aNodeWithoutStatusIsAnErrorAndChangesNothing() throws Exception {
        Path cib = tmp.resolve("nostatus.xml");
        Files.copy(SeedEndToEndTest.SHARED.resolve("seed-cib.xml"), cib);
        byte[] before = Files.readAllBytes(cib);
        SeedEndToEndTest.Run run = SeedEndToEndTest.crm(cib, "", "node", "status-attr", "alpha", "set", "a", "b");
        assertEquals(1, run.status());
        assertEquals("ERROR: crm node status-attr alpha set a b: node alpha has no entry in the CIB's status "
                + "section (node_state): status attributes need the cluster's status\nERROR: nothing was committed\n",
                run.err());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(cib));
    }

    /** Every resource of a few of Pacemaker's scheduler inputs: crmj's locate against crm_resource's. */
    @ParameterizedTest
    @ValueSource(strings = {"group-colocation-failure.xml", "bundle-connection-with-container.xml",
            "promoted-0.xml", "promoted-1.xml", "clone-anon-failcount.xml", "group1.xml", "inc4.xml",
            "order-mandatory.xml", "probe-0.xml", "stopped-monitor-00.xml", "a-promote-then-b-migrate.xml"})
    void locateAsCrmResource(String name) throws Exception {
        Path cib = tmp.resolve(name);
        Files.copy(CTS.resolve(name), cib);
        List<String> ids = ids(cib);
        assertFalse(ids.isEmpty());
        for (String id : ids) {
            String theirs = tool(cib, "crm_resource", "--locate", "-r", id);
            SeedEndToEndTest.Run ours = SeedEndToEndTest.crm(cib, "", "resource", "locate", id);
            assertEquals(theirs, ours.out(), name + " " + id + ": " + ours.err());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"group-colocation-failure.xml", "clone-anon-failcount.xml", "bug-1718.xml",
            "bundle-connection-with-container.xml"})
    void failcountShowAsCrmFailcountAndCleanupClearsWhatCrmMonShows(String name) throws Exception {
        Path cib = tmp.resolve(name);
        Files.copy(CTS.resolve(name), cib);
        List<String[]> counts = failCounts(cib);
        assertFalse(counts.isEmpty(), name);
        for (String[] c : counts) {
            assertEquals(tool(cib, "crm_failcount", "-G", "-r", c[0], "-N", c[1]),
                    SeedEndToEndTest.crm(cib, "", "resource", "failcount", c[0], "show", c[1]).out(), name);
        }
        assertTrue(tool(cib, "crm_mon", "-1").contains("Failed Resource Actions"), name);
        SeedEndToEndTest.Run run = SeedEndToEndTest.crm(cib, "", "resource", "cleanup");
        assertEquals(0, run.status(), run.err());
        String mon = tool(cib, "crm_mon", "-1");
        assertFalse(mon.contains("Failed Resource Actions"), name + "\n" + mon);
        assertFalse(Files.readString(cib).contains("fail-count-"), name);
    }

    @Test
    void cleanupOfOneResourceOnOneNodeLeavesTheOthers() throws Exception {
        Path cib = tmp.resolve("g.xml");
        Files.copy(CTS.resolve("group-colocation-failure.xml"), cib);
        SeedEndToEndTest.Run run = SeedEndToEndTest.crm(cib, "", "resource", "cleanup", "member2a", "node1");
        assertEquals(0, run.status(), run.err());
        assertEquals("INFO: Cleaned up member2a on node1\n", run.err());
        assertEquals("scope=status  name=fail-count-member2a value=1\n",
                tool(cib, "crm_failcount", "-G", "-r", "member2a", "-N", "node2"));
        SeedEndToEndTest.Run node2 = SeedEndToEndTest.crm(cib, "", "resource", "cleanup", "group2", "node2");
        assertEquals("INFO: Cleaned up member2a on node2\n", node2.err());
        assertEquals("scope=status  name=fail-count-member2a value=0\n",
                tool(cib, "crm_failcount", "-G", "-r", "member2a", "-N", "node2"));
    }

    @Test
    void failcountSetAsCrmshSetsIt() throws Exception {
        Path ours = tmp.resolve("ours.xml");
        Path theirs = tmp.resolve("theirs.xml");
        Files.copy(CTS.resolve("group-colocation-failure.xml"), ours);
        Files.copy(CTS.resolve("group-colocation-failure.xml"), theirs);
        SeedEndToEndTest.Run run = SeedEndToEndTest.crm(ours, "", "resource", "failcount", "member2a", "set", "node2", "3");
        assertEquals(0, run.status(), run.err());
        tool(theirs, "crm_attribute", "-t", "status", "-n", "fail-count-member2a#monitor_10000", "-N", "node2", "-v", "3");
        assertEquals(NodeLevelTest.canonical(theirs), NodeLevelTest.canonical(ours));
        SeedEndToEndTest.Run none = SeedEndToEndTest.crm(ours, "", "resource", "failcount", "member2a", "set", "node1", "3");
        assertEquals(1, none.status());
    }

    private void same(String crmj, String crmAttribute) throws Exception {
        Path ours = withStatus("ours.xml");
        Path theirs = withStatus("theirs.xml");
        SeedEndToEndTest.Run run = SeedEndToEndTest.crm(ours, "", crmj.split(" "));
        assertEquals(0, run.status(), run.err());
        List<String> argv = new ArrayList<>(List.of("crm_attribute"));
        argv.addAll(List.of(crmAttribute.split(" ")));
        tool(theirs, argv.toArray(String[]::new));
        assertEquals(NodeLevelTest.canonical(theirs), NodeLevelTest.canonical(ours), crmj);
        Files.delete(ours);
        Files.delete(theirs);
    }

    /** The seed's CIB with a status section: node_state entries for both nodes, one with attributes. */
    private Path withStatus(String name) throws Exception {
        Path cib = tmp.resolve(name);
        Files.deleteIfExists(cib);
        String seed = Files.readString(SeedEndToEndTest.SHARED.resolve("seed-cib.xml"));
        Files.writeString(cib, seed.replace("<status/>", "<status>\n"
                + "    <node_state id=\"1\" uname=\"alpha\" in_ccm=\"true\" crmd=\"online\" join=\"member\" expected=\"member\"/>\n"
                + "    <node_state id=\"2\" uname=\"delta\" in_ccm=\"true\" crmd=\"online\" join=\"member\" expected=\"member\">\n"
                + "      <transient_attributes id=\"2\">\n"
                + "        <instance_attributes id=\"status-2\">\n"
                + "          <nvpair id=\"status-2-foo\" name=\"foo\" value=\"old\"/>\n"
                + "        </instance_attributes>\n"
                + "      </transient_attributes>\n"
                + "    </node_state>\n"
                + "  </status>"));
        return cib;
    }

    private static String attr(Path cib, String name) throws Exception {
        Matcher m = Pattern.compile(" " + name + "=\"([^\"]*)\"").matcher(Files.readString(cib));
        assertTrue(m.find());
        return m.group(1);
    }

    /** The ids of the configured primitives, groups and clones. */
    private static List<String> ids(Path cib) throws Exception {
        String text = Files.readString(cib);
        int status = text.indexOf("<status");
        Matcher m = Pattern.compile("<(primitive|group|clone|master)\\b[^>]*?\\bid=\"([^\"]*)\"")
                .matcher(status < 0 ? text : text.substring(0, status));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(2));
        }
        return out;
    }

    /** (resource, node) of each fail-count attribute of the status section. */
    private static List<String[]> failCounts(Path cib) throws Exception {
        String text = Files.readString(cib);
        List<String[]> out = new ArrayList<>();
        Matcher node = Pattern.compile("<node_state [^>]*?uname=\"([^\"]*)\"|name=\"fail-count-([^\"#]*)").matcher(text);
        String current = null;
        while (node.find()) {
            if (node.group(1) != null) {
                current = node.group(1);
            } else if (current != null) {
                out.add(new String[] {node.group(2), current});
            }
        }
        return out;
    }

    private static String tool(Path cib, String... argv) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(argv);
        pb.environment().put("CIB_file", cib.toString());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return out;
    }
}

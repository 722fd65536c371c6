package crmj.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Node and resource commands against their oracles, crm_attribute and crm_resource on the same CIB file: each command and the
 * equivalent crm_attribute run on copies of the seed's CIB give the same XML (attribute order and the
 * epoch aside, as crm_attribute writes ids first and bumps the epoch its own way).
 */
class NodeLevelTest {
    @TempDir
    Path tmp;

    @Test
    void standbyOnlineMaintenanceReadyAttributesAndUtilization() throws Exception {
        same("node standby alpha", "-t nodes -N alpha -n standby -v on");
        same("node online delta", "-t nodes -N delta -n standby -v off");
        same("node maintenance alpha", "-t nodes -N alpha -n maintenance -v true");
        same("node ready alpha", "-t nodes -N alpha -n maintenance -v off");
        same("node attribute delta set rack r1", "-t nodes -N delta -n rack -v r1");
        same("node utilization alpha set cpu 4", "-z -t nodes -N alpha -n cpu -v 4");
    }

    @Test
    void anUnknownNodeIsAnErrorAndChangesNothing() throws Exception {
        Path cib = seedCopy("unknown.xml");
        byte[] before = Files.readAllBytes(cib);
        SeedEndToEndTest.Run run = SeedEndToEndTest.crm(cib, "", "node", "standby", "nosuch");
        assertEquals(1, run.status());
        assertEquals("ERROR: crm node standby nosuch: Node \"nosuch\" is not a cluster node\n"
                + "ERROR: nothing was committed\n", run.err());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(cib));
    }

    @Test
    void showListsNodesAndAttributes() throws Exception {
        Path cib = seedCopy("show.xml");
        SeedEndToEndTest.crm(cib, "", "node", "standby", "alpha");
        assertEquals("alpha(1): member\n\tstandby=on\ndelta(2): member\n",
                SeedEndToEndTest.crm(cib, "", "node", "show").out());
    }

    @Test
    void resourceCommandsAsCrmResourceWritesThem() throws Exception {
        sameTool("resource stop nfs", "/usr/sbin/crm_resource", "-r nfs --meta -p target-role -v Stopped");
        sameTool("resource start HA", "/usr/sbin/crm_resource", "-r HA --meta -p target-role -v Started");
        sameTool("resource unmanage fs_nfs", "/usr/sbin/crm_resource", "-r fs_nfs --meta -p is-managed -v false");
        sameTool("resource param fs_nfs set fstype xfs", "/usr/sbin/crm_resource", "-r fs_nfs -p fstype -v xfs");
        sameTool("resource utilization fs_nfs set cpu 2", "/usr/sbin/crm_resource",
                "-r fs_nfs --utilization -p cpu -v 2");
        sameTool("resource meta drbd_nfs set priority 5", "/usr/sbin/crm_resource",
                "-r drbd_nfs --meta -p priority -v 5");
        sameTool("resource move HA delta", "/usr/sbin/crm_resource", "-r HA --move -N delta");
        sameTool("resource ban nfs alpha", "/usr/sbin/crm_resource", "-r nfs --ban -N alpha");
    }

    private void same(String crmj, String crmAttribute) throws Exception {
        sameTool(crmj, "/usr/sbin/crm_attribute", crmAttribute);
    }

    private void sameTool(String crmj, String tool, String toolArgs) throws Exception {
        Path ours = seedCopy("ours.xml");
        Path theirs = seedCopy("theirs.xml");
        SeedEndToEndTest.Run run = SeedEndToEndTest.crm(ours, "", crmj.split(" "));
        assertEquals(0, run.status(), run.err());
        List<String> argv = new ArrayList<>(List.of(tool));
        argv.addAll(List.of(toolArgs.split(" ")));
        ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
        pb.environment().put("CIB_file", theirs.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertEquals(canonical(theirs), canonical(ours), crmj);
        Files.delete(ours);
        Files.delete(theirs);
    }

    private Path seedCopy(String name) throws Exception {
        Path cib = tmp.resolve(name);
        Files.deleteIfExists(cib);
        Files.copy(SeedEndToEndTest.SHARED.resolve("seed-cib.xml"), cib);
        return cib;
    }

    /** The element tree with attributes sorted, white space and the cib versions left out. */
    static String canonical(Path file) throws Exception {
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
                .getDocumentElement();
        StringBuilder sb = new StringBuilder();
        write(root, sb, "");
        return sb.toString();
    }

    private static void write(Element e, StringBuilder sb, String indent) {
        TreeMap<String, String> attrs = new TreeMap<>();
        NamedNodeMap map = e.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Node a = map.item(i);
            if (!(e.getTagName().equals("cib") && List.of("epoch", "num_updates").contains(a.getNodeName()))) {
                attrs.put(a.getNodeName(), a.getNodeValue());
            }
        }
        sb.append(indent).append(e.getTagName()).append(attrs).append('\n');
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element child) {
                write(child, sb, indent + "  ");
            }
        }
    }
}

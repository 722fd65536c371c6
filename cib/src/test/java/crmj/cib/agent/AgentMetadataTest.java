package crmj.cib.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Parsing of recorded meta-data (see src/test/resources/agent/README.md). */
class AgentMetadataTest {

    @Test
    void filesystem() {
        AgentMetadata md = TestResources.metadata("heartbeat-Filesystem.xml");
        assertEquals("Filesystem", md.name());
        assertEquals("1.1", md.version());
        assertEquals("1.0", md.ocfVersion());
        assertEquals("Manages filesystem mounts", md.shortdesc());
        assertTrue(md.longdesc().startsWith("Resource script for Filesystem."), md.longdesc());
        assertEquals(List.of("device", "directory", "fstype", "options", "statusfile_prefix", "run_fsck",
                "fast_stop", "force_clones", "force_unmount"), List.copyOf(md.parameterNames()));
        AgentParameter device = md.parameter("device").orElseThrow();
        assertTrue(device.required());
        assertTrue(device.mandatory());
        assertEquals("block device", device.shortdesc());
        assertEquals("string", device.type());
        assertEquals(Optional.of(""), device.defaultValue());
        assertTrue(md.parameter("directory").orElseThrow().required());
        assertTrue(md.parameter("fstype").orElseThrow().required());
        AgentParameter fastStop = md.parameter("fast_stop").orElseThrow();
        assertFalse(fastStop.required());
        assertEquals("boolean", fastStop.type());
        assertEquals(Optional.of("no"), fastStop.defaultValue());
        AgentAction monitor = md.actions("monitor").get(0);
        assertEquals(Optional.of("40s"), monitor.timeout());
        assertEquals(Optional.of("20s"), monitor.interval());
        assertEquals(Optional.of("0"), monitor.depth());
        assertEquals(Optional.of("60s"), md.actions("start").get(0).timeout());
    }

    @Test
    void nfsserver() {
        AgentMetadata md = TestResources.metadata("heartbeat-nfsserver.xml");
        assertEquals(List.of("nfs_init_script", "nfsv4_only", "nfs_no_notify", "nfs_notify_foreground",
                "nfs_smnotify_retry_time", "nfs_server_scope", "nfs_ip", "nfs_shared_infodir", "rpcpipefs_dir"),
                List.copyOf(md.parameterNames()));
        assertTrue(md.parameters().stream().noneMatch(AgentParameter::required));
        assertEquals("Directory to store nfs server related information.",
                md.parameter("nfs_shared_infodir").orElseThrow().shortdesc());
    }

    @Test
    void dummies() {
        AgentMetadata heartbeat = TestResources.metadata("heartbeat-Dummy.xml");
        assertEquals(List.of("state", "fake"), List.copyOf(heartbeat.parameterNames()));
        assertTrue(heartbeat.parameter("state").orElseThrow().unique());
        AgentMetadata pacemaker = TestResources.metadata("pacemaker-Dummy.xml");
        AgentParameter state = pacemaker.parameter("state").orElseThrow();
        assertEquals(Optional.of("state"), state.uniqueGroup());
        assertFalse(state.unique());
        assertTrue(pacemaker.parameter("fake").orElseThrow().reloadable());
        assertEquals(List.of("start", "stop", "monitor", "reload", "reload-agent", "migrate_to", "migrate_from",
                "validate-all", "meta-data"), pacemaker.actions().stream().map(AgentAction::name).toList());
    }

    @Test
    void statefulHasAMonitorPerRole() {
        AgentMetadata md = TestResources.metadata("pacemaker-Stateful.xml");
        assertEquals("Example stateful resource agent", md.shortdesc());
        assertEquals(List.of("state", "envfile", "notify_delay"), List.copyOf(md.parameterNames()));
        List<AgentAction> monitors = md.actions("monitor");
        assertEquals(2, monitors.size());
        // Attributes keep the document's order (crmsh prints them in it).
        assertEquals(Map.of("depth", "0", "timeout", "20s", "interval", "10s", "role", "Promoted"),
                monitors.get(0).attributes());
        assertEquals(List.of("depth", "timeout", "interval", "role"), List.copyOf(monitors.get(0).attributes().keySet()));
        assertEquals(Optional.of("Unpromoted"), monitors.get(1).role());
        assertEquals(Optional.of("11s"), monitors.get(1).interval());
    }

    @Test
    void drbd() {
        AgentMetadata md = TestResources.metadata("linbit-drbd.xml");
        assertEquals("LINBIT 1.4", md.version());
        AgentParameter resource = md.parameter("drbd_resource").orElseThrow();
        assertTrue(resource.required());
        assertTrue(resource.unique());
        assertEquals("drbd resource name", resource.shortdesc());
        assertEquals(1, md.parameters().stream().filter(AgentParameter::required).count());
        assertEquals(List.of("Slave", "Master"),
                md.actions("monitor").stream().map(a -> a.role().orElseThrow()).toList());
        // <action name="validate-all" /> has no timeout: no empty attributes are kept.
        assertEquals(Map.of(), md.actions("validate-all").get(0).attributes());
    }

    @Test
    void fenceAgentShortdescIsAnAttribute() {
        AgentMetadata md = TestResources.metadata("stonith-fence_dummy.xml");
        assertEquals("Dummy fence agent", md.shortdesc());
        AgentMetadata merged = md.withParametersOf(TestResources.metadata("pacemaker-fenced.xml"));
        assertTrue(merged.parameter("pcmk_host_list").isPresent());
        assertEquals(md.parameters(), merged.parameters().subList(0, md.parameters().size()));
    }

    @Test
    void daemonOptionsCarryTheirChoices() {
        AgentMetadata md = TestResources.metadata("pacemaker-schedulerd.xml");
        AgentParameter policy = md.parameter("no-quorum-policy").orElseThrow();
        assertEquals("select", policy.type());
        assertEquals(List.of("stop", "freeze", "ignore", "demote", "suicide"), policy.enumValues());
        assertEquals(Optional.of("stop"), policy.defaultValue());
    }

    @Test
    void deprecatedAndObsoleteParametersAreNotMandatory() throws Exception {
        AgentMetadata md = AgentMetadata.parse("""
                <resource-agent name="x">
                  <parameters>
                    <parameter name="old" required="1" deprecated="true"><content type="string"/></parameter>
                    <parameter name="new" required="1" obsoletes="older"/>
                    <parameter name="v11" required="1">
                      <deprecated><replaced-with name="better"/><desc>use better</desc></deprecated>
                    </parameter>
                    <parameter name="plain" required="1"/>
                    <parameter required="1"/>
                  </parameters>
                </resource-agent>""");
        assertEquals(List.of("old", "new", "v11", "plain"), List.copyOf(md.parameterNames()));
        assertEquals(List.of("plain"), md.parameters().stream().filter(AgentParameter::mandatory)
                .map(AgentParameter::name).toList());
        assertEquals(Optional.of("older"), md.parameter("new").orElseThrow().obsoletes());
        assertEquals(Optional.of("better"), md.parameter("v11").orElseThrow().replacedWith());
        assertEquals("", md.parameter("plain").orElseThrow().type());
    }

    @Test
    void externalDtdIsNeitherRequiredNorLoaded() throws Exception {
        AgentMetadata md = AgentMetadata.parse("""
                <?xml version="1.0"?>
                <!DOCTYPE resource-agent SYSTEM "http://198.51.100.1/ra-api-1.dtd">
                <resource-agent name="x"><version>1.0</version></resource-agent>""");
        assertEquals("x", md.name());
    }

    @Test
    void externalEntitiesAreNotRead() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE resource-agent [ <!ENTITY secret SYSTEM "file:///etc/hostname"> ]>
                <resource-agent name="x"><shortdesc>&secret;</shortdesc></resource-agent>""";
        try {
            AgentMetadata md = AgentMetadata.parse(xml);
            assertEquals("", md.shortdesc());
        } catch (AgentException e) {
            assertEquals(AgentException.Kind.UNREADABLE, e.kind());
        }
    }

    @Test
    void entityExpansionBombsAreRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE resource-agent [ <!ENTITY e0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY e").append(i).append(" \"").append(("&e" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String xml = dtd + "]><resource-agent name=\"x\"><longdesc>&e9;</longdesc></resource-agent>";
        AgentException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(AgentException.class, () -> AgentMetadata.parse(xml)));
        assertEquals(AgentException.Kind.UNREADABLE, e.kind());
    }

    @Test
    void notMetadata() {
        AgentException garbage = assertThrows(AgentException.class, () -> AgentMetadata.parse("usage: x {start|stop}"));
        assertEquals(AgentException.Kind.UNREADABLE, garbage.kind());
        assertTrue(garbage.getMessage().startsWith("cannot parse meta-data XML: "), garbage.getMessage());
        AgentException root = assertThrows(AgentException.class, () -> AgentMetadata.parse("<cib/>"));
        assertEquals("meta-data contains no resource-agent element", root.getMessage());
    }
}

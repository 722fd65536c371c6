package crmj.cib.scheduler;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Scope}: each out-of-scope feature found where it changes Pacemaker's decisions, and only there. */
class ScopeTest {
    private static final String NODES = "<nodes><node id=\"1\" uname=\"node1\"/><node id=\"2\" uname=\"node2\"/></nodes>";
    private static final String DUMMY = "<primitive id=\"d\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\"/>";

    private static String cib(String crmConfig, String nodes, String resources, String constraints, String extra,
                              String status) {
        return "<cib admin_epoch=\"0\" epoch=\"1\" num_updates=\"0\"><configuration><crm_config>" + crmConfig
                + "</crm_config>" + nodes + "<resources>" + resources + "</resources><constraints>" + constraints
                + "</constraints>" + extra + "</configuration><status>" + status + "</status></cib>";
    }

    private static String resources(String resources) {
        return cib("", NODES, resources, "", "", "");
    }

    private static String property(String name, String value) {
        return cib("<cluster_property_set id=\"o\"><nvpair id=\"o-1\" name=\"" + name + "\" value=\"" + value
                + "\"/></cluster_property_set>", NODES, DUMMY, "", "", "");
    }

    private static String meta(String name, String value) {
        return "<meta_attributes id=\"m\"><nvpair id=\"m-1\" name=\"" + name + "\" value=\"" + value
                + "\"/></meta_attributes>";
    }

    private static String status(String body) {
        return cib("", NODES, DUMMY, "", "", body);
    }

    private static String nodeState(String attrs, String lrm) {
        return "<node_state id=\"x\" " + attrs + "><lrm id=\"x\"><lrm_resources>" + lrm
                + "</lrm_resources></lrm></node_state>";
    }

    @Test
    void aPlainClusterIsInScope() {
        String xml = cib("", NODES, DUMMY + "<clone id=\"c\"><meta_attributes id=\"cm\"><nvpair id=\"cm-1\" "
                + "name=\"promotable\" value=\"true\"/></meta_attributes><primitive id=\"s\" class=\"ocf\" "
                + "provider=\"pacemaker\" type=\"Stateful\"/></clone>", "<rsc_location id=\"l\" rsc=\"d\" "
                + "node=\"node1\" score=\"INFINITY\"/>", "", nodeState("uname=\"node1\" in_ccm=\"true\"",
                "<lrm_resource id=\"d\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\"><lrm_rsc_op id=\"d_last_0\""
                        + " operation=\"start\" rc-code=\"0\"/></lrm_resource>"));
        assertEquals(List.of(), Scope.unsupported(xml));
    }

    @Test
    void bundles() {
        assertEquals(List.of(Scope.BUNDLES), Scope.unsupported(resources(
                "<bundle id=\"httpd-bundle\"><docker image=\"pcmk:http\" replicas=\"1\"/></bundle>")));
    }

    @Test
    void aBundlesReplicasInTheStatusAreTheBundleNotRemoteNodes() {
        String xml = cib("", "<nodes><node id=\"1\" uname=\"node1\"/><node id=\"b-0\" uname=\"b-0\" type=\"remote\"/>"
                + "</nodes>", "<bundle id=\"b\"><docker image=\"i\"/></bundle>", "", "",
                nodeState("uname=\"b-0\" remote_node=\"true\"", "")
                        + nodeState("uname=\"node1\"", "<lrm_resource id=\"b-0\" class=\"ocf\" provider=\"pacemaker\""
                        + " type=\"remote\"/>"));
        assertEquals(List.of(Scope.BUNDLES), Scope.unsupported(xml));
    }

    @Test
    void remoteNodesFromAConnectionResource() {
        assertEquals(List.of(Scope.REMOTE_NODES), Scope.unsupported(resources(
                "<primitive id=\"remote1\" class=\"ocf\" provider=\"pacemaker\" type=\"remote\"/>")));
    }

    @Test
    void remoteNodesFromTheNodesSection() {
        String xml = cib("", "<nodes><node id=\"1\" uname=\"node1\"/><node id=\"r\" uname=\"r\" type=\"remote\"/>"
                + "</nodes>", DUMMY, "", "", "");
        assertEquals(List.of(Scope.REMOTE_NODES), Scope.unsupported(xml));
    }

    @Test
    void remoteNodesFromTheStatusOnly() {
        assertEquals(List.of(Scope.REMOTE_NODES), Scope.unsupported(status(nodeState("uname=\"r1\" remote_node=\"true\"", ""))));
        assertEquals(List.of(Scope.REMOTE_NODES), Scope.unsupported(status(nodeState("uname=\"node1\"",
                "<lrm_resource id=\"old-remote\" class=\"ocf\" provider=\"pacemaker\" type=\"remote\"/>"))));
        assertEquals(List.of(), Scope.unsupported(status(nodeState("uname=\"r1\" remote_node=\"false\"", ""))));
    }

    @Test
    void guestNodes() {
        String vm = "<primitive id=\"vm\" class=\"ocf\" provider=\"heartbeat\" type=\"VirtualDomain\">"
                + meta("remote-node", "guest1") + "</primitive>";
        assertEquals(List.of(Scope.GUEST_NODES), Scope.unsupported(resources(vm)));
        String xml = cib("", NODES, vm, "", "", nodeState("uname=\"guest1\" remote_node=\"true\"", "")
                + nodeState("uname=\"node1\"", "<lrm_resource id=\"guest1\" class=\"ocf\" provider=\"pacemaker\" "
                + "type=\"remote\"/>"));
        assertEquals(List.of(Scope.GUEST_NODES), Scope.unsupported(xml));
        String withNodeEntry = cib("", "<nodes><node id=\"1\" uname=\"node1\"/><node id=\"guest1\" uname=\"guest1\" "
                + "type=\"remote\"/></nodes>", vm, "", "", "");
        assertEquals(List.of(Scope.GUEST_NODES), Scope.unsupported(withNodeEntry));
    }

    @Test
    void aRemoteNodeParameterIsNoGuestNode() {
        String xml = resources("<primitive id=\"p\" class=\"ocf\" provider=\"heartbeat\" type=\"Dummy\">"
                + "<instance_attributes id=\"i\"><nvpair id=\"i-1\" name=\"remote-node\" value=\"x\"/>"
                + "</instance_attributes></primitive>");
        assertEquals(List.of(), Scope.unsupported(xml));
    }

    @Test
    void ticketsWhenAConstraintUsesThem() {
        assertEquals(List.of(Scope.TICKETS), Scope.unsupported(cib("", NODES, DUMMY,
                "<rsc_ticket id=\"t\" rsc=\"d\" ticket=\"ticketA\" loss-policy=\"stop\"/>", "", "")));
    }

    @Test
    void ticketStateNoConstraintUsesIsInScope() {
        assertEquals(List.of(), Scope.unsupported(status("<tickets><ticket_state id=\"ticketA\" granted=\"true\"/>"
                + "</tickets>")));
    }

    @Test
    void utilizationStrategies() {
        for (String s : List.of("utilization", "minimal", "balanced", "Balanced")) {
            assertEquals(List.of("utilization placement strategy (placement-strategy=" + s + ")"),
                    Scope.unsupported(property("placement-strategy", s)), s);
        }
    }

    @Test
    void theDefaultStrategyAndUtilizationAttributesAloneAreInScope() {
        assertEquals(List.of(), Scope.unsupported(property("placement-strategy", "default")));
        // Pacemaker falls back to "default" for a value it does not know
        assertEquals(List.of(), Scope.unsupported(property("placement-strategy", "bogus")));
        assertEquals(List.of(), Scope.unsupported(resources("<primitive id=\"d\" class=\"ocf\" provider=\"pacemaker\""
                + " type=\"Dummy\"><utilization id=\"u\"><nvpair id=\"u-1\" name=\"cpu\" value=\"2\"/></utilization>"
                + "</primitive>")));
    }

    @Test
    void allowMigrateTrueOnAResourceOrInDefaults() {
        for (String v : List.of("true", "yes", "on", "1", "y", "TRUE")) {
            assertEquals(List.of(Scope.MIGRATION), Scope.unsupported(resources("<primitive id=\"d\" class=\"ocf\" "
                    + "provider=\"pacemaker\" type=\"Dummy\">" + meta("allow-migrate", v) + "</primitive>")), v);
        }
        assertEquals(List.of(Scope.MIGRATION), Scope.unsupported(resources("<group id=\"g\">" + meta("allow-migrate",
                "true") + DUMMY + "</group>")));
        assertEquals(List.of(Scope.MIGRATION), Scope.unsupported(cib("", NODES, DUMMY, "",
                "<rsc_defaults><meta_attributes id=\"rd\"><nvpair id=\"rd-1\" name=\"allow-migrate\" value=\"true\"/>"
                        + "</meta_attributes></rsc_defaults>", "")));
    }

    @Test
    void allowMigrateFalseIsInScope() {
        assertEquals(List.of(), Scope.unsupported(resources("<primitive id=\"d\" class=\"ocf\" provider=\"pacemaker\""
                + " type=\"Dummy\">" + meta("allow-migrate", "false") + "</primitive>")));
    }

    @Test
    void migrationHistoryInTheStatus() {
        for (String op : List.of("migrate_to", "migrate_from")) {
            assertEquals(List.of(Scope.MIGRATION), Scope.unsupported(status(nodeState("uname=\"node1\"",
                    "<lrm_resource id=\"d\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\"><lrm_rsc_op "
                            + "id=\"d_last_0\" operation=\"" + op + "\" rc-code=\"0\"/></lrm_resource>"))), op);
        }
    }

    @Test
    void fencingLevels() {
        assertEquals(List.of(Scope.FENCING_LEVELS), Scope.unsupported(cib("", NODES, DUMMY, "", "<fencing-topology>"
                + "<fencing-level id=\"f\" target=\"node1\" index=\"1\" devices=\"d\"/></fencing-topology>", "")));
        assertEquals(List.of(), Scope.unsupported(cib("", NODES, DUMMY, "", "<fencing-topology/>", "")));
    }

    @Test
    void severalFeaturesInAFixedOrder() {
        String xml = cib("<cluster_property_set id=\"o\"><nvpair id=\"o-1\" name=\"placement-strategy\" "
                + "value=\"balanced\"/></cluster_property_set>", NODES, "<bundle id=\"b\"/>",
                "<rsc_ticket id=\"t\" rsc=\"b\" ticket=\"T\"/>", "", "");
        assertEquals(List.of(Scope.BUNDLES, Scope.TICKETS, "utilization placement strategy (placement-strategy=balanced)"),
                Scope.unsupported(xml));
    }

    @Test
    void metaAttributesGivenAsXmlAttributesOfTheResource() {
        assertEquals(List.of(Scope.MIGRATION), Scope.unsupported(resources("<primitive id=\"d\" class=\"ocf\" "
                + "provider=\"pacemaker\" type=\"Dummy\" allow-migrate=\"true\"/>")));
        assertEquals(List.of(Scope.GUEST_NODES), Scope.unsupported(resources("<primitive id=\"vm\" class=\"ocf\" "
                + "provider=\"heartbeat\" type=\"VirtualDomain\" remote-node=\"g1\"/>")));
    }

    /** Real CIBs from Pacemaker's corpus, where they are present. */
    @Test
    void corpusCases() {
        if (!CtsCase.corpusPresent()) {
            return;
        }
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("simple2", List.of());
        expected.put("container-1", List.of());
        expected.put("bug-5025-4", List.of(Scope.REMOTE_NODES));
        expected.put("remote-startup", List.of(Scope.REMOTE_NODES));
        expected.put("whitebox-fail1", List.of(Scope.GUEST_NODES));
        expected.put("bundle-order-stop", List.of(Scope.BUNDLES));
        expected.put("bundle-nested-colocation", List.of(Scope.BUNDLES, Scope.REMOTE_NODES));
        expected.put("ticket-primitive-1", List.of(Scope.TICKETS));
        expected.put("minimal", List.of("utilization placement strategy (placement-strategy=minimal)"));
        expected.put("history-1", List.of(Scope.MIGRATION));
        expected.put("location-date-rules-1", List.of(Scope.FENCING_LEVELS));
        expected.forEach((name, features) -> assertEquals(features,
                Scope.unsupported(CtsCase.read(CtsCase.ROOT.resolve("xml").resolve(name + ".xml"))), name));
    }

    @Test
    void requireSupportedNamesTheFeatures() {
        Scope.requireSupported(resources(DUMMY));
        UnsupportedFeatureException e = assertThrows(UnsupportedFeatureException.class, () -> Scope.requireSupported(
                cib("", NODES, "<bundle id=\"b\"/>", "<rsc_ticket id=\"t\" rsc=\"b\" ticket=\"T\"/>", "", "")));
        assertEquals(List.of(Scope.BUNDLES, Scope.TICKETS), e.features());
        assertEquals("the scheduler does not support bundles, tickets yet", e.getMessage());
    }

    @Test
    void notXml() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Scope.unsupported("<cib>\n<configuration>"));
        assertTrue(e.getMessage().startsWith("cib:2:"), e.getMessage());
    }

    @Test
    void theParsedCibIsClassifiedAsTheText() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(CtsCase.corpusPresent(), "no corpus");
        for (CtsCase c : CtsCase.all()) {
            String xml = java.nio.file.Files.readString(CtsCase.ROOT.resolve("xml").resolve(c.name() + ".xml"));
            assertEquals(Scope.unsupported(xml), Scope.unsupported(crmj.cib.status.XmlDocument.parse(xml).root()),
                    c.name());
        }
    }
}

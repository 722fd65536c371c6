package crmj.cib.status;

import crmj.cib.xml.CibXmlReader;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The state of small hand-written CIBs, and how crm_simulate's section shows it. */
class ClusterStateTest {
    private static final Instant NOW = Instant.ofEpochSecond(1_700_000_000L);

    private static String cib(String resources, String status) {
        return """
                <cib crm_feature_set="3.16.2" validate-with="pacemaker-3.9" epoch="1" num_updates="0" admin_epoch="0" have-quorum="1" dc-uuid="1">
                  <configuration>
                    <crm_config>
                      <cluster_property_set id="cib-bootstrap-options">
                        <nvpair id="o1" name="stonith-enabled" value="false"/>
                      </cluster_property_set>
                    </crm_config>
                    <nodes>
                      <node id="1" uname="alpha"/>
                      <node id="2" uname="delta">
                        <instance_attributes id="nodes-2"><nvpair id="n2s" name="standby" value="on"/></instance_attributes>
                      </node>
                      <node id="3" uname="gamma"/>
                    </nodes>
                    <resources>
                """ + resources + """
                    </resources>
                    <constraints/>
                  </configuration>
                  <status>
                    <node_state id="1" uname="alpha" in_ccm="true" crmd="online" join="member" expected="member">
                      <lrm id="1"><lrm_resources>
                """ + status + """
                      </lrm_resources></lrm>
                      <transient_attributes id="1"><instance_attributes id="status-1">
                        <nvpair id="fc" name="fail-count-web#monitor_10000" value="1"/>
                        <nvpair id="lf" name="last-failure-web#monitor_10000" value="1699999000"/>
                      </instance_attributes></transient_attributes>
                    </node_state>
                    <node_state id="2" uname="delta" in_ccm="true" crmd="online" join="member" expected="member"/>
                  </status>
                </cib>
                """;
    }

    private static String op(String rsc, String task, int interval, int call, int rc, int expected) {
        return "<lrm_rsc_op id=\"" + rsc + "_" + task + "_" + interval + "\" operation_key=\"" + rsc + "_" + task
                + "_" + interval + "\" operation=\"" + task + "\" transition-key=\"1:1:" + expected
                + ":3a1b1c1d-0000-0000-0000-000000000000\" call-id=\"" + call + "\" rc-code=\"" + rc
                + "\" op-status=\"" + (rc == expected ? 0 : 4) + "\" interval=\"" + interval
                + "\" last-rc-change=\"1699999000\" on_node=\"alpha\"/>\n";
    }

    private static ClusterState state(String resources, String status) {
        return ClusterState.of(CibXmlReader.read(cib(resources, status)), NOW);
    }

    private static final String WEB = """
            <primitive id="web" class="ocf" provider="heartbeat" type="apache"/>
            <clone id="base-clone"><primitive id="base" class="ocf" provider="pacemaker" type="Dummy"/></clone>
            """;

    @Test
    void nodesAndRunningResources() {
        ClusterState s = state(WEB, "<lrm_resource id=\"web\" class=\"ocf\" provider=\"heartbeat\" type=\"apache\">"
                + op("web", "start", 0, 3, 0, 0) + "</lrm_resource>"
                + "<lrm_resource id=\"base\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\">"
                + op("base", "start", 0, 4, 0, 0) + "</lrm_resource>");
        assertTrue(s.node("alpha").orElseThrow().online());
        assertTrue(s.node("delta").orElseThrow().standby());
        assertFalse(s.node("gamma").orElseThrow().online());
        PrimitiveState web = (PrimitiveState) s.resource("web").orElseThrow();
        assertEquals(Role.STARTED, web.role());
        assertEquals(java.util.List.of("alpha"), web.runningOn());
        assertEquals("""
                Current cluster status:
                  * Node List:
                    * Node delta: standby
                    * Online: [ alpha ]
                    * OFFLINE: [ gamma ]

                  * Full List of Resources:
                    * web	(ocf:heartbeat:apache):	 Started alpha
                    * Clone Set: base-clone [base]:
                      * Started: [ alpha ]
                      * Stopped: [ delta gamma ]
                """, CrmMonFormatter.currentStatus(s));
    }

    @Test
    void failedMonitorAndFailCount() {
        ClusterState s = state(WEB, "<lrm_resource id=\"web\" class=\"ocf\" provider=\"heartbeat\" type=\"apache\">"
                + op("web", "start", 0, 3, 0, 0) + op("web", "monitor", 10000, 4, 1, 0) + "</lrm_resource>");
        PrimitiveState web = (PrimitiveState) s.resource("web").orElseThrow();
        assertTrue(web.has(ResourceFlag.FAILED));
        assertEquals(1, s.failedActions().size());
        assertEquals("web_monitor_10000", s.failedActions().get(0).operationKey());
        FailCount fc = s.failCounts().get(0);
        assertEquals("web", fc.resource());
        assertEquals("monitor_10000", fc.operation().orElseThrow());
        assertEquals(1, fc.count());
        assertTrue(CrmMonFormatter.currentStatus(s).contains("* web\t(ocf:heartbeat:apache):\t FAILED alpha\n"));
    }

    @Test
    void orphanStillRunningIsShown() {
        ClusterState s = state(WEB, "<lrm_resource id=\"old\" class=\"ocf\" provider=\"pacemaker\" type=\"Dummy\">"
                + op("old", "start", 0, 3, 0, 0) + "</lrm_resource>");
        PrimitiveState old = (PrimitiveState) s.resource("old").orElseThrow();
        assertTrue(old.has(ResourceFlag.ORPHAN));
        assertTrue(CrmMonFormatter.currentStatus(s).contains("* old\t(ocf:pacemaker:Dummy):\t ORPHANED Started alpha\n"));
    }

    @Test
    void stoppedByProbeIsNotActive() {
        ClusterState s = state(WEB, "<lrm_resource id=\"web\" class=\"ocf\" provider=\"heartbeat\" type=\"apache\">"
                + op("web", "monitor", 0, 3, 7, 7) + "</lrm_resource>");
        PrimitiveState web = (PrimitiveState) s.resource("web").orElseThrow();
        assertEquals(Role.STOPPED, web.role());
        assertFalse(web.active());
        assertTrue(s.failedActions().isEmpty());
    }
}

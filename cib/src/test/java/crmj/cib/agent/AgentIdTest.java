package crmj.cib.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgentIdTest {

    @ParameterizedTest
    @CsvSource({
        "ocf:heartbeat:Filesystem, OCF, heartbeat, Filesystem",
        "ocf:linbit:drbd, OCF, linbit, drbd",
        "stonith:fence_xvm, STONITH, , fence_xvm",
        "stonith:external/ssh, STONITH, , external/ssh",
        "lsb:exim4, LSB, , exim4",
        "systemd:cron, SYSTEMD, , cron",
        "service:cron, SERVICE, , cron",
    })
    void parsesWrittenOutForms(String spec, AgentClass agentClass, String provider, String type) throws Exception {
        AgentId id = AgentId.parse(spec);
        assertEquals(new AgentId(agentClass, Optional.ofNullable(provider), type), id);
        assertEquals(spec, id.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a:b:c:d | bad resource type specification a:b:c:d",
        "ocf::Dummy | provider could not be determined for ocf::Dummy",
        "ocf:heartbeat: | bad resource type specification ocf:heartbeat:",
        "lsb:foo:bar | ra class lsb does not support providers",
        "stonith: | bad resource type specification stonith:",
        "Filesystem | provider could not be determined for Filesystem",
        "ocf:Filesystem | provider could not be determined for ocf:Filesystem",
        "nope:bar | unknown resource agent class 'nope' in nope:bar (expected one of heartbeat, lsb, nagios, ocf, "
                + "service, stonith, systemd, upstart)",
    })
    void refusesWhatCrmshRefuses(String spec, String message) {
        AgentException e = assertThrows(AgentException.class, () -> AgentId.parse(spec));
        assertEquals(message, e.getMessage());
        assertEquals(AgentException.Kind.INVALID_SPEC, e.kind());
    }

    @Test
    void emptySpecIsBad() {
        AgentException e = assertThrows(AgentException.class, () -> AgentId.parse("", new FakeCatalog()));
        assertEquals("bad resource type specification ", e.getMessage());
    }

    @Test
    void shortFormsPickTheProviderAsCrmshDoes() throws Exception {
        FakeCatalog catalog = new FakeCatalog()
                .with(AgentId.ocf("heartbeat", "Stateful"), null)
                .with(AgentId.ocf("pacemaker", "Stateful"), null)
                .with(AgentId.ocf("pacemaker", "HealthCPU"), null)
                .with(AgentId.ocf("zeta", "Both"), null)
                .with(AgentId.ocf("pacemaker", "Both"), null)
                .with(AgentId.ocf("linbit", "drbd"), null)
                .with(AgentId.ocf("beta", "Other"), null)
                .with(AgentId.ocf("alpha", "Other"), null);
        assertEquals("ocf:heartbeat:Stateful", AgentId.parse("Stateful", catalog).toString());
        assertEquals("ocf:pacemaker:HealthCPU", AgentId.parse("HealthCPU", catalog).toString());
        assertEquals("ocf:pacemaker:Both", AgentId.parse("Both", catalog).toString());
        assertEquals("ocf:linbit:drbd", AgentId.parse("drbd", catalog).toString());
        assertEquals("ocf:alpha:Other", AgentId.parse("Other", catalog).toString());
        assertEquals("ocf:heartbeat:Stateful", AgentId.parse("ocf:Stateful", catalog).toString());
        // Nobody has it: crmsh falls back to heartbeat and reports the missing agent later, at commit.
        assertEquals("ocf:heartbeat:Filesystm", AgentId.parse("Filesystm", catalog).toString());
        // Written-out forms are taken as they are.
        assertEquals("ocf:zeta:Stateful", AgentId.parse("ocf:zeta:Stateful", catalog).toString());
        assertEquals("stonith:Stateful", AgentId.parse("stonith:Stateful", catalog).toString());
    }

    @Test
    void pickProvider() {
        assertEquals("heartbeat", AgentId.pickProvider(List.of()));
        assertEquals("heartbeat", AgentId.pickProvider(List.of("heartbeat", "pacemaker")));
        assertEquals("pacemaker", AgentId.pickProvider(List.of("linbit", "pacemaker")));
        assertEquals("linbit", AgentId.pickProvider(List.of("linbit", "suse")));
    }

    /** The rows of show-form.crmsh-4.4.1.tsv, resolved against this machine's agents as crmsh resolved them. */
    @Test
    void resolvesAndShowsLikeCrmsh() throws Exception {
        assumeTrue(TestResources.agentsInstalled(), "OCF agents not installed");
        LocalAgentCatalog catalog = new LocalAgentCatalog();
        for (String line : TestResources.lines("show-form.crmsh-4.4.1.tsv")) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] row = line.split("\t");
            AgentId id = catalog.resolve(row[0]);
            assertEquals(row[1], id.toString(), row[0]);
            assertEquals(row[2], id.showForm(), row[0]);
        }
    }

    @Test
    void showFormDropsOnlyHeartbeat() {
        assertEquals("Filesystem", AgentId.ocf("heartbeat", "Filesystem").showForm());
        assertEquals("NoSuchAgent", AgentId.ocf("heartbeat", "NoSuchAgent").showForm());
        assertEquals("ocf:pacemaker:Dummy", AgentId.ocf("pacemaker", "Dummy").showForm());
        assertEquals("stonith:fence_dummy", AgentId.of(AgentClass.STONITH, "fence_dummy").showForm());
    }

    @Test
    void fromCibAttributes() throws Exception {
        assertEquals(AgentId.ocf("linbit", "drbd"), AgentId.fromCib("ocf", "linbit", "drbd"));
        assertEquals(AgentId.of(AgentClass.LSB, "exim4"), AgentId.fromCib("lsb", null, "exim4"));
        assertThrows(AgentException.class, () -> AgentId.fromCib("ocf", null, "Dummy"));
    }

    @Test
    void recordRefusesInconsistentParts() {
        assertThrows(IllegalArgumentException.class,
                () -> new AgentId(AgentClass.OCF, Optional.empty(), "Dummy"));
        assertThrows(IllegalArgumentException.class,
                () -> new AgentId(AgentClass.LSB, Optional.of("heartbeat"), "exim4"));
        assertThrows(IllegalArgumentException.class, () -> AgentId.ocf("heartbeat", ""));
    }
}

package crmj.backend.sandbox;

import crmj.cib.status.ClusterState;
import crmj.cib.status.CrmMonFormatter;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Checks each transition the sandbox carried out against the real crm_simulate on the same CIB. */
final class Differential {
    private Differential() {
    }

    /** Every round: the same Transition Summary and Revised Cluster Status as {@code crm_simulate -S}. */
    static void check(List<SandboxSimulator.Round> rounds, Instant now) throws Exception {
        for (int i = 0; i < rounds.size(); i++) {
            SandboxSimulator.Round r = rounds.get(i);
            RealCrmSimulate.Outcome real = RealCrmSimulate.run(r.cibBefore());
            assertEquals(real.summary(), RealCrmSimulate.fold(r.summary()), "transition " + (i + 1) + " summary");
            String revised = CrmMonFormatter.revisedStatus(ClusterState.ofXml(r.executed(), now));
            assertEquals(real.revised(), RealCrmSimulate.section(revised, "Revised Cluster Status:"),
                    "transition " + (i + 1) + " revised status");
        }
    }

    /** The cluster is settled for Pacemaker too: crm_simulate finds nothing to do on the final CIB. */
    static void settled(String cibXml) throws Exception {
        assertEquals(List.of(), RealCrmSimulate.run(cibXml).summary(), "crm_simulate on the settled CIB");
    }
}

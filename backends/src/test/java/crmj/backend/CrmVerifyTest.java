package crmj.backend;

import crmj.cib.model.Cib;
import crmj.cib.xml.CibXmlReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** crm_verify run in the background on the configuration, as crmsh runs it at commit. */
class CrmVerifyTest {
    private static final Path CRM_VERIFY = Path.of("/usr/sbin/crm_verify");

    private static Cib cib(String stonithEnabled) {
        return CibXmlReader.read("""
                <cib crm_feature_set="3.16.2" validate-with="pacemaker-3.9" epoch="3" num_updates="0" admin_epoch="0">
                  <configuration>
                    <crm_config>
                      <cluster_property_set id="cib-bootstrap-options">
                        <nvpair id="cib-bootstrap-options-stonith-enabled" name="stonith-enabled" value="%s"/>
                      </cluster_property_set>
                    </crm_config>
                    <nodes/>
                    <resources>
                      <primitive id="d1" class="ocf" provider="heartbeat" type="Dummy"/>
                    </resources>
                    <constraints/>
                  </configuration>
                  <status/>
                </cib>
                """.formatted(stonithEnabled));
    }

    @Test
    void aValidConfigurationPasses() {
        assumeTrue(Files.isExecutable(CRM_VERIFY), "crm_verify is installed by ./test");
        CrmVerify.Result r = CrmVerify.installed().verify(cib("false"));
        assertTrue(r.ran());
        assertTrue(r.ok(), r.messages().toString());
    }

    @Test
    void pacemakersOwnErrorsRefuseIt() {
        assumeTrue(Files.isExecutable(CRM_VERIFY), "crm_verify is installed by ./test");
        CrmVerify.Result r = CrmVerify.installed().start(cib("true")).await();
        assertTrue(r.ran());
        assertFalse(r.ok());
        assertTrue(r.messages().stream().anyMatch(l -> l.contains("no STONITH resources have been defined")),
                r.messages().toString());
    }

    @Test
    void aCancelledRunNeverPasses() {
        assumeTrue(Files.isExecutable(CRM_VERIFY), "crm_verify is installed by ./test");
        CrmVerify.Running running = CrmVerify.installed().start(cib("false"));
        running.cancel();
        CrmVerify.Result r = running.await();
        // either it was stopped before it ran (nothing ran, not ok) or it had already finished (ran, ok)
        assertEquals(r.ran(), r.ok(), r.toString());
    }

    @Test
    void withoutCrmVerifyNothingRuns() {
        CrmVerify.Result r = new CrmVerify(Path.of("/nonexistent/crm_verify")).verify(cib("true"));
        assertFalse(r.ran());
        assertTrue(r.ok());
    }

    @Test
    void schemaMessagesNameTheCibLikeAFile() {
        assertEquals("cib:12: element network: Relax-NG validity error : x",
                CrmVerify.placed("Entity: line 12: element network: Relax-NG validity error : x"));
        assertEquals("(unpack_config) warning: y", CrmVerify.placed("(unpack_config) warning: y"));
    }

    @Test
    void itsEnvironmentHasNoCibFileAndMallocOnHugePages() {
        Map<String, String> env = new HashMap<>(Map.of("CIB_file", "/tmp/x.xml", "PATH", "/usr/bin"));
        CrmVerify.environment(env);
        assertEquals(Map.of("PATH", "/usr/bin", "GLIBC_TUNABLES", "glibc.malloc.hugetlb=1"), env);
        Map<String, String> other = new HashMap<>(Map.of("GLIBC_TUNABLES", "glibc.malloc.arena_max=2"));
        CrmVerify.environment(other);
        assertEquals("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1", other.get("GLIBC_TUNABLES"));
        Map<String, String> chosen = new HashMap<>(Map.of("GLIBC_TUNABLES", "glibc.malloc.hugetlb=0"));
        CrmVerify.environment(chosen);
        assertEquals("glibc.malloc.hugetlb=0", chosen.get("GLIBC_TUNABLES"));
    }
}

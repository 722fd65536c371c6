package crmj.cib.status;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Differential test against Pacemaker 2.1.5 over its scheduler regression corpus: for every case, the
 * "Current cluster status" section crmj prints must be byte-identical (after the runner's normalisation)
 * to the one in the case's crm_simulate summary, so must the lines crm_simulate prints before it, and
 * crmj's {@code crm_mon -1} text must be identical to the real crm_mon's (recorded in
 * {@code status/crm-mon-1.txt}, "Last updated" aside). Cases listed in
 * {@code status/crm-mon-known-divergences.txt} must still differ, so the list stays true.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrmMonConformanceTest {
    private static final String SECTION = "section";
    private static final String PREAMBLE = "preamble";
    private static final String CRM_MON = "crm_mon";

    private final Map<String, String> known = new TreeMap<>();
    private final Map<String, CtsCorpus.Result> results = new ConcurrentHashMap<>();
    private CtsCorpus.CrmMonOutputs crmMon;

    @BeforeAll
    void load() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CtsCorpus.ROOT.resolve("xml")), "no corpus at " + CtsCorpus.ROOT);
        String text = new String(getClass().getResourceAsStream("/status/crm-mon-known-divergences.txt")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", 3);
            known.put(f[0] + " " + f[1], f.length > 2 ? f[2] : "");
        }
        crmMon = CtsCorpus.CrmMonOutputs.load();
        // the cases are independent: run them on all cores up front, the tests then only compare
        CtsCorpus.cases().parallelStream().forEach(name -> results.put(name, CtsCorpus.run(name, crmMon)));
    }

    List<String> cases() {
        return Files.isDirectory(CtsCorpus.ROOT.resolve("xml")) ? CtsCorpus.cases() : List.of();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void currentClusterStatus(String name) {
        CtsCorpus.Result r = results.get(name);
        check(name, SECTION, r.expected(), r.actual());
        check(name, PREAMBLE, r.expectedPreamble(), r.actualPreamble());
        check(name, CRM_MON, r.expectedCrmMon(), r.actualCrmMon());
    }

    private void check(String name, String part, String expected, String actual) {
        String reason = known.get(name + " " + part);
        if (reason == null) {
            assertEquals(expected, actual, name + " " + part);
        } else {
            assertNotEquals(expected, actual, name + " " + part + " is listed as divergent (" + reason
                    + ") but now matches: remove it from crm-mon-known-divergences.txt");
        }
    }

    @AfterAll
    void summary() {
        if (results.isEmpty()) {
            return;
        }
        Map<CtsCorpus.Kind, int[]> perKind = new EnumMap<>(CtsCorpus.Kind.class);
        int same = 0;
        int preambles = 0;
        int mons = 0;
        for (CtsCorpus.Result r : results.values()) {
            int[] f = perKind.computeIfAbsent(r.kind(), k -> new int[2]);
            f[1]++;
            if (r.identical()) {
                f[0]++;
                same++;
            }
            if (r.expectedPreamble().equals(r.actualPreamble())) {
                preambles++;
            }
            if (r.crmMonIdentical()) {
                mons++;
            }
        }
        StringBuilder s = new StringBuilder("crm_mon format: " + same + "/" + results.size() + " identical (");
        perKind.forEach((k, f) -> s.append(k.name().toLowerCase()).append(' ').append(f[0]).append('/').append(f[1])
                .append(", "));
        s.setLength(s.length() - 2);
        s.append("); preamble ").append(preambles).append('/').append(results.size());
        s.append("; crm_mon -1 ").append(mons).append('/').append(results.size());
        System.out.println(s);
    }
}

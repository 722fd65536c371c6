package crmj.cib.scheduler;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * crmj's scheduler against Pacemaker 2.1.5's scheduler regression corpus (issue 4's proof): every case is
 * classified by {@link Scope}, at least 450 must be in scope, and the supported ones are run through crmj's
 * scheduler and compared with crm_simulate's recorded output. A ratchet: the supported cases expected to differ
 * are listed in {@code scheduler/cts-expected-differences.txt}; a listed case that matches, or an unlisted one
 * that differs, fails the test (regenerate the list with {@code tools/regen-cts-conformance.sh}). The report
 * is written to {@code target/cts-conformance.txt}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CtsConformanceTest {
    private static final Path REPORT = Path.of("target", "cts-conformance.txt");
    private static final Path LIST = Path.of("src", "test", "resources", "scheduler", "cts-expected-differences.txt");

    private Map<String, CtsResult> results;
    private Map<String, String> expectedToDiffer;

    @BeforeAll
    void runCorpus() throws Exception {
        Assumptions.assumeTrue(CtsCase.corpusPresent(), "no corpus at " + CtsCase.ROOT);
        List<CtsResult> all = CtsConformance.run(CtsCase.all(), UnderTest.crmj(ExecutorSeam.crmj()),
                false);
        results = all.stream().collect(Collectors.toMap(r -> r.c().name(), Function.identity()));
        String report = CtsConformance.report(all, "crmj");
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report, StandardCharsets.UTF_8);
        System.out.print(report);
        if (Boolean.getBoolean("crmj.cts.regen")) {
            Files.writeString(LIST, CtsConformance.differencesFile(all), StandardCharsets.UTF_8);
            expectedToDiffer = CtsConformance.differing(all);
        } else {
            expectedToDiffer = CtsConformance.expectedDifferences();
        }
    }

    List<String> cases() {
        return CtsCase.corpusPresent() ? CtsCase.all().stream().map(CtsCase::name).toList() : List.of();
    }

    @Test
    void atLeast450CasesAreInScope() {
        long supported = results.values().stream().filter(CtsResult::supported).count();
        assertTrue(supported >= 450, "only " + supported + " cases classified as supported");
    }

    @Test
    void everyListedCaseIsACorpusCase() {
        for (String name : expectedToDiffer.keySet()) {
            assertTrue(results.containsKey(name), name + " is listed in cts-expected-differences.txt but is no case");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesCrmSimulateUnlessListed(String name) {
        CtsResult r = results.get(name);
        boolean listed = expectedToDiffer.containsKey(name);
        if (!r.supported()) {
            assertFalse(listed, name + " is out of scope (" + r.unsupported() + ") but listed in "
                    + "cts-expected-differences.txt: remove it (tools/regen-cts-conformance.sh)");
        } else if (listed && r.identical()) {
            fail(name + " now matches crm_simulate: remove it from cts-expected-differences.txt "
                    + "(tools/regen-cts-conformance.sh)");
        } else if (!listed && !r.identical()) {
            fail(name + " differs from crm_simulate (" + r.differences() + "):\n" + CtsConformanceMain.details(r));
        }
    }
}

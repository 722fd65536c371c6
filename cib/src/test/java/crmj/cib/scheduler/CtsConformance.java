package crmj.cib.scheduler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scheduler conformance runner over Pacemaker's regression corpus: classifies every case with
 * {@link Scope}, runs the supported ones through a scheduler under test (in parallel, in this JVM) and
 * compares with crm_simulate's recorded output.
 */
final class CtsConformance {
    /** The checked-in list of supported cases expected to differ (the ratchet). */
    static final String DIFFERENCES = "/scheduler/cts-expected-differences.txt";

    private CtsConformance() {
    }

    /**
     * Runs these cases; the results come back in the cases' order.
     *
     * @param everyCase run the out-of-scope cases too (the harness check with crm_simulate), else only the
     *                  supported ones
     */
    static List<CtsResult> run(List<CtsCase> cases, UnderTest underTest, boolean everyCase) {
        Map<String, CtsResult> byName = new ConcurrentHashMap<>();
        cases.parallelStream().forEach(c -> byName.put(c.name(), run(c, underTest, everyCase)));
        List<CtsResult> out = new ArrayList<>();
        cases.forEach(c -> out.add(byName.get(c.name())));
        return out;
    }

    static CtsResult run(CtsCase c, UnderTest underTest, boolean everyCase) {
        String cib = c.cibText();
        String recorded = c.expectedOutput();
        SimulateOutput expected = SimulateOutput.parse(SimulateOutput.normalise(recorded))
                .orElseThrow(() -> new IllegalStateException(c.name() + ": the recorded output has no sections"));
        List<String> unsupported = Scope.unsupported(cib);
        Optional<Outcome> outcome = unsupported.isEmpty() || everyCase
                ? Optional.of(underTest.run(cib, c.xml(), c.now())) : Optional.empty();
        return new CtsResult(c, unsupported, expected, SimulateOutput.normalise(recorded), outcome);
    }

    /** The supported cases that differ, with what differs, by name. */
    static Map<String, String> differing(List<CtsResult> results) {
        Map<String, String> out = new TreeMap<>();
        for (CtsResult r : results) {
            if (r.supported() && !r.identical()) {
                out.put(r.c().name(), r.differences());
            }
        }
        return out;
    }

    /** The checked-in list: case name, then what differed when it was written (informative only). */
    static Map<String, String> expectedDifferences() {
        Map<String, String> out = new TreeMap<>();
        try (InputStream in = CtsConformance.class.getResourceAsStream(DIFFERENCES)) {
            if (in == null) {
                return out;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t", 2);
                    out.put(f[0].strip(), f.length > 1 ? f[1] : "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The text of the list for these results. */
    static String differencesFile(List<CtsResult> results) {
        StringBuilder s = new StringBuilder();
        s.append("# Supported cases of Pacemaker's scheduler corpus where crmj's output still differs from\n")
                .append("# crm_simulate's (case, then what differed). CtsConformanceTest fails when a listed case\n")
                .append("# matches or an unlisted one differs. Regenerate: tools/regen-cts-conformance.sh\n");
        differing(results).forEach((name, what) -> s.append(name).append('\t').append(what).append('\n'));
        return s.toString();
    }

    /** The report: per group, then totals. */
    static String report(List<CtsResult> results, String underTestName) {
        Map<String, List<CtsResult>> byGroup = new LinkedHashMap<>();
        CtsCase.groupOrder().forEach(g -> byGroup.put(g, new ArrayList<>()));
        results.forEach(r -> byGroup.computeIfAbsent(r.c().group(), g -> new ArrayList<>()).add(r));
        StringBuilder s = new StringBuilder();
        s.append("Scheduler conformance: Pacemaker 2.1.5's scheduler regression corpus (").append(results.size())
                .append(" cases), scheduler under test: ").append(underTestName).append('\n');
        s.append("Columns: cases, supported (in scope), identical transition summary, identical revised status\n")
                .append("(of those where the scheduler under test gives one), identical executed transition (same),\n")
                .append("identical (summary, and revised status where given). White space folded, README's\n")
                .append("normalisation applied.\n\n");
        s.append(String.format("%-42s %5s %9s %9s %9s %9s %9s%n", "group", "cases", "supported", "summary",
                "revised", "executing", "identical"));
        byGroup.forEach((g, rs) -> {
            if (!rs.isEmpty()) {
                s.append(Figures.of(rs).row(g)).append('\n');
            }
        });
        Figures total = Figures.of(results);
        s.append(total.row("total")).append('\n').append('\n').append(total.totals()).append('\n');
        s.append(outOfScope(results));
        List<String> executing = results.stream().filter(r -> r.executingSame().map(same -> !same).orElse(false))
                .map(r -> r.c().name()).sorted().toList();
        if (!executing.isEmpty()) {
            s.append("Executed transition differs (").append(executing.size()).append("): ")
                    .append(String.join(" ", executing)).append('\n');
        }
        Optional<String> whole = wholeFigure(results);
        whole.ifPresent(w -> s.append(w).append('\n'));
        return s.toString();
    }

    private static String outOfScope(List<CtsResult> results) {
        Map<String, Integer> counts = new TreeMap<>();
        for (CtsResult r : results) {
            r.unsupported().forEach(f -> counts.merge(f.replaceAll(" \\(placement-strategy=.*\\)", ""), 1,
                    Integer::sum));
        }
        StringBuilder s = new StringBuilder("Out of scope (cases using each feature; a case may use several):\n");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> s.append(String.format("  %-40s %4d%n", e.getKey(), e.getValue())));
        return s.toString();
    }

    private static Optional<String> wholeFigure(List<CtsResult> results) {
        long supported = results.stream().filter(r -> r.supported() && r.wholeSame().orElse(false)).count();
        long supportedWith = results.stream().filter(r -> r.supported() && r.wholeSame().isPresent()).count();
        long with = results.stream().filter(r -> r.wholeSame().isPresent()).count();
        if (with == 0) {
            return Optional.empty();
        }
        long same = results.stream().filter(r -> r.wholeSame().orElse(false)).count();
        List<String> other = results.stream().filter(r -> r.wholeSame().map(b -> !b).orElse(false))
                .map(r -> r.c().name()).toList();
        long sections = results.stream().filter(r -> r.wholeSame().isPresent() && r.summarySame()
                && r.revisedSame().orElse(false) && r.executingSame().orElse(false)).count();
        return Optional.of("Every case run: whole output byte-identical (normalised) " + same + "/" + with
                + " (supported cases " + supported + "/" + supportedWith + "), differing: " + other
                + "; summary, executed transition and revised status identical (white space folded) " + sections
                + "/" + with + ".");
    }

    /** Counts for a set of results. */
    record Figures(int cases, int supported, int summary, int revised, int revisedOf, int executing,
                   int executingOf, int identical) {
        static Figures of(List<CtsResult> rs) {
            int[] f = new int[8];
            for (CtsResult r : rs) {
                f[0]++;
                if (!r.supported()) {
                    continue;
                }
                f[1]++;
                f[2] += r.summarySame() ? 1 : 0;
                r.revisedSame().ifPresent(b -> {
                    f[3] += b ? 1 : 0;
                    f[4]++;
                });
                r.executingSame().ifPresent(b -> {
                    f[5] += b ? 1 : 0;
                    f[6]++;
                });
                f[7] += r.identical() ? 1 : 0;
            }
            return new Figures(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]);
        }

        String row(String name) {
            return String.format("%-42s %5d %9d %9d %9s %9s %9d", name, cases, supported, summary,
                    revised + "/" + revisedOf, executing + "/" + executingOf, identical);
        }

        String totals() {
            return "Supported: " + supported + "/" + cases + ". Identical: " + identical + "/" + supported + " ("
                    + percent(identical, supported) + "); transition summary " + summary + "/" + supported + " ("
                    + percent(summary, supported) + "); revised status " + revised + "/" + revisedOf + " ("
                    + percent(revised, revisedOf) + "); executed transition " + executing + "/" + executingOf
                    + " (" + percent(executing, executingOf) + ").";
        }

        private static String percent(int n, int of) {
            return of == 0 ? "n/a" : String.format("%.1f %%", 100.0 * n / of);
        }
    }
}

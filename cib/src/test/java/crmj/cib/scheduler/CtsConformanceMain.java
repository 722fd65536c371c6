package crmj.cib.scheduler;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The conformance runner by hand ({@code tools/cts-conformance.sh}):
 * <pre>
 * cts-conformance [--crm-simulate] [--report FILE] [--differences FILE] [-v CASE]...
 * </pre>
 * runs the whole corpus and prints the report; {@code -v CASE} runs only the named cases and prints, for
 * each, its classification and the diff of every section ("-" crm_simulate's recorded output, "+" the
 * scheduler under test's, white space folded). {@code --crm-simulate} puts the real crm_simulate in place of
 * crmj's scheduler, to check the harness itself. {@code --differences FILE} writes the list of supported
 * cases that differ (the ratchet's format).
 */
public final class CtsConformanceMain {
    private CtsConformanceMain() {
    }

    public static void main(String[] args) throws IOException {
        boolean oracle = false;
        Optional<Path> report = Optional.empty();
        Optional<Path> differences = Optional.empty();
        List<String> verbose = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--crm-simulate" -> oracle = true;
                case "--report" -> report = Optional.of(Path.of(value(args, ++i, "--report")));
                case "--differences" -> differences = Optional.of(Path.of(value(args, ++i, "--differences")));
                case "-v" -> verbose.add(value(args, ++i, "-v"));
                default -> usage("unknown argument '" + args[i] + "'");
            }
        }
        if (!CtsCase.corpusPresent()) {
            usage("no corpus at " + CtsCase.ROOT.toAbsolutePath() + " (set -Dcrmj.cts=DIR)");
        }
        UnderTest underTest = oracle ? CrmSimulate.underTest() : UnderTest.crmj(ExecutorSeam.crmj());
        List<CtsCase> cases = CtsCase.all();
        if (!verbose.isEmpty()) {
            for (String name : verbose) {
                CtsCase c = cases.stream().filter(x -> x.name().equals(name)).findFirst()
                        .orElseGet(() -> usage("-v: no case named '" + name + "' in cases.tsv"));
                System.out.print(details(CtsConformance.run(c, underTest, oracle)));
            }
            return;
        }
        List<CtsResult> results = CtsConformance.run(cases, underTest, oracle);
        String text = CtsConformance.report(results, oracle ? "crm_simulate (harness check)" : "crmj");
        System.out.print(text);
        if (report.isPresent()) {
            Files.writeString(report.get(), text, StandardCharsets.UTF_8);
        }
        if (differences.isPresent()) {
            Files.writeString(differences.get(), CtsConformance.differencesFile(results), StandardCharsets.UTF_8);
        }
    }

    /** One case in full: classification, then each section's diff. */
    static String details(CtsResult r) {
        StringBuilder s = new StringBuilder("=== " + r.c().name() + " (group: " + r.c().group() + ")\n");
        if (!r.supported()) {
            s.append("out of scope: ").append(String.join(", ", r.unsupported())).append('\n');
        }
        if (r.outcome().isEmpty()) {
            return s.toString();
        }
        Outcome o = r.outcome().orElseThrow();
        if (o.failure().isPresent()) {
            s.append("no transition: ").append(o.failure().get()).append('\n');
        }
        s.append(section("Transition Summary", r.expected().summary(), Optional.of(o.summary())));
        s.append(section("Executing Cluster Transition", r.expected().executing(), o.executing()));
        s.append(section("Revised Cluster Status", r.expected().revised(), o.revised()));
        return s.toString();
    }

    private static String section(String title, String expected, Optional<String> actual) {
        if (actual.isEmpty()) {
            return "--- " + title + ": not available from the scheduler under test\n";
        }
        String a = SimulateOutput.fold(actual.get());
        String e = SimulateOutput.fold(expected);
        return "--- " + title + (a.equals(e) ? ": identical\n" : ": differs\n" + LineDiff.of(e, a));
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            usage(flag + " expects a value");
        }
        return args[i];
    }

    private static <T> T usage(String message) {
        System.err.println("cts-conformance: " + message);
        System.err.println("usage: cts-conformance [--crm-simulate] [--report FILE] [--differences FILE] [-v CASE]...");
        System.exit(2);
        return null;
    }
}

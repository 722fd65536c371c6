package crmj.cib.status;

import crmj.cib.xml.CibXmlReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pacemaker's scheduler regression corpus ({@code shared/pacemaker-cts}): the cases, their CIBs, what
 * crm_simulate printed for them (the summaries) and what crm_mon -1 printed (the checked-in
 * {@code status/crm-mon-1.txt}), and what crmj prints.
 */
public final class CtsCorpus {
    /** Where the corpus lives, relative to the cib module (overridable with -Dcrmj.cts). */
    static final Path ROOT = Path.of(System.getProperty("crmj.cts", "../../shared/pacemaker-cts"));

    /** Feature classes the figures are reported by. */
    enum Kind { BUNDLE, REMOTE, PLAIN }

    /** One case and both sides of each comparison, normalised. */
    record Result(String name, Kind kind, String expected, String actual, String expectedPreamble,
                  String actualPreamble, String expectedCrmMon, String actualCrmMon) {
        boolean identical() {
            return expected.equals(actual);
        }

        boolean crmMonIdentical() {
            return expectedCrmMon.equals(actualCrmMon);
        }
    }

    private static final Pattern SLAVE_MASTER = Pattern.compile(" Master( |\\[|$)");
    private static final String LAST_UPDATED = "(?m)^  \\* Last updated: .*$";

    private CtsCorpus() {
    }

    /** Case names as Pacemaker's runner lists them (cases.tsv). */
    static List<String> cases() {
        List<String> out = new ArrayList<>();
        for (String line : read(ROOT.resolve("cases.tsv")).split("\n")) {
            String name = line.split("\t", -1)[0];
            if (!name.isEmpty() && !name.equals("case")) {
                out.add(name);
            }
        }
        return out;
    }

    /** The recorded crm_mon outputs and the time they were made at. */
    record CrmMonOutputs(long generatedAt, Map<String, String> byCase) {
        static CrmMonOutputs load() {
            try (InputStream in = CtsCorpus.class.getResourceAsStream("/status/crm-mon-1.txt")) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                long at = 0;
                Map<String, String> byCase = new HashMap<>();
                String current = null;
                StringBuilder body = new StringBuilder();
                for (String line : text.split("\n", -1)) {
                    if (line.startsWith("# generated-at ")) {
                        at = Long.parseLong(line.substring("# generated-at ".length()).trim());
                    } else if (line.startsWith("=== ")) {
                        if (current != null) {
                            byCase.put(current, body.toString());
                        }
                        current = line.substring(4);
                        body.setLength(0);
                    } else if (current != null) {
                        body.append(line).append('\n');
                    }
                }
                if (current != null) {
                    byCase.put(current, body.substring(0, Math.max(0, body.length() - 1)));
                }
                return new CrmMonOutputs(at, byCase);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Runs one case: the current status as crm_simulate prints it (evaluated at the CIB's execution-date,
     * else at {@code now}) and crm_mon -1 (evaluated at {@code now}, in UTC).
     */
    static Result run(String name, CrmMonOutputs mon) {
        Path xml = ROOT.resolve("xml").resolve(name + ".xml");
        String summary = read(ROOT.resolve("summary").resolve(name + ".summary"));
        String text = read(xml);
        Instant now = Instant.ofEpochSecond(mon.generatedAt());
        String actual;
        String actualPreamble;
        String actualMon;
        try {
            var cib = CibXmlReader.read(text, xml.toString());
            ClusterState atMonTime = ClusterState.of(cib, now);
            ClusterState simulated = cib.attribute("execution-date").isPresent() ? ClusterState.of(cib) : atMonTime;
            actual = CrmMonFormatter.body(simulated, true);
            actualPreamble = CrmMonFormatter.executionDateNote(simulated) + CrmMonFormatter.preamble(simulated);
            actualMon = CrmMonFormatter.crmMon(atMonTime, now, ZoneOffset.UTC).replaceAll(LAST_UPDATED, "");
        } catch (RuntimeException e) {
            actual = "EXCEPTION " + e;
            actualPreamble = "";
            actualMon = actual;
        }
        String expectedMon = mon.byCase().getOrDefault(name, "(no recorded output)").replaceAll(LAST_UPDATED, "");
        return new Result(name, kind(text), normalise(expectedSection(summary)), normalise(actual),
                normalise(expectedPreamble(summary)), normalise(actualPreamble), expectedMon, actualMon);
    }

    static Kind kind(String cibText) {
        if (cibText.contains("<bundle")) {
            return Kind.BUNDLE;
        }
        if (cibText.contains("type=\"remote\"") || cibText.contains("\"remote-node\"")) {
            return Kind.REMOTE;
        }
        return Kind.PLAIN;
    }

    /** The lines after "Current cluster status:" up to the blank line before "Transition Summary:". */
    static String expectedSection(String summary) {
        int start = summary.indexOf("Current cluster status:\n");
        int end = summary.indexOf("\nTransition Summary:");
        if (start < 0 || end < 0) {
            return "";
        }
        String body = summary.substring(start + "Current cluster status:\n".length(), end + 1);
        return body.endsWith("\n\n") ? body.substring(0, body.length() - 1) : body;
    }

    /** What precedes "Current cluster status:". */
    static String expectedPreamble(String summary) {
        int start = summary.indexOf("Current cluster status:\n");
        return start < 0 ? "" : summary.substring(0, start);
    }

    /** The runner's normalisation (README), line by line. */
    public static String normalise(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String l = line.replace("ocf::", "ocf:")
                    .replaceFirst("Masters:", "Promoted:")
                    .replaceFirst("Slaves:", "Unpromoted:");
            Matcher m = SLAVE_MASTER.matcher(l);
            if (m.find()) {
                l = l.substring(0, m.start()) + " Promoted" + m.group(1) + l.substring(m.end());
            }
            l = l.replaceFirst(" Slave ", " Unpromoted ");
            out.append(l).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

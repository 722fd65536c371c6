package crmj.cib.status;

import crmj.cib.xml.CibXmlReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pacemaker's scheduler regression corpus ({@code shared/pacemaker-cts}): the cases, their CIBs, the
 * "Current cluster status" section crm_simulate printed for them, and what crmj prints.
 */
final class CtsCorpus {
    /** Where the corpus lives, relative to the cib module (overridable with -Dcrmj.cts). */
    static final Path ROOT = Path.of(System.getProperty("crmj.cts", "../../shared/pacemaker-cts"));

    /** Feature classes the figures are reported by. */
    enum Kind { BUNDLE, REMOTE, PLAIN }

    /** One case and both sides of the comparison, normalised. */
    record Result(String name, Kind kind, String expected, String actual, String expectedPreamble,
                  String actualPreamble) {
        boolean identical() {
            return expected.equals(actual);
        }
    }

    private static final Pattern SLAVE_MASTER = Pattern.compile(" Master( |\\[|$)");

    private CtsCorpus() {
    }

    /** Case names as Pacemaker's runner lists them (cases.tsv). */
    static List<String> cases() {
        List<String> out = new ArrayList<>();
        for (String line : lines(ROOT.resolve("cases.tsv"))) {
            String name = line.split("\t", -1)[0];
            if (!name.isEmpty() && !name.equals("case")) {
                out.add(name);
            }
        }
        return out;
    }

    static Result run(String name) {
        Path xml = ROOT.resolve("xml").resolve(name + ".xml");
        String summary = read(ROOT.resolve("summary").resolve(name + ".summary"));
        String text = read(xml);
        String actual;
        String actualPreamble;
        try {
            ClusterState state = ClusterState.of(CibXmlReader.read(text, xml.toString()));
            actual = CrmMonFormatter.body(state);
            actualPreamble = CrmMonFormatter.preamble(state);
        } catch (RuntimeException e) {
            actual = "EXCEPTION " + e;
            actualPreamble = "";
        }
        return new Result(name, kind(text), normalise(expectedSection(summary)), normalise(actual),
                normalise(expectedPreamble(summary)), normalise(actualPreamble));
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

    /** What precedes "Current cluster status:" except a leading execution-date note. */
    static String expectedPreamble(String summary) {
        int start = summary.indexOf("Current cluster status:\n");
        String pre = start < 0 ? "" : summary.substring(0, start);
        if (pre.startsWith("Using the original execution date of:")) {
            pre = pre.substring(pre.indexOf('\n') + 1);
        }
        return pre;
    }

    /** The runner's normalisation (README), line by line. */
    static String normalise(String text) {
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

    private static List<String> lines(Path p) {
        return List.of(read(p).split("\n"));
    }
}

package crmj.shell;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The 25 cases cut from crmsh 4.4.1's regression suite ({@code cib/src/test/resources/crmsh-replay}),
 * replayed through crmj the way {@code tools/check-replay-data.sh} replays them through the real crmsh:
 * a fresh copy of {@code empty.xml} as CIB_file, {@code crm [-o OPT]... configure < CASE.in} in one run,
 * {@code crm [-o OPT]... configure show [ARGS]} (or {@code show xml}) in another, and the output compared
 * as crmsh's runner compares it: text with {@code diff --ignore-all-space}, XML as trees with
 * {@code crm_diff}'s rules (sibling order ignored, the {@code <cib>} element's attributes dropped by the
 * runner's {@code s/<cib[^>]*>/<cib>/}).
 *
 * <p>Cases listed in {@code crmsh-replay-known-failures.txt} must still fail (so the list stays true);
 * all others must pass. The show output and the load run's stderr of every case are written to
 * {@code target/crmsh-replay/} for inspection.
 */
class CrmshReplayTest {
    static final Path DATA = Path.of("..", "cib", "src", "test", "resources", "crmsh-replay");
    static final Path SHARED = Path.of("..", "..", "shared").toAbsolutePath().normalize();
    static final Path EMPTY = SHARED.resolve("reference").resolve("empty.xml");
    static final Path EXCL = SHARED.resolve("crmsh-tests").resolve("testcases").resolve("common.excl");
    static final Path KNOWN = Path.of("src", "test", "resources", "crmsh-replay-known-failures.txt");
    static final Path WORK = Path.of("target", "crmsh-replay");

    /** {@code load update|replace [xml] FILE} with a relative FILE (crmsh reads it from the working directory). */
    static final Pattern LOAD = Pattern.compile("^(\\s*load\\s+\\S+\\s+(?:xml\\s+)?)([^/\\s]\\S*)(\\s*)$");

    record Run(int status, String out, String err) {
    }

    record Result(boolean passed, String detail) {
    }

    @TestFactory
    Stream<DynamicTest> replayMatchesCrmsh() throws IOException {
        Map<String, String> known = knownFailures();
        List<String> cases;
        try (Stream<Path> files = Files.walk(DATA, 2)) {
            cases = files.map(p -> DATA.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.endsWith(".in") && n.contains("/"))
                    .map(n -> n.substring(0, n.length() - ".in".length()))
                    .sorted().collect(Collectors.toList());
        }
        for (String k : known.keySet()) {
            assertTrue(cases.contains(k), "crmsh-replay-known-failures.txt lists " + k + ", which is no case");
        }
        Files.createDirectories(WORK);
        Map<String, Boolean> outcome = new TreeMap<>();
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : cases) {
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Result r = replay(name);
                outcome.put(name, r.passed());
                if (known.containsKey(name)) {
                    assertTrue(!r.passed(), name + " now matches crmsh: remove it from "
                            + "crmsh-replay-known-failures.txt (listed: " + known.get(name) + ")");
                } else if (!r.passed()) {
                    fail(name + " differs from crmsh 4.4.1:\n" + r.detail());
                }
            }));
        }
        tests.add(DynamicTest.dynamicTest("summary", () -> {
            long ok = outcome.values().stream().filter(b -> b).count();
            Map<String, int[]> byTest = new TreeMap<>();
            outcome.forEach((n, b) -> {
                int[] c = byTest.computeIfAbsent(n.substring(0, n.indexOf('/')), t -> new int[2]);
                c[0] += b ? 1 : 0;
                c[1]++;
            });
            System.out.println("crmsh-replay: " + ok + "/" + outcome.size() + " identical");
            System.out.println("crmsh-replay by test: " + byTest.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()[0] + "/" + e.getValue()[1])
                    .collect(Collectors.joining(", ")));
        }));
        return tests.stream();
    }

    /** Replays one case; the result says whether crmj's show matches the expected one and, if not, how. */
    static Result replay(String name) throws Exception {
        Path dir = DATA.resolve(name).getParent().toAbsolutePath().normalize();
        String base = Path.of(name).getFileName().toString();
        Path work = Files.createTempDirectory("crmsh-replay");
        try {
            Path cib = work.resolve("cib.xml");
            Files.copy(EMPTY, cib);
            List<String> opts = new ArrayList<>();
            for (String o : lines(dir.resolve(base + ".opts"))) {
                if (!o.isBlank()) {
                    opts.add("-o");
                    opts.add(o.trim());
                }
            }
            Run load = crm(cib, withAbsoluteLoads(Files.readString(dir.resolve(base + ".in")), dir),
                    args(opts, "configure"));
            Path expXml = dir.resolve(base + ".exp.xml");
            boolean xml = Files.exists(expXml);
            List<String> show = new ArrayList<>(opts);
            show.addAll(List.of("configure", "show"));
            if (xml) {
                show.add("xml");
            } else {
                for (String a : lines(dir.resolve(base + ".args"))) {
                    show.addAll(Arrays.asList(a.trim().split("\\s+")));
                }
            }
            Run shown = crm(cib, "", show.toArray(String[]::new));
            String out = runnerFilter(xml ? filterCib(shown.out()) : shown.out());
            String flat = name.replace('/', '_');
            Files.writeString(WORK.resolve(flat + (xml ? ".out.xml" : ".out")), out);
            Files.writeString(WORK.resolve(flat + ".load.err"), load.err());
            String context = "load status " + load.status() + (load.err().isEmpty() ? "" : ", load stderr:\n"
                    + indent(load.err())) + "show status " + shown.status() + (shown.err().isEmpty() ? ""
                    : ", show stderr:\n" + indent(shown.err()));
            if (xml) {
                List<String> exp = canonicalXml(Files.readString(expXml));
                List<String> got;
                try {
                    got = canonicalXml(out);
                } catch (Exception e) {
                    return new Result(false, "show xml is not XML (" + e.getMessage() + ")\n" + context);
                }
                return new Result(exp.equals(got), LineDiff.diff(exp, got, exp, got) + context);
            }
            List<String> exp = Files.readString(dir.resolve(base + ".exp")).lines().collect(Collectors.toList());
            List<String> got = out.lines().collect(Collectors.toList());
            List<String> expKeys = exp.stream().map(CrmshReplayTest::noSpace).collect(Collectors.toList());
            List<String> gotKeys = got.stream().map(CrmshReplayTest::noSpace).collect(Collectors.toList());
            return new Result(expKeys.equals(gotKeys), LineDiff.diff(expKeys, gotKeys, exp, got) + context);
        } finally {
            try (Stream<Path> files = Files.list(work)) {
                for (Path p : files.collect(Collectors.toList())) {
                    Files.delete(p);
                }
            }
            Files.delete(work);
        }
    }

    static String[] args(List<String> opts, String... rest) {
        List<String> a = new ArrayList<>(opts);
        a.addAll(List.of(rest));
        return a.toArray(String[]::new);
    }

    static Run crm(Path cib, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, Map.of("CIB_file", cib.toString()), new Output(new PrintWriter(out),
                new PrintWriter(err)), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return new Run(status, out.toString(), err.toString());
    }

    /**
     * crmsh resolves {@code load update FILE} against its working directory, the case's folder. crmj's
     * {@link Main#run} has no working directory of its own (the JVM's is the shell module), so a relative
     * FILE is made absolute here.
     */
    static String withAbsoluteLoads(String script, Path dir) {
        StringBuilder sb = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            Matcher m = LOAD.matcher(line);
            sb.append(m.matches() ? m.group(1) + dir.resolve(m.group(2)) + m.group(3) : line).append('\n');
        }
        return sb.substring(0, sb.length() - 1);
    }

    /** The runner's filter_output (common.excl) and its {@code s/<cib[^>]*>/<cib>/}. */
    static String runnerFilter(String text) throws IOException {
        List<Pattern> excl = lines(EXCL).stream().filter(l -> !l.isEmpty()).map(Pattern::compile)
                .collect(Collectors.toList());
        return text.lines().filter(l -> excl.stream().noneMatch(p -> p.matcher(l).find()))
                .map(l -> l.replaceAll("<cib[^>]*>", "<cib>"))
                .map(l -> l + "\n").collect(Collectors.joining());
    }

    /** crm-interface's filter_cib: only the lines from {@code <?xml} to {@code </cib>}. */
    static String filterCib(String text) {
        StringBuilder sb = new StringBuilder();
        boolean in = false;
        for (String l : text.lines().collect(Collectors.toList())) {
            in = in || l.startsWith("<?xml");
            if (in) {
                sb.append(l).append('\n');
                if (l.startsWith("</cib>")) {
                    in = false;
                }
            }
        }
        return sb.toString();
    }

    static String noSpace(String line) {
        return line.replaceAll("\\s+", "");
    }

    /**
     * An XML document as crm_diff compares it: one line per element with its attributes sorted, children
     * sorted by their own canonical text (crm_diff ignores sibling order), white space text dropped.
     */
    static List<String> canonicalXml(String text) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
        List<String> out = new ArrayList<>();
        canonical(doc.getDocumentElement(), "").lines().forEach(out::add);
        return out;
    }

    private static String canonical(Element e, String indent) {
        StringBuilder sb = new StringBuilder(indent).append('<').append(e.getTagName());
        NamedNodeMap attrs = e.getAttributes();
        TreeMap<String, String> sorted = new TreeMap<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            sorted.put(attrs.item(i).getNodeName(), attrs.item(i).getNodeValue());
        }
        sorted.forEach((k, v) -> sb.append(' ').append(k).append("=\"").append(v).append('"'));
        sb.append(">\n");
        List<String> children = new ArrayList<>();
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element) {
                children.add(canonical((Element) c, indent + "  "));
            } else if ((c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE)
                    && !c.getNodeValue().isBlank()) {
                children.add(indent + "  " + c.getNodeValue().trim() + "\n");
            }
        }
        children.sort(null);
        children.forEach(sb::append);
        return sb.toString();
    }

    static Map<String, String> knownFailures() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(KNOWN)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.trim().split("\\s+", 2);
            out.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        return out;
    }

    private static List<String> lines(Path p) throws IOException {
        return Files.exists(p) ? Files.readAllLines(p) : List.of();
    }

    private static String indent(String text) {
        return text.lines().map(l -> "    " + l + "\n").collect(Collectors.joining());
    }

    /** A small line diff (longest common subsequence on keys), printed with the original lines. */
    static final class LineDiff {
        private static final int CONTEXT = 2;

        private LineDiff() {
        }

        static String diff(List<String> aKeys, List<String> bKeys, List<String> a, List<String> b) {
            if (aKeys.equals(bKeys)) {
                return "";
            }
            int n = aKeys.size();
            int m = bKeys.size();
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    lcs[i][j] = aKeys.get(i).equals(bKeys.get(j)) ? lcs[i + 1][j + 1] + 1
                            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            List<String> script = new ArrayList<>();
            int i = 0;
            int j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && aKeys.get(i).equals(bKeys.get(j))) {
                    script.add(" " + b.get(j));
                    i++;
                    j++;
                } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                    script.add("+" + b.get(j));
                    j++;
                } else {
                    script.add("-" + a.get(i));
                    i++;
                }
            }
            StringBuilder sb = new StringBuilder("--- expected (crmsh)\n+++ crmj\n");
            int last = -1;
            for (int k = 0; k < script.size(); k++) {
                if (!nearChange(script, k)) {
                    continue;
                }
                if (last >= 0 && k > last + 1) {
                    sb.append("@@\n");
                }
                sb.append(script.get(k)).append('\n');
                last = k;
            }
            return sb.toString();
        }

        private static boolean nearChange(List<String> script, int k) {
            for (int d = Math.max(0, k - CONTEXT); d <= Math.min(script.size() - 1, k + CONTEXT); d++) {
                if (script.get(d).charAt(0) != ' ') {
                    return true;
                }
            }
            return false;
        }
    }
}

package crmj.cib.text;

import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * {@code show} per construct family, as approval files that read as crm: each
 * {@code ShowApprovalTest.FAMILY.approved.crm} holds the input script ({@code show-approval/FAMILY.crm}) and
 * crmj's {@code show} output for it. A family script may hold several cases (each run on an empty CIB),
 * separated by {@code #@ NAME} lines.
 *
 * <p>The approved show sections are the real crmsh 4.4.1's output, not crmj's:
 * {@code show-approval/check-with-crmsh.sh} runs every case through {@code crm configure} (commit) and a fresh
 * {@code crm configure show} and compares. Constructs where crmj still differs from crmsh are kept out of the
 * families and listed in {@code show-approval/known-divergences.crm}, with crmsh's output in
 * {@code known-divergences.crmsh.show}; {@link #knownDivergencesStillDiffer()} checks they still differ.
 */
class ShowApprovalTest {
    static final Path DIR = Path.of("src/test/resources/show-approval");

    @Test
    void nodes() {
        verify("nodes");
    }

    @Test
    void primitives() {
        verify("primitives");
    }

    @Test
    void ops() {
        verify("ops");
    }

    @Test
    void templates() {
        verify("templates");
    }

    @Test
    void containers() {
        verify("containers");
    }

    @Test
    void bundles() {
        verify("bundles");
    }

    @Test
    void locations() {
        verify("locations");
    }

    @Test
    void rules() {
        verify("rules");
    }

    @Test
    void colocations() {
        verify("colocations");
    }

    @Test
    void orders() {
        verify("orders");
    }

    @Test
    void sets() {
        verify("sets");
    }

    @Test
    void tickets() {
        verify("tickets");
    }

    @Test
    void properties() {
        verify("properties");
    }

    @Test
    void tags() {
        verify("tags");
    }

    @Test
    void fencing() {
        verify("fencing");
    }

    @Test
    void alerts() {
        verify("alerts");
    }

    @Test
    void acls() {
        verify("acls");
    }

    @Test
    void quoting() {
        verify("quoting");
    }

    /** Each family script has its test method (so a new script cannot be forgotten). */
    @Test
    void everyFamilyScriptIsVerified() throws IOException {
        Set<String> scripts = new TreeSet<>();
        try (Stream<Path> files = Files.list(DIR)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".crm"))
                    .map(n -> n.substring(0, n.length() - 4)).filter(n -> !n.equals("known-divergences"))
                    .forEach(scripts::add);
        }
        Set<String> methods = new TreeSet<>();
        for (Method m : ShowApprovalTest.class.getDeclaredMethods()) {
            if (m.isAnnotationPresent(Test.class) && scripts.contains(m.getName())) {
                methods.add(m.getName());
            }
        }
        assertEquals(scripts, methods);
    }

    /** Each listed divergence must still differ from crmsh's output; remove it once it matches. */
    @TestFactory
    Stream<DynamicTest> knownDivergencesStillDiffer() {
        List<Case> cases = cases(read("known-divergences.crm"));
        List<Case> expected = cases(read("known-divergences.crmsh.show"));
        assertEquals(cases.stream().map(Case::name).toList(), expected.stream().map(Case::name).toList(),
                "known-divergences.crmsh.show must have one section per case (rerun crmsh-show.sh)");
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            String crmsh = expected.get(i).text();
            tests.add(DynamicTest.dynamicTest(c.name(), () -> assertNotEquals(crmsh, show(c.text()),
                    "'" + c.name() + "' now shows as crmsh does: move it into a family script")));
        }
        return tests.stream();
    }

    private static void verify(String family) {
        Approvals.verify(render(family), new Options().forFile().withExtension(".crm"));
    }

    /** The approval text: per case, the input script and crmj's show output. */
    static String render(String family) {
        StringBuilder out = new StringBuilder();
        for (Case c : cases(read(family + ".crm"))) {
            if (!c.name().isEmpty()) {
                out.append("#@ ").append(c.name()).append('\n');
            }
            out.append("# ---- input (show-approval/").append(family).append(".crm)\n").append(c.text());
            out.append("# ---- crm configure show\n").append(show(c.text()));
        }
        return out.toString();
    }

    private static String show(String script) {
        try {
            return ShowRunner.show(ShowRunner.run("input.crm", script));
        } catch (RuntimeException e) {
            return "exception: " + e.getMessage() + "\n";
        }
    }

    /** One case of a script: its name (empty for a single-case script) and its text. */
    record Case(String name, String text) {
    }

    /** Splits a text at {@code #@ NAME} lines. */
    static List<Case> cases(String text) {
        List<Case> out = new ArrayList<>();
        String name = "";
        StringBuilder body = new StringBuilder();
        boolean started = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("#@ ")) {
                if (started) {
                    out.add(new Case(name, trimmed(body)));
                }
                name = line.substring(3);
                body.setLength(0);
                started = true;
            } else if (!line.isEmpty() || body.length() > 0) {
                body.append(line).append('\n');
                started = true;
            }
        }
        if (started) {
            out.add(new Case(name, trimmed(body)));
        }
        return out;
    }

    /** The text without trailing blank lines, ending in one newline (or empty). */
    private static String trimmed(StringBuilder body) {
        String s = body.toString().replaceAll("\n+$", "");
        return s.isEmpty() ? "" : s + "\n";
    }

    private static String read(String name) {
        try {
            return Files.readString(DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package crmj.cib.text;

import crmj.cib.CrmException;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * crmj's error messages for bad input, as one approval table ({@code ErrorTableTest.errors.approved.txt}):
 * each row is {@code input ==> message}, for the inputs in {@code error-table/inputs.crm} (keyword and
 * section-keyword typos, missing ids, bad ids, scores, roles, actions, rules, dates, resource sets, ops,
 * fencing, ACLs, alerts, quoting...). Each input runs alone on an empty CIB through
 * {@link CrmTextParser#parse}, {@link CibBuilder} and {@link ConfigEditor}; a row that does not fail says
 * what crmj made of it instead, and what {@link CommitCheck} would refuse at commit (a misspelt object
 * keyword is a configure command for the cib layer: the shell's configure level reports it).
 *
 * <p>A good message names its place ({@code stdin:LINE:COL}), says what was expected and what was found;
 * {@link #everyErrorNamesItsPlace()} checks the place for every row. Inputs crmj gets wrong (accepted where
 * crmsh refuses them, or refused with a wrong message or no place) are not in the table: they are listed in
 * {@link #KNOWN_BUGS} with what crmj does now, and {@link #knownBugsStillBehaveTheSame()} fails as soon as
 * one of them changes, so the list stays true.
 */
class ErrorTableTest {
    static final Path INPUTS = Path.of("src/test/resources/error-table/inputs.crm");

    /** An input crmj handles wrongly: what crmj does now, and what is wrong with it. */
    record KnownBug(String input, String now, String why) {
    }

    static final List<KnownBug> KNOWN_BUGS = List.of();

    @Test
    void errors() throws IOException {
        StringBuilder out = new StringBuilder();
        boolean afterRow = false;
        for (String line : Files.readAllLines(INPUTS)) {
            if (line.startsWith("#")) {
                out.append(afterRow ? "\n" : "").append(line).append('\n');
                afterRow = false;
            } else if (!line.isBlank()) {
                out.append(line).append(" ==> ").append(outcome(line)).append('\n');
                afterRow = true;
            }
        }
        Approvals.verify(out.toString(), new Options().forFile().withExtension(".txt"));
    }

    @Test
    void everyErrorNamesItsPlace() throws IOException {
        List<String> without = new ArrayList<>();
        for (String line : Files.readAllLines(INPUTS)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Optional<CrmException> e = error(line);
            if (e.isPresent() && e.get().problems().stream().anyMatch(p -> p.location().line() <= 0)) {
                without.add(line);
            }
        }
        assertEquals(List.of(), without, "errors without a line:column");
    }

    @TestFactory
    Stream<DynamicTest> knownBugsStillBehaveTheSame() {
        return KNOWN_BUGS.stream().map(bug -> DynamicTest.dynamicTest(bug.input(), () ->
                assertEquals(bug.now(), outcome(bug.input()), "changed (" + bug.why() + "): if it is fixed, move "
                        + "the input into error-table/inputs.crm and remove it from KNOWN_BUGS")));
    }

    /** The error message, or what crmj did with an input it accepted. */
    static String outcome(String input) {
        try {
            return accepted(input);
        } catch (CrmException e) {
            return e.getMessage().replace("\n", " | ");
        }
    }

    private static Optional<CrmException> error(String input) {
        try {
            accepted(input);
            return Optional.empty();
        } catch (CrmException e) {
            return Optional.of(e);
        }
    }

    /** Runs the input; returns what was accepted, or throws the CrmException. */
    private static String accepted(String input) {
        String text = input.replace("\\n", "\n") + "\n";
        ConfigEditor editor = new ConfigEditor(ShowRunner.empty(), ShowRunner.AGENTS);
        List<String> done = new ArrayList<>();
        for (ParsedLine line : CrmTextParser.parse("stdin", text)) {
            Optional<Statement> st = editor.builder().build(line, text);
            if (st.isEmpty()) {
                continue;
            }
            if (st.get() instanceof Statement.Define d) {
                editor.define(d.object(), d.location(), false);
                done.add(ConfigEditor.describe(d.object()));
            } else if (st.get() instanceof Statement.Monitor m) {
                editor.monitor(m);
                done.add("monitor " + m.resource());
            } else {
                Statement.Command c = (Statement.Command) st.get();
                if (!editor.edit(c)) {
                    // the configure level (shell module) runs the other commands and rejects unknown ones
                    done.add("command '" + c.name() + "' for the configure level");
                }
            }
        }
        List<String> refused = new ArrayList<>();
        for (CommitCheck.Finding f : CommitCheck.check(editor.cib())) {
            if (f.error()) {
                refused.add(f.toString());
            }
        }
        return "(no error: " + String.join(", ", done) + ")"
                + (refused.isEmpty() ? "" : " commit check: " + String.join("; ", refused));
    }
}

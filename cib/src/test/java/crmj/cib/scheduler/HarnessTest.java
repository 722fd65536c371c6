package crmj.cib.scheduler;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The harnesses' own pieces: output sections, normalisation, cases.tsv arguments, comparisons, diffs. */
class HarnessTest {
    private static final String OUTPUT = """
            Current cluster status:
              * Node List:
                * Online: [ node1 node2 ]

              * Full List of Resources:
                * rsc1\t(ocf::heartbeat:apache):\t Stopped

            Transition Summary:
              * Start      rsc1    ( node1 )

            Executing Cluster Transition:
              * Resource action: rsc1            start on node1

            Revised Cluster Status:
              * Node List:
                * Online: [ node1 node2 ]

              * Full List of Resources:
                * Clone Set: ms [s] (promotable):
                  * Masters: [ node1 ]
                  * Slaves: [ node2 ]
            """;

    @Test
    void sectionsOfAnOutput() {
        SimulateOutput s = SimulateOutput.parse(OUTPUT).orElseThrow();
        assertEquals("* Start      rsc1    ( node1 )", s.summary());
        assertEquals("* Resource action: rsc1            start on node1", s.executing());
        assertTrue(s.revised().startsWith("* Node List:"), s.revised());
        assertEquals(Optional.empty(), SimulateOutput.parse("Current cluster status:\n"));
    }

    @Test
    void foldingKeepsWordsAndAppliesTheRunnersNormalisation() {
        assertEquals("* Start rsc1 ( node1 )\n", SimulateOutput.fold("  * Start      rsc1    ( node1 )\n\n"));
        assertFalse(SimulateOutput.fold("* Start rsc1 ( node1 )").equals(SimulateOutput.fold("* Start rsc1 ( node2 )")));
        String revised = SimulateOutput.fold(SimulateOutput.parse(OUTPUT).orElseThrow().revised());
        assertTrue(revised.contains("* Promoted: [ node1 ]\n* Unpromoted: [ node2 ]"), revised);
        assertEquals("* rsc1 (ocf:heartbeat:apache): Started node1 Promoted",
                SimulateOutput.normalise("* rsc1 (ocf::heartbeat:apache): Started node1 Master"));
    }

    @Test
    void extraArgumentsOfCasesTsv() {
        assertEquals(List.of("-t", "2014-05-07 00:28:00"), CtsCase.splitArgs("-t 2014-05-07 00:28:00"));
        assertEquals(Optional.of(Instant.parse("2005-01-20T12:30:00Z")),
                CtsCase.timeOf("date-2", CtsCase.splitArgs("-t 2005-020T12:30")));
        assertEquals(Optional.of(Instant.parse("2014-05-07T00:28:00Z")),
                CtsCase.timeOf("origin", CtsCase.splitArgs("-t 2014-05-07 00:28:00")));
        assertEquals(Optional.empty(), CtsCase.timeOf("simple1", List.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CtsCase.timeOf("x", List.of("-t", "someday")));
        assertEquals("cases.tsv: x: -t expects a date such as 2005-020T12:30, got 'someday'", e.getMessage());
    }

    @Test
    void aResultIsIdenticalOnlyWhenItsSectionsAre() {
        SimulateOutput expected = SimulateOutput.parse(OUTPUT).orElseThrow();
        CtsCase c = new CtsCase("x", "g", List.of(), Optional.empty());
        CtsResult same = new CtsResult(c, List.of(), expected, OUTPUT,
                Optional.of(Outcome.summaryOnly("  * Start rsc1 ( node1 )")));
        assertTrue(same.identical());
        assertEquals(Optional.empty(), same.revisedSame());
        CtsResult other = new CtsResult(c, List.of(), expected, OUTPUT,
                Optional.of(Outcome.executed("* Start rsc1 ( node1 )", expected.executing(), "* Node List:")));
        assertFalse(other.identical());
        assertEquals("revised", other.differences());
        CtsResult refused = new CtsResult(c, List.of(), expected, OUTPUT, Optional.of(Outcome.failed("refused: x")));
        assertEquals("refused", refused.differences());
        assertFalse(new CtsResult(c, List.of("tickets"), expected, OUTPUT, Optional.empty()).identical());
    }

    @Test
    void lineDiff() {
        assertEquals("  a\n- b\n+ c\n  d\n", LineDiff.of("a\nb\nd", "a\nc\nd"));
    }

    @Test
    void everyCorpusCaseHasAGroup() {
        if (CtsCase.corpusPresent()) {
            List<CtsCase> cases = CtsCase.all();
            assertEquals(798, cases.size());
            assertEquals(List.of(), cases.stream().filter(c -> c.group().equals("other")).map(CtsCase::name).toList());
        }
    }
}

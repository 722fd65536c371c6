package crmj.cib.status;

import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Pacemaker's readings of values, orders and keys. */
class ValuesTest {
    @Test
    void nodeNamesSortWithNumbersByValue() {
        List<String> sorted = GSort.sort(List.of("node10", "Node2", "node1", "node007", "node7"),
                Values.NUMERIC_CASE_ORDER);
        assertEquals(List.of("node1", "Node2", "node7", "node007", "node10"), sorted);
    }

    @Test
    void gSortIsStableAndTakesTheLeftRunOnTies() {
        List<String> sorted = GSort.sort(List.of("b1", "a1", "b2", "a2", "b3"), Comparator.comparing(s -> s.charAt(0)));
        assertEquals(List.of("a1", "a2", "b1", "b2", "b3"), sorted);
    }

    @Test
    void scoresAndBooleans() {
        assertEquals(Values.INFINITY, Values.score("+INFINITY"));
        assertEquals(-Values.INFINITY, Values.score("-INFINITY"));
        assertEquals(Values.INFINITY, Values.score("5000000"));
        assertEquals(0, Values.score("bogus"));
        assertEquals(Boolean.TRUE, Values.toBoolean("Yes"));
        assertEquals(null, Values.toBoolean("maybe"));
        assertEquals(-Values.INFINITY, Values.addScores(Values.INFINITY, -Values.INFINITY));
    }

    @Test
    void intervals() {
        assertEquals(30_000, Values.intervalMs("P30S"));
        assertEquals(90_000, Values.intervalMs("PT1M30S"));
        assertEquals(10_000, Values.intervalMs("10s"));
        assertEquals(120_000, Values.intervalMs("2min"));
        assertEquals(500, Values.intervalMs("500ms"));
        assertEquals(0, Values.intervalMs("bogus"));
    }

    @Test
    void isoDates() {
        assertEquals(1_105_660_800L, IsoTime.epochSeconds("2005-014"));
        assertEquals(1_399_422_480L, IsoTime.epochSeconds("2014-05-07 00:28:00"));
        assertEquals(1_399_422_480L, IsoTime.epochSeconds("2014-05-07T02:28:00+02:00"));
    }

    @Test
    void operationKeys() {
        assertEquals(new OpKey("rsc_a", "monitor", 10000), OpKey.parse("rsc_a_monitor_10000"));
        assertEquals(new OpKey("vm", "migrate_to", 0), OpKey.parse("vm_migrate_to_0"));
        assertEquals(new OpKey("db", "post_notify_start", 0), OpKey.parse("db_post_notify_start_0"));
        assertEquals(new OpKey("r", "start", 0), OpKey.parse("r_start_0"));
    }

    @Test
    void readableIntervals() {
        assertEquals("1m30s", FailedActionText.readableInterval(90_000));
        assertEquals("2.500s", FailedActionText.readableInterval(2_500));
        assertEquals("1000ms", FailedActionText.readableInterval(1_000));
        assertEquals("0s", FailedActionText.readableInterval(0));
    }
}

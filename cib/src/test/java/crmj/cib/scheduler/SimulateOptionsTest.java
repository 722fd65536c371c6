package crmj.cib.scheduler;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** crm_simulate's command line as crmj reads it (glib's rules: grouped short flags, attached values). */
class SimulateOptionsTest {
    @Test
    void shortFlagsGroupAndTakeAttachedValues() {
        SimulateOptions o = SimulateOptions.parse(List.of("-SQ", "-xcib.xml", "-u", "n1", "-dn2", "-F", "r_stop_0@n1=1"));
        assertEquals(Optional.of("cib.xml"), o.xmlFile());
        assertTrue(o.simulate() && o.run() && o.quiet());
        assertEquals(List.of("n1"), o.nodeUp());
        assertEquals(List.of("n2"), o.nodeDown());
        assertEquals(List.of("r_stop_0@n1=1"), o.opFail());
    }

    @Test
    void longOptionsTakeValuesEitherWay() {
        SimulateOptions o = SimulateOptions.parse(List.of("--xml-file=a.xml", "--op-inject", "r_monitor_0@n=7",
                "--save-graph", "g.xml"));
        assertEquals(Optional.of("a.xml"), o.xmlFile());
        assertEquals(List.of("r_monitor_0@n=7"), o.opInject());
        assertTrue(o.run(), "--save-graph schedules, as crm_simulate's -G does");
        assertFalse(o.simulate());
    }

    @Test
    void opFailAndInPlaceImplySimulateLiveDropsTheFile() {
        assertTrue(SimulateOptions.parse(List.of("-F", "x_start_0@n=1")).simulate());
        assertTrue(SimulateOptions.parse(List.of("-X")).simulate());
        assertEquals(Optional.empty(), SimulateOptions.parse(List.of("-x", "f.xml", "-L")).xmlFile());
    }

    @Test
    void mistakesNameTheOption() {
        assertEquals("unknown option '-z'",
                assertThrows(IllegalArgumentException.class, () -> SimulateOptions.parse(List.of("-Sz"))).getMessage());
        assertEquals("option '-u' needs a value",
                assertThrows(IllegalArgumentException.class, () -> SimulateOptions.parse(List.of("-u"))).getMessage());
        assertEquals("option '--run' takes no value",
                assertThrows(IllegalArgumentException.class, () -> SimulateOptions.parse(List.of("--run=1"))).getMessage());
        assertEquals("unexpected argument 'x' (options start with -)",
                assertThrows(IllegalArgumentException.class, () -> SimulateOptions.parse(List.of("x"))).getMessage());
    }

    @Test
    void opKeysSplitAsPacemakerDoes() {
        assertEquals(Optional.of(new OpSpec("my_rsc", "monitor", 10000)), OpSpec.parse("my_rsc_monitor_10000"));
        assertEquals(Optional.of(new OpSpec("vm", "migrate_to", 0)), OpSpec.parse("vm_migrate_to_0"));
        assertEquals(Optional.of(new OpSpec("db", "pre_notify_start", 0)), OpSpec.parse("db_pre_notify_start_0"));
        assertEquals(Optional.of(new OpSpec("rsc1", "start", 0)), OpSpec.parse("rsc1_start_0"));
        assertEquals(Optional.empty(), OpSpec.parse("rsc1_start"));
    }

    @Test
    void datesReadAsIso8601() {
        assertEquals(Instant.parse("2024-01-31T12:00:00Z"), EffectiveDate.parse("2024-01-31T12:00:00Z"));
        assertEquals(Instant.parse("2024-01-31T10:00:00Z"), EffectiveDate.parse("2024-01-31 12:00:00+02:00"));
        assertThrows(IllegalArgumentException.class, () -> EffectiveDate.parse("yesterday"));
    }
}

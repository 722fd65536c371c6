package crmj.backend.sandbox;

import crmj.cib.scheduler.GraphAction;
import crmj.cib.scheduler.Scheduler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Settled clusters stay settled: CIBs on which the scheduler once scheduled a clone instance's recurring
 * monitor again (its history kept under the primitive's id, as crm_simulate and a real cluster keep it, or
 * under an earlier instance number), which kept the sandbox from settling. crm_simulate schedules nothing on
 * them, and so must crmj.
 */
class SettledCibsTest {
    @ParameterizedTest
    @ValueSource(strings = {"settled-seed-anonymous-history.xml", "settled-stateful-instance-history.xml"})
    void nothingToDo(String name) throws Exception {
        String xml;
        try (InputStream in = SettledCibsTest.class.getResourceAsStream(name)) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> actions = Scheduler.schedule(xml, Instant.parse("2026-06-01T12:00:00Z")).actions().stream()
                .filter(a -> a.type() != GraphAction.Type.PSEUDO).map(GraphAction::key).toList();
        assertEquals(List.of(), actions);
        Differential.settled(xml);
    }
}

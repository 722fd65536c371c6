package crmj.shell;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The ra level prints what crmsh 4.4.1 prints for the same command (crmsh installed by ./test). */
class RaLevelTest {
    @ParameterizedTest
    @ValueSource(strings = {"ra classes", "ra providers Dummy", "ra list ocf pacemaker", "ra list ocf",
            "ra list stonith", "ra info ocf:pacemaker:Dummy", "ra info Filesystem", "ra info nfsserver",
            "ra info ocf:linbit:drbd", "ra info ocf:pacemaker:Stateful", "ra info IPaddr2"})
    void sameAsCrmsh(String command) throws Exception {
        SeedEndToEndTest.Run run = SeedEndToEndTest.crm(Map.of(), "", command.split(" "));
        assertEquals(0, run.status(), run.err());
        assertEquals(crmsh(command), run.out());
    }

    private static String crmsh(String command) throws Exception {
        return Crmsh.run(Map.of(), "", command.split(" "));
    }
}

package crmj.shell;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ra level prints what crmsh 4.4.1 prints for the same command (crmsh installed by ./test). */
class RaLevelTest {
    @ParameterizedTest
    @ValueSource(strings = {"ra classes", "ra providers Dummy", "ra list ocf pacemaker", "ra list ocf",
            "ra list stonith", "ra info ocf:pacemaker:Dummy", "ra info Filesystem", "ra info nfsserver",
            "ra info ocf:linbit:drbd", "ra info ocf:pacemaker:Stateful", "ra info IPaddr2"})
    void sameAsCrmsh(String command) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(command.split(" "), Map.of(), new Output(new PrintWriter(out), new PrintWriter(err)),
                new ByteArrayInputStream(new byte[0]));
        assertEquals(0, status, err.toString());
        assertEquals(crmsh(command), out.toString());
    }

    private static String crmsh(String command) throws Exception {
        List<String> argv = new ArrayList<>(List.of("/usr/sbin/crm"));
        argv.addAll(List.of(command.split(" ")));
        ProcessBuilder pb = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("TERM", "dumb");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return out;
    }
}

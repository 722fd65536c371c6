package crmj.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reference crmsh 4.4.1 ({@code /usr/sbin/crm}) as the differential tests run it: its standard output. */
final class Crmsh {
    static final Path CRM = Path.of("/usr/sbin/crm");

    private Crmsh() {
    }

    /**
     * Runs crm with these arguments, environment additions (TERM is dumb unless given; CIB_shadow is unset) and
     * standard input; its errors are discarded.
     */
    static String run(Map<String, String> env, String stdin, String... args) throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>();
        argv.add(CRM.toString());
        argv.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("CIB_shadow");
        pb.environment().put("TERM", "dumb");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "crmsh did not finish");
        return out;
    }

    /** {@code CIB_file=CIB crm ARGS}, nothing on standard input. */
    static String onFile(Path cib, String... args) throws IOException, InterruptedException {
        return run(Map.of("CIB_file", cib.toString()), "", args);
    }
}

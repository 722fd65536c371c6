package crmj.cib.text;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the checked-in crmsh outputs of the differential corpus honest: every 20th case is run again
 * through the installed crmsh 4.4.1 ({@code ./test} installs it) and must still give the recorded
 * {@code .show} and {@code .cib.xml}. {@code tools/regen-differential.sh} regenerates all of them.
 */
class CrmshOracleTest {
    static final Path CRM = Path.of("/usr/sbin/crm");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> recordedOutputsAreStillCrmshs() throws IOException {
        assertTrue(Files.isExecutable(CRM), "crmsh is not installed at /usr/sbin/crm (./test installs it)");
        List<Path> cases;
        try (Stream<Path> files = Files.list(DifferentialTest.DIR)) {
            cases = files.filter(p -> p.toString().endsWith(".crm")).sorted().toList();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i += 20) {
            Path crm = cases.get(i);
            String name = crm.getFileName().toString().replaceAll("\\.crm$", "");
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Path cib = tmp.resolve(name + ".xml");
                Files.copy(DifferentialTest.DIR.resolve("empty.xml"), cib);
                run(cib, Files.readString(crm), "configure");
                String show = run(cib, "", "configure", "show");
                assertEquals(Files.readString(DifferentialTest.DIR.resolve(name + ".show")), show);
                assertEquals(Files.readString(DifferentialTest.DIR.resolve(name + ".cib.xml")), Files.readString(cib));
            }));
        }
        return tests.stream();
    }

    private String run(Path cib, String stdin, String... args) throws Exception {
        List<String> argv = new ArrayList<>();
        argv.add(CRM.toString());
        argv.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(argv);
        Path home = tmp.resolve("home");
        Files.createDirectories(home);
        Map<String, String> env = pb.environment();
        env.put("CIB_file", cib.toString());
        env.put("HOME", home.toString());
        env.put("LC_ALL", "C.UTF-8");
        env.put("TERM", "dumb");
        env.remove("CIB_shadow");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "crmsh did not finish");
        return out;
    }
}

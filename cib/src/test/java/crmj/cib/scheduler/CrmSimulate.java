package crmj.cib.scheduler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The real crm_simulate (Pacemaker 2.1.5), run as a process: the harnesses' oracle. */
final class CrmSimulate {
    private static final long TIMEOUT_SECONDS = 120;

    private CrmSimulate() {
    }

    /** The crm_simulate binary, from PATH or /usr/sbin; empty when it is not installed. */
    static Optional<Path> binary() {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        dirs.add("/usr/sbin");
        for (String d : dirs) {
            Path p = Path.of(d.isEmpty() ? "." : d, "crm_simulate");
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    static boolean installed() {
        return binary().isPresent();
    }

    /** Runs crm_simulate with these arguments; standard output and error together, as the corpus has them. */
    static String run(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(binary().orElseThrow(() -> new IllegalStateException("crm_simulate is not installed"))
                .toString());
        command.addAll(args);
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("crm_simulate " + args + " did not finish");
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * crm_simulate -S as the scheduler under test (the harness's self-check). It runs as the corpus summaries
     * were made, without cases.tsv's extra arguments ({@code -t} only adds "Setting effective cluster time"
     * lines there; the decisions are the same), so its output can also be compared byte for byte.
     */
    static UnderTest underTest() {
        return (cibXml, cibFile, now) -> {
            String out = run(List.of("-x", cibFile.toString(), "-S"));
            return SimulateOutput.parse(out).map(o -> Outcome.of(o, out))
                    .orElse(Outcome.failed("crm_simulate printed no transition: " + out.lines().findFirst()
                            .orElse("")));
        };
    }
}

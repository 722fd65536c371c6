package crmj.backend;

import crmj.cib.model.Cib;
import crmj.cib.xml.CibXmlWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * Pacemaker's own checks: runs {@code crm_verify -V -p} (as argv) with the configuration on its standard
 * input, as crmsh 4.4.1 does at commit (crmsh passes {@code -VV}, which adds crm_verify's warnings, such as
 * "Blind faith: not fencing unseen nodes", to its output; the checks and the exit status are the same).
 * Absent crm_verify, there is nothing to run and the result says so.
 *
 * <p>crm_verify takes about a second on a 3,000-resource CIB (its constraint unpacking is quadratic), so
 * {@link #start} runs it in the background: the caller does its own checks meanwhile and asks for the
 * {@link Running#await result} when it needs it. The XML given to crm_verify is the one the CIB file
 * would get, without the status section; its configuration text is reused when the same objects are
 * then written to the file (see {@link CibXmlWriter#write}).
 */
public final class CrmVerify {
    /** What crm_verify said: whether the configuration passed, and its messages. */
    public record Result(boolean ran, boolean ok, List<String> messages) {
        public Result {
            messages = List.copyOf(messages);
        }
    }

    /** How long crm_verify may run before it is killed and the configuration refused. */
    private static final long TIMEOUT_SECONDS = 60;

    private final Path executable;

    public CrmVerify(Path executable) {
        this.executable = executable;
    }

    /** crm_verify from /usr/sbin, if installed. */
    public static CrmVerify installed() {
        return new CrmVerify(Path.of("/usr/sbin/crm_verify"));
    }

    /** Verifies a CIB; a configuration passes when crm_verify exits 0. */
    public Result verify(Cib cib) {
        return start(cib).await();
    }

    /**
     * Starts verifying a CIB on a background thread (its XML is written there too) and returns at once.
     * The model is immutable, so the caller may go on reading it.
     */
    public Running start(Cib cib) {
        Running running = new Running(cib);
        Thread t = new Thread(running.task, "crm_verify");
        t.setDaemon(true);
        t.start();
        return running;
    }

    /** A crm_verify run in progress. */
    public final class Running {
        private final FutureTask<Result> task;
        private volatile Process process;
        private volatile boolean cancelled;

        private Running(Cib cib) {
            this.task = new FutureTask<>(() -> run(cib));
        }

        /** Waits for crm_verify and gives its result. */
        public Result await() {
            try {
                return task.get();
            } catch (ExecutionException e) {
                return new Result(true, false, List.of("cannot run crm_verify: " + e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel();
                return new Result(true, false, List.of("interrupted"));
            }
        }

        /** Stops crm_verify if it still runs (its result is no longer wanted). */
        public void cancel() {
            cancelled = true;
            Process p = process;
            if (p != null) {
                p.destroyForcibly();
            }
        }

        private Result run(Cib cib) throws IOException, InterruptedException {
            if (!Files.isExecutable(executable)) {
                return new Result(false, true, List.of());
            }
            // as crmsh does, the configuration only: with an empty status section every node would
            // look unclean to crm_verify
            Cib configOnly = new Cib(cib.attributes(), cib.objects(), "");
            byte[] xml = CibXmlWriter.write(configOnly).replace("  <status/>\n", "")
                    .getBytes(StandardCharsets.UTF_8);
            if (cancelled) {
                return new Result(false, false, List.of());
            }
            ProcessBuilder pb = new ProcessBuilder(executable.toString(), "-V", "-p");
            pb.redirectErrorStream(true);
            environment(pb.environment());
            Process p = pb.start();
            process = p;
            if (cancelled) {
                p.destroyForcibly();
                return new Result(false, false, List.of());
            }
            try (OutputStream in = p.getOutputStream()) {
                in.write(xml);
            } catch (IOException e) {
                // crm_verify stopped reading (it failed early): its output says why
            }
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(true, false, List.of("crm_verify did not finish in " + TIMEOUT_SECONDS + " s"));
            }
            if (cancelled) {
                return new Result(false, false, List.of());
            }
            List<String> lines = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    lines.add(placed(line.strip()));
                }
            }
            return new Result(true, p.exitValue() == 0, lines);
        }
    }

    /** libxml2 names the input read from stdin "Entity"; crmj's messages name it "cib" ({@code cib:12: ...}). */
    static String placed(String line) {
        return line.startsWith("Entity: line ") ? "cib:" + line.substring("Entity: line ".length()) : line;
    }

    /**
     * crm_verify's environment: ours without CIB_file (it checks the XML it is given), and with glibc's
     * malloc on transparent huge pages where the kernel offers them: a quarter less CPU on a large CIB
     * (fewer page faults), the same checks and output. An unknown tunable is ignored by older glibc.
     */
    static void environment(Map<String, String> env) {
        env.remove("CIB_file");
        String tunables = env.getOrDefault("GLIBC_TUNABLES", "");
        if (!tunables.contains("glibc.malloc.hugetlb")) {
            env.put("GLIBC_TUNABLES", (tunables.isEmpty() ? "" : tunables + ":") + "glibc.malloc.hugetlb=1");
        }
    }
}

package crmj.cib.agent;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program as argv (never through a shell) with a timeout, killing it and its children when the time is
 * up. Output goes to private temporary files rather than pipes, so a background child that keeps a pipe open
 * cannot hang the caller.
 */
final class ProcessRunner {
    /** More than any meta-data document; the rest is not read. */
    private static final int MAX_OUTPUT = 8 << 20;

    /** What a finished program left behind. */
    record Output(int exitCode, String stdout, String stderr) {
        /** The first non-blank line of stderr, or an empty string. */
        String firstErrorLine() {
            return stderr.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        }
    }

    private ProcessRunner() {
    }

    /**
     * Runs {@code argv} in {@code /} with the current environment minus any inherited {@code OCF_RESKEY_*} and
     * {@code OCF_RESOURCE_*} variables, plus {@code env}.
     *
     * @param what how messages name the program ({@code ocf:heartbeat:Dummy meta-data})
     * @throws AgentException {@code FAILED} if it cannot be started, {@code TIMEOUT} if it is killed
     */
    static Output run(String what, List<String> argv, Map<String, String> env, Duration timeout)
            throws AgentException {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("crmj-agent-", ".out");
            err = Files.createTempFile("crmj-agent-", ".err");
            Process process = start(what, argv, env, out, err);
            waitFor(what, process, timeout);
            return new Output(process.exitValue(), read(out), read(err));
        } catch (IOException e) {
            throw new AgentException(AgentException.Kind.FAILED, what + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    private static Process start(String what, List<String> argv, Map<String, String> env, Path out, Path err)
            throws AgentException {
        ProcessBuilder builder = new ProcessBuilder(argv)
                .directory(new File("/"))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("OCF_RESKEY_") || k.startsWith("OCF_RESOURCE_"));
        environment.putAll(env);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            return process;
        } catch (IOException e) {
            throw new AgentException(AgentException.Kind.FAILED, what + ": cannot run " + argv.get(0) + ": "
                    + e.getMessage(), e);
        }
    }

    private static void waitFor(String what, Process process, Duration timeout) throws AgentException {
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return;
            }
            kill(process);
            throw new AgentException(AgentException.Kind.TIMEOUT, what + " timed out after " + format(timeout));
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            throw new AgentException(AgentException.Kind.FAILED, what + " was interrupted", e);
        }
    }

    /** Kills the process tree: the children first, as they would otherwise be re-parented and missed. */
    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String format(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    private static String read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(MAX_OUTPUT), StandardCharsets.UTF_8);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException | UncheckedIOException e) {
            // A leftover empty temp file is harmless; the real error, if any, is already on its way.
        }
    }
}

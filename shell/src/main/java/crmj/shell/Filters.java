package crmj.shell;

import crmj.cib.CrmException;
import crmj.cib.SourceLocation;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a user's filter command (configure {@code filter}) as argv, text in and text out. */
final class Filters {
    private Filters() {
    }

    static String run(List<String> argv, String input, SourceLocation at) {
        if (argv.isEmpty()) {
            throw new CrmException(at, "filter: expected a command");
        }
        try {
            Process p = new ProcessBuilder(argv).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> {
                try {
                    return p.getInputStream().readAllBytes();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            try (OutputStream in = p.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new CrmException(at, "filter: " + argv.get(0) + " did not finish in 60 s");
            }
            if (p.exitValue() != 0) {
                throw new CrmException(at, "filter: " + argv.get(0) + " exited with status " + p.exitValue());
            }
            return new String(out.join(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CrmException(at, "filter: cannot run " + argv.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CrmException(at, "filter: interrupted");
        }
    }
}

package crmj.backend;

import crmj.cib.model.Cib;
import crmj.cib.xml.CibXmlWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Pacemaker's own checks: runs {@code crm_verify -V --xml-file} (as argv) on the CIB, as crmsh does at
 * commit. Absent crm_verify, there is nothing to run and the result says so.
 */
public final class CrmVerify {
    /** What crm_verify said: whether the configuration passed, and its messages. */
    public record Result(boolean ran, boolean ok, List<String> messages) {
        public Result {
            messages = List.copyOf(messages);
        }
    }

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
        if (!Files.isExecutable(executable)) {
            return new Result(false, true, List.of());
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile("crmj-verify-", ".xml");
            // as crmsh does, the configuration only: with an empty status section every node would
            // look unclean to crm_verify
            Cib configOnly = new Cib(cib.attributes(), cib.objects(), "");
            Files.writeString(tmp, CibXmlWriter.write(configOnly).replace("  <status/>\n", ""));
            ProcessBuilder pb = new ProcessBuilder(executable.toString(), "-V", "--xml-file", tmp.toString());
            pb.redirectErrorStream(true);
            pb.environment().remove("CIB_file");
            Process p = pb.start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(true, false, List.of("crm_verify did not finish in 60 s"));
            }
            List<String> lines = new ArrayList<>();
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip().replace(tmp.toString(), "cib"));
                }
            }
            return new Result(true, p.exitValue() == 0, lines);
        } catch (IOException e) {
            return new Result(true, false, List.of("cannot run crm_verify: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(true, false, List.of("interrupted"));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }
}

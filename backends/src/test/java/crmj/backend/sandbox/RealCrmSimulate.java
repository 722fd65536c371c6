package crmj.backend.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Pacemaker's own {@code crm_simulate -x FILE -S} (installed by ./test), run on a saved CIB: its Transition
 * Summary and Revised Cluster Status, white space folded, for comparison with what the sandbox did.
 */
final class RealCrmSimulate {
    static final Path EXECUTABLE = Path.of("/usr/sbin/crm_simulate");

    /** The two sections, each a list of lines with runs of white space folded to one space. */
    record Outcome(List<String> summary, List<String> revised) {
    }

    private RealCrmSimulate() {
    }

    static Outcome run(String cibXml) throws IOException, InterruptedException {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException(EXECUTABLE + " is missing: ./test installs pacemaker-cli-utils");
        }
        Path tmp = Files.createTempFile("crmj-sandbox-", ".xml");
        try {
            Files.writeString(tmp, cibXml);
            ProcessBuilder pb = new ProcessBuilder(EXECUTABLE.toString(), "-x", tmp.toString(), "-S");
            pb.environment().remove("CIB_file");
            pb.redirectErrorStream(false);
            pb.redirectError(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("crm_simulate did not finish");
            }
            return new Outcome(section(text, "Transition Summary:"), section(text, "Revised Cluster Status:"));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The folded, non-empty lines under a heading, up to the next unindented line. */
    static List<String> section(String text, String heading) {
        List<String> out = new ArrayList<>();
        boolean in = false;
        for (String line : text.split("\n")) {
            if (line.equals(heading)) {
                in = true;
                continue;
            }
            if (in && !line.isEmpty() && !Character.isWhitespace(line.charAt(0))) {
                break;
            }
            if (in && !line.isBlank()) {
                out.add(fold(line));
            }
        }
        return out;
    }

    static List<String> fold(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (!l.isBlank()) {
                out.add(fold(l));
            }
        }
        return out;
    }

    static String fold(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }
}

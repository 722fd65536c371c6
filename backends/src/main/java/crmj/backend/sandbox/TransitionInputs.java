package crmj.backend.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The CIBs the sandbox scheduled its transitions from, kept as Pacemaker keeps its scheduler inputs
 * ({@code pe-input-N}): {@code DIR/pe-input-N.xml}, numbered on, the last {@link #KEPT} of them. Each can be
 * replayed with {@code crm_simulate -x FILE -S} (or crmj's own {@code crm simulate}).
 */
final class TransitionInputs {
    /** How many inputs are kept. */
    static final int KEPT = 100;

    private static final Pattern NAME = Pattern.compile("pe-input-(\\d+)\\.xml");

    private final Path dir;

    TransitionInputs(Path dir) {
        this.dir = dir;
    }

    /** Saves the inputs of transitions, in order; returns their files. Failures to save are not the user's. */
    List<Path> save(List<String> cibs) {
        List<Path> out = new ArrayList<>();
        if (cibs.isEmpty()) {
            return out;
        }
        try {
            Files.createDirectories(dir);
            long next = numbers().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
            for (String cib : cibs) {
                Path file = dir.resolve("pe-input-" + next++ + ".xml");
                Files.writeString(file, cib);
                out.add(file);
            }
            for (long n : numbers()) {
                if (n < next - KEPT) {
                    Files.deleteIfExists(dir.resolve("pe-input-" + n + ".xml"));
                }
            }
        } catch (IOException e) {
            // the inputs are a record for replaying, not the cluster's state
        }
        return out;
    }

    private List<Long> numbers() throws IOException {
        List<Long> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches()) {
                    out.add(Long.parseLong(m.group(1)));
                }
            });
        }
        return out;
    }
}

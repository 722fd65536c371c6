package crmj.cib.xml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Locates test data: resources of this module and the project's shared/ folder. */
final class TestFiles {
    private TestFiles() {
    }

    /** A test resource under {@code xml/}, as text. */
    static String resource(String name) {
        try (var in = TestFiles.class.getResourceAsStream("/xml/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource xml/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The shared folder: {@code -Dcrmj.shared=DIR}, {@code $CRMJ_SHARED}, or the first {@code shared/} found
     * walking up from the working directory (a work tree and its CI clone have shared/ beside them).
     */
    static Optional<Path> shared() {
        String configured = System.getProperty("crmj.shared", System.getenv("CRMJ_SHARED"));
        if (configured != null) {
            return Optional.of(Path.of(configured));
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path s = p.resolve("shared");
            if (Files.isDirectory(s.resolve("pacemaker-cts"))) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}

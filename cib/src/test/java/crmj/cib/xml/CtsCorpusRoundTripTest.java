package crmj.cib.xml;

import crmj.cib.model.Cib;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Pacemaker's scheduler regression CIBs (shared/pacemaker-cts/xml): each one read and written back is the
 * same XML tree (nothing dropped), and writing is a fixed point after one round.
 */
class CtsCorpusRoundTripTest {

    private static List<Path> corpus() throws IOException {
        Optional<Path> shared = TestFiles.shared();
        assumeTrue(shared.isPresent(), "shared/pacemaker-cts not found (set -Dcrmj.shared=DIR)");
        try (Stream<Path> files = Files.list(shared.get().resolve("pacemaker-cts/xml"))) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> readThenWriteKeepsTheTree() throws IOException {
        return corpus().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String original = Files.readString(f, StandardCharsets.UTF_8);
            String written = CibXmlWriter.write(CibXmlReader.read(original, f.toString()));
            // the status section must come back as the very same text; the rest as the same tree
            String status = StatusScanner.find(original).orElseThrow();
            assertEquals(status, StatusScanner.find(written).orElseThrow());
            DomComparator.difference(original.replace(status, "<status/>"), written.replace(status, "<status/>"))
                    .ifPresent(d -> fail(f.getFileName() + ": " + d));
        }));
    }

    @TestFactory
    Stream<DynamicTest> writingIsAFixedPoint() throws IOException {
        return corpus().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String once = CibXmlWriter.write(CibXmlReader.read(f));
            Cib again = CibXmlReader.read(once);
            assertEquals(once, CibXmlWriter.write(again));
        }));
    }
}

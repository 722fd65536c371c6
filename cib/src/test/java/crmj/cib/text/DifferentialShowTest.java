package crmj.cib.text;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Differential test against crmsh 4.4.1: each {@code differential/NNN-name.crm} script runs through crmj
 * and its {@code show} must equal, byte for byte, the {@code .show} crmsh printed for it. Cases listed in
 * {@code known-divergences.txt} must still differ (so the list stays true); all others must match.
 */
class DifferentialShowTest {
    static final Path DIR = Path.of("src/test/resources/differential");

    @TestFactory
    Stream<DynamicTest> showMatchesCrmsh() throws IOException {
        Map<String, String> known = knownDivergences();
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path crm : files.filter(p -> p.toString().endsWith(".crm")).sorted().toList()) {
                String name = crm.getFileName().toString().replaceAll("\\.crm$", "");
                Path expected = DIR.resolve(name + ".show");
                if (!Files.exists(expected)) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    String got;
                    try {
                        got = ShowRunner.show(ShowRunner.run(crm.getFileName().toString(), Files.readString(crm)));
                    } catch (RuntimeException e) {
                        got = "exception: " + e;
                    }
                    if (known.containsKey(name)) {
                        assertNotEquals(Files.readString(expected), got,
                                name + " now matches crmsh: remove it from known-divergences.txt");
                    } else {
                        assertEquals(Files.readString(expected), got);
                    }
                }));
            }
        }
        return tests.stream();
    }

    static Map<String, String> knownDivergences() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DIR.resolve("known-divergences.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            out.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        return out;
    }
}

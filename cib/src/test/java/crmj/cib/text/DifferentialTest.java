package crmj.cib.text;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Differential test against crmsh 4.4.1: each {@code differential/NNN-name.crm} script runs through crmj;
 * its {@code show} must equal, byte for byte, the {@code .show} crmsh printed for it, and the CIB file crmj
 * writes must equal crmsh's {@code .cib.xml} (the epoch aside, as the in-memory run does not commit).
 * Cases listed in {@code known-divergences.txt} must still differ, so the list stays true.
 */
class DifferentialTest {
    static final Path DIR = Path.of("src/test/resources/differential");

    @TestFactory
    Stream<DynamicTest> showMatchesCrmsh() throws IOException {
        return cases("show", ".show", cib -> ShowRunner.show(cib), text -> text);
    }

    @TestFactory
    Stream<DynamicTest> cibFileMatchesCrmsh() throws IOException {
        return cases("xml", ".cib.xml", cib -> ShowRunner.xml(cib),
                text -> text.replaceFirst("epoch=\"[0-9]+\"", "epoch=\"2\""));
    }

    private Stream<DynamicTest> cases(String kind, String suffix, Function<crmj.cib.model.Cib, String> render,
                                      Function<String, String> normalize) throws IOException {
        Set<String> known = knownDivergences(kind);
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path crm : files.filter(p -> p.toString().endsWith(".crm")).sorted().toList()) {
                String name = crm.getFileName().toString().replaceAll("\\.crm$", "");
                Path expected = DIR.resolve(name + suffix);
                if (!Files.exists(expected)) {
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    String got;
                    try {
                        got = render.apply(ShowRunner.run(crm.getFileName().toString(), Files.readString(crm)));
                    } catch (RuntimeException e) {
                        got = "exception: " + e;
                    }
                    String want = normalize.apply(Files.readString(expected));
                    if (known.contains(name)) {
                        assertNotEquals(want, got, name + " now matches crmsh: remove it from known-divergences.txt");
                    } else {
                        assertEquals(want, got);
                    }
                }));
            }
        }
        return tests.stream();
    }

    static Set<String> knownDivergences(String kind) throws IOException {
        Set<String> out = new HashSet<>();
        for (String line : Files.readAllLines(DIR.resolve("known-divergences.txt"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 3);
            if (parts.length > 1 && parts[1].equals(kind)) {
                out.add(parts[0]);
            }
        }
        return out;
    }
}

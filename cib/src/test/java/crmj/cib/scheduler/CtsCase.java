package crmj.cib.scheduler;

import crmj.cib.status.IsoDates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One case of Pacemaker's scheduler regression corpus ({@code shared/pacemaker-cts}): its CIB, the output
 * crm_simulate printed for it, its group, and the extra crm_simulate arguments cases.tsv gives it.
 *
 * @param name the case's name
 * @param group the group it is reported in ({@code scheduler/cts-groups.tsv})
 * @param extraArgs the extra crm_simulate arguments ({@code -t DATE})
 * @param now the time {@code -t} sets, empty when the case has none (then the CIB's execution-date or the clock)
 */
record CtsCase(String name, String group, List<String> extraArgs, Optional<Instant> now) {
    /** Where the corpus lives, relative to the cib module (overridable with -Dcrmj.cts). */
    static final Path ROOT = Path.of(System.getProperty("crmj.cts", "../../shared/pacemaker-cts"));

    CtsCase {
        extraArgs = List.copyOf(extraArgs);
    }

    Path xml() {
        return ROOT.resolve("xml").resolve(name + ".xml");
    }

    String cibText() {
        return read(xml());
    }

    String expectedOutput() {
        return read(ROOT.resolve("summary").resolve(name + ".summary"));
    }

    static boolean corpusPresent() {
        return Files.isRegularFile(ROOT.resolve("cases.tsv"));
    }

    /** The cases in cases.tsv's order (each name once), with their groups. */
    static List<CtsCase> all() {
        Map<String, String> groups = groups();
        Map<String, CtsCase> out = new java.util.LinkedHashMap<>();
        for (String line : read(ROOT.resolve("cases.tsv")).split("\n")) {
            String[] f = line.split("\t", -1);
            if (f[0].isEmpty() || f[0].equals("case") || out.containsKey(f[0])) {
                continue;
            }
            List<String> args = f.length > 2 ? splitArgs(f[2]) : List.of();
            String group = groups.getOrDefault(f[0], "other");
            out.put(f[0], new CtsCase(f[0], group, args, timeOf(f[0], args)));
        }
        return new ArrayList<>(out.values());
    }

    /** The groups in Pacemaker's order. */
    static List<String> groupOrder() {
        return new ArrayList<>(new LinkedHashSet<>(groups().values()));
    }

    /** {@code -t DATE}: the date is the rest of the arguments ({@code -t 2014-05-07 00:28:00}). */
    static Optional<Instant> timeOf(String name, List<String> args) {
        int i = args.indexOf("-t");
        if (i < 0) {
            return Optional.empty();
        }
        String text = String.join(" ", args.subList(i + 1, args.size()));
        return Optional.of(IsoDates.parse(text).orElseThrow(() -> new IllegalArgumentException(
                "cases.tsv: " + name + ": -t expects a date such as 2005-020T12:30, got '" + text + "'")));
    }

    /** cases.tsv gives the arguments as one field; {@code -t} takes the rest of it as its date. */
    static List<String> splitArgs(String field) {
        String f = field.trim();
        if (f.isEmpty()) {
            return List.of();
        }
        if (f.startsWith("-t ")) {
            return List.of("-t", f.substring(3).trim());
        }
        return List.of(f.split("\\s+"));
    }

    private static Map<String, String> groups() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        try (InputStream in = CtsCase.class.getResourceAsStream("/scheduler/cts-groups.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t", 2);
                    out.put(f[0], f[1]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

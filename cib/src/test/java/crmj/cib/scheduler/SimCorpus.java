package crmj.cib.scheduler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Pacemaker's scheduler regression corpus ({@code shared/pacemaker-cts}) as the simulation tests read it:
 * the cases, their input CIBs, the sections of crm_simulate's output, and the transition graphs the real
 * crm_simulate writes for them (made once with {@code crm_simulate -x CASE.xml -R -Q -G FILE}, kept under
 * {@code target/cts-graphs}).
 */
final class SimCorpus {
    /** Where the corpus lives, relative to the cib module (overridable with -Dcrmj.cts). */
    static final Path ROOT = Path.of(System.getProperty("crmj.cts", "../../shared/pacemaker-cts"));
    private static final Path GRAPHS = Path.of("target", "cts-graphs");
    static final String EXECUTING = "Executing Cluster Transition:\n";
    static final String REVISED = "Revised Cluster Status:\n";

    private SimCorpus() {
    }

    static boolean present() {
        return Files.isDirectory(ROOT.resolve("xml"));
    }

    /** Case names as Pacemaker's runner lists them (cases.tsv). */
    static List<String> cases() {
        if (!present()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String line : read(ROOT.resolve("cases.tsv")).split("\n")) {
            String name = line.split("\t", -1)[0];
            if (!name.isEmpty() && !name.equals("case")) {
                out.add(name);
            }
        }
        return out;
    }

    static String cib(String name) {
        return read(ROOT.resolve("xml").resolve(name + ".xml"));
    }

    static String summary(String name) {
        return read(ROOT.resolve("summary").resolve(name + ".summary"));
    }

    /** The lines under "Executing Cluster Transition:" (empty when the section is absent). */
    static List<String> executing(String summary) {
        int start = summary.indexOf(EXECUTING);
        if (start < 0) {
            return List.of();
        }
        int end = summary.indexOf("\n" + REVISED, start);
        String body = summary.substring(start + EXECUTING.length(), end < 0 ? summary.length() : end);
        List<String> out = new ArrayList<>();
        for (String l : body.split("\n")) {
            if (l.startsWith("Using the original execution date")) {
                break;
            }
            if (!l.isEmpty()) {
                out.add(l);
            }
        }
        return out;
    }

    /** The body of "Revised Cluster Status:". */
    static String revised(String summary) {
        int start = summary.indexOf(REVISED);
        return start < 0 ? "" : summary.substring(start + REVISED.length());
    }

    /** The transition graph the real crm_simulate writes for a case (made on first use). */
    static String graph(String name) {
        return real(name, ".graph.xml");
    }

    /** The CIB the real crm_simulate -S saves for a case (made on first use). */
    static String revisedCib(String name) {
        return real(name, ".out.xml");
    }

    /** Runs {@code crm_simulate -x CASE.xml -S -Q -G GRAPH -O OUT} once per case; returns one of its files. */
    private static String real(String name, String suffix) {
        synchronized (name.intern()) {
            return realLocked(name, suffix);
        }
    }

    private static String realLocked(String name, String suffix) {
        Path graph = GRAPHS.resolve(name + ".graph.xml");
        Path out = GRAPHS.resolve(name + ".out.xml");
        try {
            if (!Files.exists(graph) || !Files.exists(out)) {
                Files.createDirectories(GRAPHS);
                Path g = Files.createTempFile(GRAPHS, name, ".tmp");
                Path o = Files.createTempFile(GRAPHS, name, ".tmp");
                Process p = new ProcessBuilder("crm_simulate", "-x", ROOT.resolve("xml").resolve(name + ".xml")
                        .toString(), "-S", "-Q", "-G", g.toString(), "-O", o.toString()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("crm_simulate timed out on " + name);
                }
                Files.move(g, graph, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Files.move(o, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return Files.readString(GRAPHS.resolve(name + suffix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The runner's normalisation (the corpus README), line by line. */
    static String normalise(String text) {
        return crmj.cib.status.CtsCorpus.normalise(text);
    }

    /** A known-divergences file: {@code case TAB part TAB reason} lines, keyed {@code "case part"}. */
    static Map<String, String> knownDivergences(String resource) {
        Map<String, String> known = new TreeMap<>();
        try (var in = SimCorpus.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 3);
                known.put(f[0] + " " + f[1], f.length > 2 ? f[2] : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return known;
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

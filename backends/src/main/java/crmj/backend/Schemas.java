package crmj.backend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Pacemaker's installed CIB schemas ({@code /usr/share/pacemaker/pacemaker-X.Y.rng}). */
public final class Schemas {
    private static final Path DIR = Path.of("/usr/share/pacemaker");

    private Schemas() {
    }

    /** The installed schema names, oldest first; pacemaker-3.9 alone when Pacemaker is not installed. */
    public static List<String> installed() {
        List<String> out = new ArrayList<>();
        if (Files.isDirectory(DIR)) {
            try (Stream<Path> files = Files.list(DIR)) {
                files.map(p -> p.getFileName().toString())
                        .filter(n -> n.matches("pacemaker-\\d+\\.\\d+\\.rng"))
                        .map(n -> n.substring(0, n.length() - 4))
                        .forEach(out::add);
            } catch (IOException e) {
                out.clear();
            }
        }
        if (out.isEmpty()) {
            out.add("pacemaker-3.9");
        }
        out.sort(Comparator.comparingInt((String n) -> part(n, 0)).thenComparingInt(n -> part(n, 1)));
        return out;
    }

    /** The newest installed schema. */
    public static String newest() {
        List<String> all = installed();
        return all.get(all.size() - 1);
    }

    private static int part(String name, int i) {
        return Integer.parseInt(name.substring("pacemaker-".length()).split("\\.")[i]);
    }
}

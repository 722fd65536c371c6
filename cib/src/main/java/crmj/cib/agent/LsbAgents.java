package crmj.cib.agent;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * LSB init scripts. Their meta-data is synthesised from the {@code ### BEGIN INIT INFO} header, with the fixed
 * actions Pacemaker 2.1 advertises for every LSB agent; the script is read, never run.
 */
final class LsbAgents {
    private static final String BEGIN = "### BEGIN INIT INFO";
    private static final String END = "### END INIT INFO";
    private static final String SHORT = "# Short-Description:";
    private static final String DESCRIPTION = "# Description:";

    private final Path initDir;

    LsbAgents(Path initDir) {
        this.initDir = initDir;
    }

    boolean present() {
        return Files.isDirectory(initDir);
    }

    /** Executable files in the init directory, sorted. */
    List<String> types() {
        if (!present()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> stream = Files.list(initDir)) {
            stream.filter(p -> AgentNames.isPlain(p.getFileName().toString()))
                    .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
                    .forEach(p -> names.add(p.getFileName().toString()));
        } catch (IOException e) {
            return List.of();
        }
        names.sort(null);
        return names;
    }

    boolean exists(String type) {
        return AgentNames.isPlain(type) && Files.isRegularFile(initDir.resolve(type));
    }

    AgentMetadata metadata(String type) throws AgentException {
        Map<String, String> header;
        try {
            header = header(initDir.resolve(type));
        } catch (IOException e) {
            throw new AgentException(AgentException.Kind.FAILED, "lsb:" + type + ": cannot read "
                    + initDir.resolve(type) + ": " + e.getMessage(), e);
        }
        return new AgentMetadata(type, "0.1", "1.0",
                header.getOrDefault(SHORT, type), header.getOrDefault(DESCRIPTION, type), List.of(), actions());
    }

    /** The short and long descriptions of the header; continuation lines ({@code #  } or {@code #\t}) join the long one. */
    private static Map<String, String> header(Path script) throws IOException {
        Map<String, String> found = new LinkedHashMap<>();
        boolean inHeader = false;
        StringBuilder description = null;
        try (BufferedReader reader = Files.newBufferedReader(script, StandardCharsets.ISO_8859_1)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (description != null) {
                    if (line.startsWith("#  ") || line.startsWith("#\t")) {
                        description.append('\n').append(line.substring(1));
                        continue;
                    }
                    found.put(DESCRIPTION, description.toString().strip());
                    description = null;
                }
                if (line.startsWith(BEGIN)) {
                    inHeader = true;
                } else if (inHeader && line.startsWith(SHORT) && !found.containsKey(SHORT)) {
                    found.put(SHORT, line.substring(SHORT.length()).strip());
                } else if (inHeader && line.startsWith(DESCRIPTION) && !found.containsKey(DESCRIPTION)) {
                    description = new StringBuilder(line.substring(DESCRIPTION.length()));
                } else if (inHeader && (line.startsWith(END) || !line.startsWith("#"))) {
                    break;
                }
            }
        }
        if (description != null) {
            found.put(DESCRIPTION, description.toString().strip());
        }
        found.values().removeIf(String::isEmpty);
        return found;
    }

    private static List<AgentAction> actions() {
        return List.of(
                action("meta-data", "5"),
                action("start", "15"),
                action("stop", "15"),
                action("status", "15"),
                action("restart", "15"),
                action("force-reload", "15"),
                action("monitor", "15", "15"));
    }

    /** An action with a timeout and, if given, an interval, in that order. */
    static AgentAction action(String name, String timeout, String... interval) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("timeout", timeout);
        for (String i : interval) {
            attributes.put("interval", i);
        }
        return new AgentAction(name, attributes);
    }
}

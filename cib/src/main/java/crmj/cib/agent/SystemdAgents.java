package crmj.cib.agent;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * systemd services, read from the unit directories (no D-Bus, no {@code systemctl}: fast, and harmless in
 * containers). Offered only when systemd runs the machine, as Pacemaker could not drive them otherwise. Their
 * meta-data is synthesised as Pacemaker 2.1 does: the unit's {@code Description} as long description and fixed
 * actions.
 */
final class SystemdAgents {
    private static final String SUFFIX = ".service";

    private final List<Path> unitDirs;
    private final Path runtimeDir;

    SystemdAgents(List<Path> unitDirs, Path runtimeDir) {
        this.unitDirs = unitDirs;
        this.runtimeDir = runtimeDir;
    }

    boolean present() {
        return Files.isDirectory(runtimeDir);
    }

    /** Service names without {@code .service}, templates left out, sorted. */
    List<String> types() {
        TreeSet<String> names = new TreeSet<>();
        if (!present()) {
            return List.of();
        }
        for (Path dir : unitDirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> stream = Files.list(dir)) {
                stream.map(p -> p.getFileName().toString())
                        .filter(n -> n.endsWith(SUFFIX) && !n.endsWith("@" + SUFFIX) && AgentNames.isPlain(n))
                        .forEach(n -> names.add(n.substring(0, n.length() - SUFFIX.length())));
            } catch (IOException e) {
                // An unreadable directory contributes nothing, as systemd would skip it too.
            }
        }
        return List.copyOf(names);
    }

    boolean exists(String type) {
        return present() && unitFile(type).isPresent();
    }

    AgentMetadata metadata(String type) throws AgentException {
        Path unit = unitFile(type).orElseThrow(
                () -> new AgentException(AgentException.Kind.NOT_FOUND, "systemd:" + type + ": no unit file"));
        String description = description(unit).orElse("Systemd unit file for " + type);
        return new AgentMetadata(type, "0.1", "1.1", "systemd unit file for " + type, description, List.of(),
                List.of(LsbAgents.action("start", "100"), LsbAgents.action("stop", "100"),
                        LsbAgents.action("status", "100"), LsbAgents.action("monitor", "100", "60"),
                        LsbAgents.action("meta-data", "5")));
    }

    private Optional<Path> unitFile(String type) {
        if (!AgentNames.isPlain(type)) {
            return Optional.empty();
        }
        String file = type.contains(".") ? type : type + SUFFIX;
        return unitDirs.stream().map(d -> d.resolve(file)).filter(Files::exists).findFirst();
    }

    private static Optional<String> description(Path unit) {
        boolean inUnit = false;
        try (BufferedReader reader = Files.newBufferedReader(unit, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String l = line.strip();
                if (l.startsWith("[")) {
                    inUnit = l.equals("[Unit]");
                } else if (inUnit && l.startsWith("Description=")) {
                    return Optional.of(l.substring("Description=".length()).strip()).filter(s -> !s.isEmpty());
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}

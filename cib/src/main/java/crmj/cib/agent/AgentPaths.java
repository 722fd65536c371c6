package crmj.cib.agent;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a {@link LocalAgentCatalog} looks for agents and Pacemaker's programs.
 *
 * @param ocfRoot the OCF root ({@code $OCF_ROOT}, default {@code /usr/lib/ocf}); agents live in
 *     {@code resource.d/PROVIDER/TYPE} below it and may not resolve outside it
 * @param initDir the LSB init scripts ({@code /etc/init.d})
 * @param systemdUnitDirs where systemd unit files are looked up, in systemd's order of precedence
 * @param systemdRuntimeDir present only when systemd runs the machine ({@code /run/systemd/system}); without it
 *     the systemd class is not offered, as Pacemaker cannot use it then
 * @param toolDirs where {@code stonith_admin} is looked up ({@code $HA_SBIN_DIR}, {@code /usr/sbin}, then
 *     {@code $PATH})
 * @param daemonDirs where Pacemaker's daemons are looked up ({@code pacemaker-schedulerd} ...)
 */
public record AgentPaths(
        Path ocfRoot,
        Path initDir,
        List<Path> systemdUnitDirs,
        Path systemdRuntimeDir,
        List<Path> toolDirs,
        List<Path> daemonDirs) {

    /** Copies the lists and rejects nulls. */
    public AgentPaths {
        Objects.requireNonNull(ocfRoot, "ocfRoot");
        Objects.requireNonNull(initDir, "initDir");
        Objects.requireNonNull(systemdRuntimeDir, "systemdRuntimeDir");
        systemdUnitDirs = List.copyOf(systemdUnitDirs);
        toolDirs = List.copyOf(toolDirs);
        daemonDirs = List.copyOf(daemonDirs);
    }

    /** This machine's locations, from the environment where crmsh and Pacemaker read them. */
    public static AgentPaths system() {
        return fromEnvironment(System.getenv());
    }

    /** The locations given environment variables {@code OCF_ROOT}, {@code HA_SBIN_DIR} and {@code PATH}. */
    public static AgentPaths fromEnvironment(Map<String, String> env) {
        Path ocfRoot = Path.of(nonEmpty(env.get("OCF_ROOT")).orElse("/usr/lib/ocf"));
        List<Path> tools = new ArrayList<>();
        nonEmpty(env.get("HA_SBIN_DIR")).map(Path::of).ifPresent(tools::add);
        tools.add(Path.of("/usr/sbin"));
        nonEmpty(env.get("PATH")).ifPresent(path -> {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isEmpty() && Path.of(dir).isAbsolute()) {
                    tools.add(Path.of(dir));
                }
            }
        });
        return new AgentPaths(ocfRoot, Path.of("/etc/init.d"),
                List.of(Path.of("/etc/systemd/system"), Path.of("/run/systemd/system"),
                        Path.of("/lib/systemd/system"), Path.of("/usr/lib/systemd/system")),
                Path.of("/run/systemd/system"),
                tools.stream().distinct().toList(),
                List.of(Path.of("/usr/lib/pacemaker"), Path.of("/usr/libexec/pacemaker"),
                        Path.of("/usr/lib64/pacemaker")));
    }

    /** The same locations with another OCF root (tests, or a non-standard installation). */
    public AgentPaths withOcfRoot(Path root) {
        return new AgentPaths(root, initDir, systemdUnitDirs, systemdRuntimeDir, toolDirs, daemonDirs);
    }

    /** The same locations with another init script directory. */
    public AgentPaths withInitDir(Path dir) {
        return new AgentPaths(ocfRoot, dir, systemdUnitDirs, systemdRuntimeDir, toolDirs, daemonDirs);
    }

    /** The same locations with other directories for {@code stonith_admin} and Pacemaker's daemons. */
    public AgentPaths withProgramDirs(List<Path> tools, List<Path> daemons) {
        return new AgentPaths(ocfRoot, initDir, systemdUnitDirs, systemdRuntimeDir, tools, daemons);
    }

    /** The same locations with other systemd directories. */
    public AgentPaths withSystemd(List<Path> unitDirs, Path runtimeDir) {
        return new AgentPaths(ocfRoot, initDir, unitDirs, runtimeDir, toolDirs, daemonDirs);
    }

    /** The first executable of that name in the tool directories. */
    Optional<Path> tool(String name) {
        return findExecutable(toolDirs, name);
    }

    /** The first executable of that name in the daemon directories. */
    Optional<Path> daemon(String name) {
        return findExecutable(daemonDirs, name);
    }

    private static Optional<Path> findExecutable(List<Path> dirs, String name) {
        return dirs.stream().map(d -> d.resolve(name))
                .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
                .findFirst();
    }

    private static Optional<String> nonEmpty(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isEmpty());
    }
}

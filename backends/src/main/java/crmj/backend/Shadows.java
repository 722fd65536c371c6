package crmj.backend;

import crmj.cib.CrmException;
import crmj.cib.SourceLocation;
import crmj.cib.model.Cib;
import crmj.cib.xml.CibXmlWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Shadow CIBs, kept where Pacemaker's crm_shadow and crmsh keep them so all three see the same ones:
 * {@code $CIB_shadow_dir/shadow.NAME}; without it, Pacemaker's CIB directory for root and hacluster,
 * else {@code $HOME/.cib} (created, mode 0700), else {@code $TMPDIR} or /tmp.
 */
public final class Shadows {
    /** Pacemaker's CIB directory (CRM_CONFIG_DIR). */
    public static final Path PACEMAKER_CIB_DIR = Path.of("/var/lib/pacemaker/cib");
    /** crmsh's is_filename_sane: these characters are refused in a shadow name. */
    private static final Pattern BAD_NAME = Pattern.compile("['`/#*?$\\[\\];]");

    private final Path dir;

    private Shadows(Path dir) {
        this.dir = dir;
    }

    /** The shadow directory of an environment, as Pacemaker's get_shadow_file() chooses it. */
    public static Shadows of(Map<String, String> env) {
        String explicit = env.get("CIB_shadow_dir");
        if (explicit != null) {
            // Pacemaker joins "DIR/shadow.NAME": an empty value means the root directory
            return new Shadows(Path.of(explicit.isEmpty() ? "/" : explicit));
        }
        String user = System.getProperty("user.name", env.getOrDefault("USER", ""));
        if (user.equalsIgnoreCase("root") || user.equalsIgnoreCase("hacluster")) {
            return new Shadows(PACEMAKER_CIB_DIR);
        }
        String home = env.get("HOME");
        if (home != null && home.startsWith("/")) {
            Path cibHome = Path.of(home, ".cib");
            try {
                if (!Files.isDirectory(cibHome)) {
                    Files.createDirectory(cibHome, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                }
                return new Shadows(cibHome);
            } catch (IOException e) {
                // Pacemaker falls back to the temporary directory too
            }
        }
        return new Shadows(Path.of(env.getOrDefault("TMPDIR", "/tmp")));
    }

    /** The directory. */
    public Path dir() {
        return dir;
    }

    /** The file of shadow NAME. */
    public Path file(String name) {
        return dir.resolve("shadow." + name);
    }

    /** True when shadow NAME exists. */
    public boolean exists(String name) {
        return Files.exists(file(name));
    }

    /** The shadows' names, sorted (crmsh lists {@code shadow.*} files). */
    public List<String> names() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("shadow."))
                    .map(n -> n.substring("shadow.".length())).sorted().toList();
        } catch (IOException e) {
            throw new CrmException(SourceLocation.of(dir.toString()), "cannot list shadow CIBs: " + e.getMessage());
        }
    }

    /** Checks a name as crmsh does (no quotes, slashes, globs, ...; not "live"). */
    public static void checkName(String name, SourceLocation at) {
        if (name.isEmpty() || BAD_NAME.matcher(name).find()) {
            throw new CrmException(at, "Bad filename: " + name);
        }
        if (name.equals("live") || name.equals("@tmp@")) {
            throw new CrmException(at, "Shadow name '" + name + "' is not allowed");
        }
    }

    /** Writes shadow NAME (mode 0640, as crm_shadow writes it). */
    public void write(String name, Cib cib, SourceLocation at) {
        try {
            Files.createDirectories(dir);
            Path f = file(name);
            Files.writeString(f, CibXmlWriter.write(cib));
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        } catch (IOException e) {
            throw new CrmException(at, "cannot write shadow CIB " + name + ": " + e.getMessage());
        }
    }

    /** Deletes shadow NAME (nothing when it does not exist, as crm_shadow --delete). */
    public void delete(String name, SourceLocation at) {
        try {
            Files.deleteIfExists(file(name));
        } catch (IOException e) {
            throw new CrmException(at, "Could not remove shadow instance '" + name + "': " + e.getMessage());
        }
    }

    /** The backend of shadow NAME (its name shows in the prompt). */
    public FileBackend backend(String name) {
        return new FileBackend(file(name), name);
    }
}

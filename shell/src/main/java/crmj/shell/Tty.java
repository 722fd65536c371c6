package crmj.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether crm talks to a terminal: standard input and output both terminals, as
 * {@link System#console()} decides. On Linux the answer is read from {@code /proc/self/fd} (two
 * system calls): {@code System.console()} would first look up and instantiate every console
 * provider of the JDK's modules (JLine's and jshell's among them), milliseconds of a short
 * command's start-up. Elsewhere, or when /proc cannot say, {@code System.console()} decides.
 */
final class Tty {
    private static volatile Boolean interactive;

    private Tty() {
    }

    /** True when standard input and standard output are terminals. */
    static boolean interactive() {
        Boolean known = interactive;
        if (known == null) {
            known = fromProc().orElseGet(() -> System.console() != null);
            interactive = known;
        }
        return known;
    }

    private static java.util.Optional<Boolean> fromProc() {
        try {
            return java.util.Optional.of(terminal(0) && terminal(1));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return java.util.Optional.empty();
        }
    }

    /** A descriptor is a terminal when it is open on a terminal device: /dev/pts/N, /dev/ttyX, /dev/console. */
    private static boolean terminal(int fd) throws IOException {
        Path link = Path.of("/proc/self/fd/" + fd);
        if (!Files.isSymbolicLink(link)) {
            throw new IOException("no /proc/self/fd/" + fd);
        }
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    }
}

package crmj.shell.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The long help of commands, kept in resources keyed by level and command. */
public final class HelpTexts {
    private HelpTexts() {
    }

    /** The long help of a command; a missing text is a packaging error (a test checks every command has one). */
    public static String of(CommandSpec spec) {
        try (InputStream in = HelpTexts.class.getResourceAsStream(spec.helpResource())) {
            if (in == null) {
                throw new IllegalStateException("no help text " + spec.helpResource());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

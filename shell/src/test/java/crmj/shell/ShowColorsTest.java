package crmj.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code -D} display types against crmsh 4.4.1: with {@code color-always} (crmsh's way to force colour
 * without a terminal) the seed's {@code show} has the same escape sequences, byte for byte, for the same
 * $TERM; {@code uppercase} the same capitals; without a terminal, with {@code -D plain} or with NO_COLOR
 * set there is no colour.
 */
class ShowColorsTest {
    private static final Path SEED = SeedEndToEndTest.SHARED.resolve("seed-cib.xml");

    @ParameterizedTest
    @ValueSource(strings = {"xterm", "xterm-256color", "screen"})
    void colorAlwaysIsCrmshsColours(String term) throws Exception {
        String theirs = crmsh(term, "-D", "color-always", "configure", "show");
        assertTrue(theirs.contains("\u001b[33m"), theirs);
        assertEquals(theirs, crmj(Map.of("TERM", term), "-D", "color-always", "configure", "show"));
    }

    @Test
    void uppercaseIsCrmshsUppercase() throws Exception {
        assertEquals(crmsh("xterm", "-D", "uppercase", "configure", "show"),
                crmj(Map.of("TERM", "xterm"), "-D", "uppercase", "configure", "show"));
    }

    @Test
    void noColourWithoutATerminalWithPlainOrWithNoColor() throws Exception {
        String plain = crmj(Map.of("TERM", "xterm"), "configure", "show");
        assertFalse(plain.contains("\u001b"));
        assertEquals(plain, crmj(Map.of("TERM", "xterm"), "-D", "color", "configure", "show"));
        assertEquals(plain, crmj(Map.of("TERM", "xterm"), "-D", "plain", "configure", "show"));
        assertEquals(plain, crmj(Map.of("TERM", "xterm", "NO_COLOR", "1"), "-D", "color-always", "configure", "show"));
        assertEquals(plain, crmj(Map.of("TERM", "no-such-terminal"), "-D", "color-always", "configure", "show"));
    }

    private static String crmj(Map<String, String> extra, String... args) {
        Map<String, String> env = new HashMap<>(extra);
        env.put("CIB_file", SEED.toString());
        SeedEndToEndTest.Run run = SeedEndToEndTest.crm(env, "", args);
        assertEquals(0, run.status(), run.err());
        return run.out();
    }

    private static String crmsh(String term, String... args) throws Exception {
        return Crmsh.run(Map.of("CIB_file", SEED.toString(), "TERM", term), "", args);
    }
}

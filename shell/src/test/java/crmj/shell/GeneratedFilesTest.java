package crmj.shell;

import crmj.shell.registry.CommandSpec;
import crmj.shell.registry.HelpTexts;
import crmj.shell.registry.Registry;
import crmj.shell.registry.Renderings;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The man page and the bash/zsh completions are rendered from the command registry and checked in:
 * they must be current ({@code ./crm --generate-docs .} rewrites them), groff must accept the page
 * without warnings, and bash and zsh must load the completions.
 */
class GeneratedFilesTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    final Registry registry = Registry.standard();

    @Test
    void checkedInFilesAreCurrent() throws Exception {
        assertEquals(Renderings.manPage(registry, Main.VERSION), Files.readString(ROOT.resolve("man/crm.8")),
                "man/crm.8 is stale: run ./crm --generate-docs .");
        assertEquals(Renderings.bash(registry), Files.readString(ROOT.resolve("completions/crm.bash")),
                "completions/crm.bash is stale: run ./crm --generate-docs .");
        assertEquals(Renderings.zsh(registry), Files.readString(ROOT.resolve("completions/_crm")),
                "completions/_crm is stale: run ./crm --generate-docs .");
    }

    @Test
    void everyCommandHasItsHelpText() {
        for (CommandSpec c : registry.commands()) {
            assertFalse(HelpTexts.of(c).isBlank(), c.helpResource());
        }
    }

    @Test
    void groffAcceptsTheManPageWithoutWarnings() throws Exception {
        String out = run(List.of("groff", "-ww", "-man", "-z", ROOT.resolve("man/crm.8").toString()));
        assertEquals("", out);
    }

    @Test
    void bashCompletesLevelsAndConfigureCommands() throws Exception {
        String script = "source " + ROOT.resolve("completions/crm.bash") + "\n"
                + "COMP_WORDS=(crm con); COMP_CWORD=1; _crmj_crm; echo \"${COMPREPLY[*]}\"\n"
                + "COMP_WORDS=(crm configure prim); COMP_CWORD=2; _crmj_crm; echo \"${COMPREPLY[*]}\"\n";
        assertEquals("configure\nprimitive\n", run(List.of("bash", "-c", script)));
    }

    @Test
    void zshLoadsTheCompletionFunction() throws Exception {
        String out = run(List.of("zsh", "-fc", "fpath=(" + ROOT.resolve("completions") + " $fpath); "
                + "autoload -U compinit; compinit -u -D; whence -v _crm"));
        assertTrue(out.contains("_crm is an autoload shell function"), out);
    }

    private static String run(List<String> argv) throws Exception {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return out;
    }
}

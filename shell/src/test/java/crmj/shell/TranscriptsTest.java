package crmj.shell;

import crmj.backend.FileBackend;
import crmj.backend.Shadows;
import crmj.cib.agent.AgentPaths;
import crmj.cib.agent.LocalAgentCatalog;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.namer.ApprovalNamer;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Whole interactive sessions as approval files ({@code transcripts/NAME.approved.txt}): the keystrokes go
 * through JLine's line reader on a dumb terminal, so the transcript shows each prompt with the line typed
 * after it and the output that followed, as a user sees them. The host name in prompts reads HOST.
 */
class TranscriptsTest {
    @TempDir
    Path tmp;

    @Test
    void levelsHelpAndErrors() throws Exception {
        verify("levels-help-errors", """
                help
                ls
                cd configure
                help show
                up
                node
                show
                status-attr alpha show foo
                cd ..
                bogus
                cd nowhere
                ra
                classes
                end
                quit
                """);
    }

    @Test
    void configureShowCommitAndLeave() throws Exception {
        verify("configure-commit", """
                configure
                primitive d1 ocf:heartbeat:Dummy op monitor interval=10s
                primtive d2 ocf:heartbeat:Dummy
                group g1 d1
                show d1 g1
                commit
                show changed
                verify
                end
                configure show g1
                quit
                """);
    }

    @Test
    void shadowsAndOptions() throws Exception {
        verify("shadows-options", """
                cib new test
                configure
                property maintenance-mode=true
                commit
                end
                cib list
                cib use live
                configure show type:property
                end
                cib commit test
                configure show type:property
                end
                cib delete test
                options
                sort-elements no
                show
                wait maybe
                reset
                show
                quit
                """);
    }

    @Test
    void editReopensTheTextAfterAnError() throws Exception {
        // the editor breaks the text the first time, and repairs it (and changes fstype) the second
        Path editor = tmp.resolve("editor.sh");
        Files.writeString(editor, "#!/bin/sh\n"
                + "n=$(cat " + tmp.resolve("count") + " 2>/dev/null || echo 0); n=$((n+1)); echo $n > "
                + tmp.resolve("count") + "\n"
                + "if [ $n = 1 ]; then sed -i 's/^primitive fs_nfs/primitiv fs_nfs/' \"$1\"\n"
                + "else sed -i -e 's/^primitiv fs_nfs/primitive fs_nfs/' -e 's/fstype=ext4/fstype=xfs/' \"$1\"; fi\n");
        Files.setPosixFilePermissions(editor, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        extraEnv.put("EDITOR", editor.toString());
        verify("edit-again", """
                configure
                edit fs_nfs
                y
                show fs_nfs
                commit
                edit fs_nfs
                end
                quit
                """);
    }

    private final Map<String, String> extraEnv = new HashMap<>();

    private void verify(String name, String keystrokes) throws Exception {
        Path cib = tmp.resolve("cib.xml");
        Files.copy(SeedEndToEndTest.SHARED.resolve("seed-cib.xml"), cib);
        Map<String, String> env = new HashMap<>();
        env.put("CIB_file", cib.toString());
        env.put("CIB_shadow_dir", tmp.resolve("shadows").toString());
        env.putAll(extraEnv);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.io.PipedOutputStream keys = new java.io.PipedOutputStream();
        java.io.PipedInputStream in = new java.io.PipedInputStream(keys, 65536);
        // no terminal echo: the line reader shows each line after its prompt, as a user sees it
        org.jline.terminal.Attributes noEcho = new org.jline.terminal.Attributes();
        noEcho.setLocalFlag(org.jline.terminal.Attributes.LocalFlag.ECHO, false);
        try (Terminal terminal = TerminalBuilder.builder().system(false).type("dumb").attributes(noEcho)
                .size(new org.jline.terminal.Size(100, 40)).streams(in, out).build()) {
            Thread typist = new Thread(() -> type(keystrokes.split("\n"), keys, out), "typist");
            typist.setDaemon(true);
            typist.start();
            FileBackend live = new FileBackend(cib);
            Output output = new Output(terminal.writer(), terminal.writer());
            CibLevel cibLevel = new CibLevel(Shadows.of(env), live, output);
            new InteractiveShell(terminal, cibLevel, live, new LocalAgentCatalog(AgentPaths.fromEnvironment(env),
                    LocalAgentCatalog.DEFAULT_TIMEOUT), Verifier.crmVerify(), ShellOptions.of(env),
                    tmp.resolve("history")).run();
            terminal.flush();
            keys.close();
        }
        String host = InetAddress.getLocalHost().getHostName().split("\\.")[0];
        String raw = out.toString(StandardCharsets.UTF_8).replace("\r", "")
                .replace("/" + host + ")", "/HOST)").replace(tmp.toString(), "TMP");
        String transcript = finalLine(raw).replace(extraEnv.getOrDefault("EDITOR", "EDITOR"), "EDITOR");
        Approvals.verify(transcript, new Options().forFile().withNamer(new Namer(name)));
    }

    /**
     * The line that ends the shell (quit) is shown only as far as the reader redrew it before the shell
     * ended (nothing, "q", ...): it is written here in full, so the transcript does not depend on timing.
     */
    private static String finalLine(String raw) {
        if (raw.endsWith("\n")) {
            return raw;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("crm\\([^)]*\\)[a-z]*# ").matcher(raw);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end < 0 ? raw : raw.substring(0, end) + "quit\n";
    }

    /**
     * Types each line only when the shell shows its next prompt, as a person does: with no input typed
     * ahead, the line reader always shows the line it read.
     */
    private static void type(String[] lines, java.io.OutputStream keys, ByteArrayOutputStream screen) {
        java.util.regex.Pattern prompt = java.util.regex.Pattern.compile("crm\\([^)]*\\)[a-z]*# |\\(y/n\\)\\? ");
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
        try {
            for (int k = 0; k < lines.length; k++) {
                // line k goes in when prompt k (counting from 0) is on the screen
                while (prompt.matcher(screen.toString(StandardCharsets.UTF_8)).results().count() <= k) {
                    if (System.nanoTime() > deadline) {
                        return;
                    }
                    Thread.sleep(5);
                }
                keys.write((lines[k] + "\n").getBytes(StandardCharsets.UTF_8));
                keys.flush();
            }

        } catch (java.io.IOException | InterruptedException e) {
            // the shell has ended; the approval shows how far it got
        }
    }

    /** Approval files in the transcripts directory next to this test. */
    private record Namer(String name) implements ApprovalNamer {
        private static final String DIR = "src/test/java/crmj/shell/transcripts/";

        @Override
        public File getApprovedFile(String extension) {
            return new File(DIR + name + ".approved" + extension);
        }

        @Override
        public File getReceivedFile(String extension) {
            return new File(DIR + name + ".received" + extension);
        }

        @Override
        public ApprovalNamer addAdditionalInformation(String info) {
            return this;
        }

        @Override
        public String getAdditionalInformation() {
            return "";
        }

        @Override
        public String getApprovalName() {
            return name;
        }

        @Override
        public String getSourceFilePath() {
            return DIR;
        }
    }
}

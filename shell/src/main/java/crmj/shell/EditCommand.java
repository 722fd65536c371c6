package crmj.shell;

import crmj.cib.CrmException;
import crmj.cib.SourceLocation;
import crmj.cib.text.Words;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * configure {@code edit}: the crm text of some objects goes into a temporary file, the user's editor
 * (crmsh's {@code core.editor}: {@code options editor}, else $EDITOR, else vim/vi/emacs/nano) opens it,
 * and the saved text replaces those objects. As in crmsh: unchanged text or an editor that fails
 * changes nothing; a text that does not parse or validate is reported and, on a terminal, the user is
 * asked whether to edit it again. Unlike crmsh (which refuses {@code edit} in batch mode), scripts may
 * use an editor that works without a terminal; there any error fails the command.
 */
final class EditCommand {
    /** crmsh adds this line for vi-like editors (syntax highlighting) and drops it afterwards. */
    static final String VIM_LINE = "# vim: set filetype=pcmk:\n";
    /** crmsh's question after a failed save (its ask() adds " (y/n)"). */
    static final String AGAIN = "Edit or discard changes (yes to edit, no to discard) (y/n)? ";

    private final String editor;
    private final boolean interactive;
    private final Predicate<String> ask;
    private final Output output;

    /**
     * @param editor      the editor command (split into words, the file name appended)
     * @param ask         asks a yes/no question on the terminal; null when there is none (scripts)
     */
    EditCommand(String editor, Predicate<String> ask, Output output) {
        this.editor = editor;
        this.interactive = ask != null;
        this.ask = ask;
        this.output = output;
    }

    /**
     * Lets the user edit TEXT and hands the result to APPLY (which throws {@link CrmException} when it
     * does not parse or validate, having changed nothing). Returns when applied, unchanged or discarded.
     */
    void edit(String text, Consumer<String> apply, SourceLocation at) {
        List<String> argv = new ArrayList<>(Words.split(editor));
        if (argv.isEmpty()) {
            throw new CrmException(at, "edit: no editor (set $EDITOR, or 'options editor PROGRAM')");
        }
        boolean vi = Path.of(argv.get(0)).getFileName().toString().startsWith("vi");
        String original = vi ? text + "\n" + VIM_LINE : text;
        Path tmp = null;
        try {
            tmp = Files.createTempFile("crmj-edit-", ".crm");
            Files.writeString(tmp, original);
            argv.add(tmp.toString());
            loop(argv, tmp, original, vi, apply, at);
        } catch (IOException e) {
            throw new CrmException(at, "edit: " + e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    output.warning("edit: cannot remove " + tmp + ": " + e.getMessage());
                }
            }
        }
    }

    private void loop(List<String> argv, Path tmp, String original, boolean vi, Consumer<String> apply,
                      SourceLocation at) throws IOException {
        while (true) {
            int status = run(argv, at);
            if (status != 0) {
                throw new CrmException(at, "edit: " + argv.get(0) + " exited with status " + status
                        + "; nothing was changed");
            }
            String edited = Files.readString(tmp, StandardCharsets.UTF_8);
            if (edited.equals(original)) {
                return;
            }
            try {
                apply.accept(vi ? edited.replace(VIM_LINE, "") : edited);
                return;
            } catch (CrmException e) {
                if (!interactive) {
                    throw e;
                }
                e.problems().forEach(p -> output.error(p.toString()));
                if (!ask.test(AGAIN)) {
                    output.info("edit: changes discarded");
                    return;
                }
            }
        }
    }

    private int run(List<String> argv, SourceLocation at) {
        ProcessBuilder pb = new ProcessBuilder(argv).redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        // a script's editor must not read the rest of the script; a terminal's editor needs the terminal
        pb.redirectInput(interactive ? ProcessBuilder.Redirect.INHERIT
                : ProcessBuilder.Redirect.from(new File("/dev/null")));
        try {
            return pb.start().waitFor();
        } catch (IOException e) {
            throw new CrmException(at, "edit: cannot run " + argv.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CrmException(at, "edit: interrupted; nothing was changed");
        }
    }
}

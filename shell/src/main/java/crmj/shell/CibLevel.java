package crmj.shell;

import crmj.backend.CibBackend;
import crmj.backend.FileBackend;
import crmj.backend.Shadows;
import crmj.cib.CrmException;
import crmj.cib.SourceLocation;
import crmj.cib.model.Cib;
import crmj.cib.text.Suggest;
import crmj.cib.xml.CibXmlReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The cib level: shadow CIBs (new, use, list, diff, commit, delete, reset), in the files crm_shadow
 * and crmsh use ({@link Shadows}), so the three tools share them. {@code commit NAME} puts the shadow's
 * configuration into the live CIB (the CIB_file or crmj's state-directory CIB), as
 * {@code crm_shadow --commit} replaces the live configuration section; the epoch is bumped once.
 */
final class CibLevel {
    /** The commands. */
    static final List<String> COMMANDS = List.of("new", "use", "list", "diff", "commit", "delete", "reset");

    private final Shadows shadows;
    private final CibBackend live;
    private final Output output;

    CibLevel(Shadows shadows, CibBackend live, Output output) {
        this.shadows = shadows;
        this.live = live;
        this.output = output;
    }

    /** The live CIB's backend. */
    CibBackend live() {
        return live;
    }

    /** The backend of shadow NAME, or the live one for "live" or ""; an error when it does not exist. */
    CibBackend backend(String name, SourceLocation at) {
        if (name.isEmpty() || name.equals("live")) {
            return live;
        }
        Shadows.checkName(name, at);
        if (!shadows.exists(name)) {
            throw new CrmException(at, name + ": no such shadow CIB");
        }
        return shadows.backend(name);
    }

    /** Runs one cib command with CURRENT in use; returns the backend in use afterwards. */
    CibBackend run(CibBackend current, String command, List<String> args, SourceLocation at) {
        switch (command) {
            case "new" -> {
                return create(args, at);
            }
            case "use" -> {
                if (args.size() > 1 && !args.get(1).equals("withstatus")) {
                    throw new CrmException(at, "Expected 'withstatus', got '" + args.get(1) + "'");
                }
                return backend(args.isEmpty() ? "" : args.get(0), at);
            }
            case "list" -> list();
            case "diff" -> diff(current, at);
            case "commit" -> commit(current, args, at);
            case "delete" -> delete(current, one(command, args, at), at);
            case "reset" -> reset(one(command, args, at), at);
            default -> throw new CrmException(at, "unknown cib command '" + command + "'" + Suggest.nearest(command,
                    COMMANDS).map(s -> " (did you mean " + s + "?)").orElse(""));
        }
        return current;
    }

    /** {@code new NAME [withstatus] [force] [empty]}: a copy of the live CIB (or an empty one), then used. */
    private CibBackend create(List<String> args, SourceLocation at) {
        List<String> flags = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String a : args) {
            (List.of("force", "--force", "withstatus", "empty").contains(a) ? flags : names).add(a);
        }
        if (names.size() != 1) {
            throw new CrmException(at, names.isEmpty() ? "new: expected a shadow name (new NAME [withstatus] "
                    + "[force] [empty])" : "Unexpected argument(s): " + String.join(" ", names.subList(1, names.size())));
        }
        String name = names.get(0);
        Shadows.checkName(name, at);
        boolean force = flags.contains("force") || flags.contains("--force");
        if (shadows.exists(name) && !force) {
            throw new CrmException(at, "A shadow instance '" + name + "' already exists (use 'cib new " + name
                    + " force' to replace it)");
        }
        // crm_shadow --empty writes Pacemaker's empty CIB with epoch 0; --create copies the whole live CIB
        Cib cib = flags.contains("empty") ? CibXmlReader.read(FileBackend.emptyCib()).withAttribute("epoch", "0")
                : live.load();
        shadows.write(name, cib, at);
        output.info(name + " shadow CIB created");
        return shadows.backend(name);
    }

    /** crmsh's multicolumn listing: columns of 80 / (longest name + 2) characters. */
    private void list() {
        List<String> names = shadows.names();
        int longest = Math.max(8, names.stream().mapToInt(String::length).max().orElse(0));
        int cols = Math.max(1, 80 / (longest + 2));
        int width = 80 / cols;
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            boolean lastInRow = (i + 1) % cols == 0;
            row.append(lastInRow ? names.get(i) : String.format("%-" + width + "s", names.get(i)));
            if (lastInRow) {
                output.out().println(row);
                row.setLength(0);
            }
        }
        if (row.length() > 0) {
            output.out().println(row);
        }
        output.out().flush();
    }

    /** {@code diff}: what crmsh prints, crm_shadow's patch of the shadow in use against the live CIB. */
    private void diff(CibBackend current, SourceLocation at) {
        if (current == live) {
            throw new CrmException(at, "diff: no shadow CIB in use (cib use NAME)");
        }
        ProcessBuilder pb = new ProcessBuilder("crm_shadow", "-b", "-d").redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("CIB_shadow", current.name());
        pb.environment().put("CIB_shadow_dir", shadows.dir().toString());
        pb.environment().put("CIB_file", live.file().toAbsolutePath().toString());
        try {
            Process p = pb.start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new CrmException(at, "diff: crm_shadow did not finish in 60 s");
            }
            output.out().print(text);
            output.out().flush();
        } catch (IOException e) {
            throw new CrmException(at, "diff needs Pacemaker's crm_shadow: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CrmException(at, "diff: interrupted");
        }
    }

    /** {@code commit [NAME]}: the shadow's configuration replaces the live one. */
    private void commit(CibBackend current, List<String> args, SourceLocation at) {
        String name = args.isEmpty() ? (current == live ? "" : current.name()) : args.get(0);
        if (name.isEmpty()) {
            throw new CrmException(at, "There is nothing to commit");
        }
        Shadows.checkName(name, at);
        if (!shadows.exists(name)) {
            throw new CrmException(at, "Could not access shadow instance '" + name + "': no such file");
        }
        Cib shadow = shadows.backend(name).load();
        live.commit(live.load().withObjects(shadow.objects()));
        output.info("committed '" + name + "' shadow CIB to the cluster");
    }

    private void delete(CibBackend current, String name, SourceLocation at) {
        Shadows.checkName(name, at);
        if (current != live && current.name().equals(name)) {
            throw new CrmException(at, name + " shadow CIB is in use");
        }
        shadows.delete(name, at);
        output.info(name + " shadow CIB deleted");
    }

    private void reset(String name, SourceLocation at) {
        Shadows.checkName(name, at);
        if (!shadows.exists(name)) {
            throw new CrmException(at, "Could not access shadow instance '" + name + "': no such file");
        }
        shadows.write(name, live.load(), at);
        output.info("copied live CIB to " + name);
    }

    private static String one(String command, List<String> args, SourceLocation at) {
        if (args.size() != 1) {
            throw new CrmException(at, command + ": expected a shadow name");
        }
        return args.get(0);
    }
}

package crmj.shell;

import crmj.backend.CibBackend;
import crmj.cib.CrmException;
import crmj.cib.SourceLocation;
import crmj.cib.model.Cib;
import crmj.cib.model.SetKind;
import crmj.cib.text.NodeAttributes;
import crmj.cib.text.ResourceAttributes;
import crmj.cib.text.Suggest;

import java.util.List;

/**
 * The resource level's configuration commands, each written as crmsh's crm_resource call writes it
 * and committed at once: start/stop/restart, promote/demote (target-role), manage/unmanage
 * (is-managed), move/ban/clear (cli-prefer/cli-ban locations), param/meta/utilization.
 */
final class ResourceLevel {
    static final List<String> COMMANDS = List.of("start", "stop", "restart", "promote", "demote", "manage",
            "unmanage", "move", "migrate", "ban", "clear", "unmigrate", "param", "meta", "utilization", "status",
            "locate", "cleanup", "failcount");

    private final CibBackend backend;
    private final Output output;

    ResourceLevel(CibBackend backend, Output output) {
        this.backend = backend;
        this.output = output;
    }

    /** Runs one resource-level command. */
    void run(String command, List<String> args, SourceLocation at) {
        switch (command) {
            case "start" -> meta(rsc(args, at), "target-role", "Started", at);
            case "stop" -> meta(rsc(args, at), "target-role", "Stopped", at);
            case "restart" -> {
                meta(rsc(args, at), "target-role", "Stopped", at);
                meta(rsc(args, at), "target-role", "Started", at);
            }
            case "promote" -> meta(rsc(args, at), "target-role", "Master", at);
            case "demote" -> meta(rsc(args, at), "target-role", "Slave", at);
            case "manage" -> meta(rsc(args, at), "is-managed", "true", at);
            case "unmanage" -> meta(rsc(args, at), "is-managed", "false", at);
            case "move", "migrate" -> move(args, true, at);
            case "ban" -> move(args, false, at);
            case "clear", "unmigrate" -> commit(ResourceAttributes.clear(backend.load(), rsc(args, at), at));
            case "param" -> attribute(args, SetKind.INSTANCE_ATTRIBUTES, at);
            case "meta" -> attribute(args, SetKind.META_ATTRIBUTES, at);
            case "utilization" -> attribute(args, SetKind.UTILIZATION, at);
            case "status", "show", "list", "locate" -> new StatusCommands(backend, output).locate(args, at);
            case "cleanup" -> new StatusCommands(backend, output).cleanup(args, at);
            case "failcount" -> new StatusCommands(backend, output).failcount(args, at);
            default -> throw new CrmException(at, "unknown resource command '" + command + "'"
                    + Suggest.nearest(command, COMMANDS).map(s -> " (did you mean " + s + "?)").orElse(""));
        }
    }

    private void meta(String rsc, String name, String value, SourceLocation at) {
        commit(ResourceAttributes.set(backend.load(), rsc, SetKind.META_ATTRIBUTES, name, value, at));
    }

    /** move|ban RSC NODE [lifetime] [force]: crmj needs the node (no status to find where it runs). */
    private void move(List<String> args, boolean prefer, SourceLocation at) {
        if (args.size() < 2) {
            throw new CrmException(at, (prefer ? "move" : "ban") + ": expected RSC NODE (crmj does not yet know"
                    + " where a resource runs, so the node must be given)");
        }
        for (String extra : args.subList(2, args.size())) {
            if (!extra.equals("force")) {
                throw new CrmException(at, "lifetimes (" + extra + ") are not supported yet; expected RSC NODE [force]");
            }
        }
        Cib cib = backend.load();
        NodeAttributes.node(cib, args.get(1), at);
        commit(prefer ? ResourceAttributes.prefer(cib, args.get(0), args.get(1), at)
                : ResourceAttributes.ban(cib, args.get(0), args.get(1), at));
        if (!prefer) {
            output.warning("Creating rsc_location constraint 'cli-ban-" + args.get(0) + "-on-" + args.get(1)
                    + "' with a score of -INFINITY for resource " + args.get(0) + " on " + args.get(1) + ".");
        }
    }

    private void attribute(List<String> args, SetKind kind, SourceLocation at) {
        if (args.size() < 3) {
            throw new CrmException(at, "expected RSC set|delete|show NAME [VALUE]");
        }
        String rsc = args.get(0);
        String name = args.get(2);
        Cib cib = backend.load();
        switch (args.get(1)) {
            case "set" -> {
                if (args.size() != 4) {
                    throw new CrmException(at, "expected RSC set NAME VALUE");
                }
                commit(ResourceAttributes.set(cib, rsc, kind, name, args.get(3), at));
            }
            case "delete" -> commit(ResourceAttributes.delete(cib, rsc, kind, name, at));
            case "show" -> {
                output.out().println(ResourceAttributes.get(cib, rsc, kind, name, at).orElseThrow(() ->
                        new CrmException(at, "resource " + rsc + " has no attribute " + name)));
                output.out().flush();
            }
            default -> throw new CrmException(at, "expected set, delete or show, found '" + args.get(1) + "'");
        }
    }

    private void commit(Cib cib) {
        backend.commit(cib);
    }

    private static String rsc(List<String> args, SourceLocation at) {
        if (args.isEmpty()) {
            throw new CrmException(at, "expected a resource id");
        }
        return args.get(0);
    }
}

package crmj.shell.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static crmj.shell.registry.ArgSpec.many;
import static crmj.shell.registry.ArgSpec.optional;
import static crmj.shell.registry.ArgSpec.required;

/**
 * Every command of crmj's shell, by level: the one source for dispatch checks, help, completion, the
 * man page and the bash/zsh completion scripts.
 */
public final class Registry {
    private static final Completion SYNTAX = new Completion.CrmSyntax();

    private final List<CommandSpec> commands;

    private Registry(List<CommandSpec> commands) {
        this.commands = List.copyOf(commands);
    }

    /** The levels, in the order the man page lists them ("" is the top level). */
    public static final List<String> LEVELS = List.of("", "configure", "node", "resource", "ra", "options", "cib");

    /** crmj's commands. */
    public static Registry standard() {
        List<CommandSpec> c = new ArrayList<>();
        navigation("", c);
        c.add(new CommandSpec("", "status", List.of(), "show the cluster status (crm_mon's one-shot text)",
                List.of()));
        c.add(new CommandSpec("", "simulate", List.of(), "simulate the cluster's response to events (crm_simulate)",
                List.of(many("OPTION", Completion.words("-x", "-L", "-R", "-S", "-X", "-s", "-Q", "-u", "-d", "-f",
                        "-i", "-F", "-t", "-q", "-w", "-g", "-r", "-b", "-e", "-I", "-O", "-G", "--xml-file",
                        "--live-check", "--run", "--simulate", "--in-place", "--show-scores", "--quiet", "--node-up",
                        "--node-down", "--node-fail", "--op-inject", "--op-fail", "--set-datetime", "--quorum",
                        "--watchdog", "--ticket-grant",
                        "--ticket-revoke", "--ticket-standby", "--ticket-activate", "--save-input", "--save-output",
                        "--save-graph")))));
        c.add(new CommandSpec("", "configure", List.of(), "CIB configuration (enter the level, or run one command)",
                List.of(optional("COMMAND", new Completion.Commands()))));
        navigation("configure", c);
        objects(c);
        configureCommands(c);
        c.add(new CommandSpec("", "node", List.of(), "node management (enter the level, or run one command)",
                List.of(optional("COMMAND", new Completion.Commands()))));
        navigation("node", c);
        nodeCommands(c);
        c.add(new CommandSpec("", "resource", List.of(), "resource management (enter the level, or run one command)",
                List.of(optional("COMMAND", new Completion.Commands()))));
        navigation("resource", c);
        resourceCommands(c);
        c.add(new CommandSpec("", "ra", List.of(), "resource agents information center (enter the level, or run "
                + "one command)", List.of(optional("COMMAND", new Completion.Commands()))));
        navigation("ra", c);
        c.add(new CommandSpec("ra", "classes", List.of(), "list classes and providers", List.of()));
        c.add(new CommandSpec("ra", "providers", List.of(), "show providers for a resource agent",
                List.of(required("TYPE", new Completion.None()))));
        c.add(new CommandSpec("ra", "list", List.of(), "list resource agents of a class (and provider)",
                List.of(required("CLASS", Completion.words("ocf", "lsb", "service", "stonith", "systemd")),
                        optional("PROVIDER", new Completion.None()))));
        c.add(new CommandSpec("ra", "info", List.of("meta"), "show the meta-data of a resource agent",
                List.of(required("[CLASS:[PROVIDER:]]TYPE", new Completion.Agents()))));
        c.add(new CommandSpec("", "options", List.of(), "user preferences (enter the level, or run one command)",
                List.of(optional("COMMAND", new Completion.Commands()))));
        navigation("options", c);
        optionsCommands(c);
        c.add(new CommandSpec("", "cib", List.of(), "manage shadow CIBs (enter the level, or run one command)",
                List.of(optional("COMMAND", new Completion.Commands()))));
        navigation("cib", c);
        cibCommands(c);
        return new Registry(c);
    }

    private static void navigation(String level, List<CommandSpec> c) {
        c.add(new CommandSpec(level, "help", List.of("?"), "show the commands of the level, or the help of a command",
                List.of(optional("COMMAND", new Completion.Commands()))));
        c.add(new CommandSpec(level, "ls", List.of(), "list levels and commands", List.of()));
        c.add(new CommandSpec(level, "cd", List.of(), "navigate the level structure",
                List.of(optional("LEVEL", new Completion.Levels()))));
        c.add(new CommandSpec(level, "up", List.of("back", "end"), "go back to the previous level", List.of()));
        c.add(new CommandSpec(level, "quit", List.of("exit", "bye"), "exit the program", List.of()));
    }

    private static void objects(List<CommandSpec> c) {
        object(c, "node", "define a cluster node");
        object(c, "primitive", "define a resource");
        object(c, "monitor", "add a monitor operation to a primitive");
        object(c, "group", "define a group");
        object(c, "clone", "define a clone (meta promotable=true for a promotable clone)");
        object(c, "ms", "define a promotable clone (deprecated: clone ... meta promotable=true)", "master");
        object(c, "rsc_template", "define a resource template");
        object(c, "bundle", "define a bundle (container)");
        object(c, "location", "a location preference");
        object(c, "colocation", "colocate resources", "collocation");
        object(c, "order", "order resources");
        object(c, "rsc_ticket", "resources ticket dependency");
        object(c, "property", "set a cluster property");
        object(c, "rsc_defaults", "set resource defaults");
        object(c, "op_defaults", "set resource operations defaults");
        object(c, "fencing_topology", "node fencing order");
        object(c, "tag", "define resource tags");
        object(c, "alert", "event-driven alerts");
        object(c, "role", "define role access rights");
        object(c, "acl_target", "define target access rights");
        object(c, "xml", "raw xml");
    }

    private static void object(List<CommandSpec> c, String name, String summary, String... aliases) {
        c.add(new CommandSpec("configure", name, List.of(aliases), summary, List.of(required("...", SYNTAX))));
    }

    private static void configureCommands(List<CommandSpec> c) {
        Completion selection = Completion.ids();
        c.add(new CommandSpec("configure", "show", List.of(), "display CIB objects",
                List.of(optional("xml", Completion.words("xml", "changed")), many("ID|type:T|tag:T|changed",
                        selection))));
        c.add(new CommandSpec("configure", "commit", List.of(), "commit the changes to the CIB",
                List.of(optional("force", Completion.words("force")))));
        c.add(new CommandSpec("configure", "ptest", List.of("simulate"), "show the cluster's actions if the changes "
                + "were committed", List.of(many("nograph|v", Completion.words("nograph", "v", "vv", "vvv")))));
        c.add(new CommandSpec("configure", "verify", List.of("_test"), "verify the CIB with crm_verify and crmj's checks",
                List.of()));
        c.add(new CommandSpec("configure", "delete", List.of("rm"), "delete CIB objects",
                List.of(required("ID", selection), many("ID", selection))));
        c.add(new CommandSpec("configure", "rename", List.of(), "rename a CIB object",
                List.of(required("OLD_ID", selection), required("NEW_ID", new Completion.None()))));
        c.add(new CommandSpec("configure", "modgroup", List.of(), "modify group",
                List.of(required("GROUP", Completion.ids("group")), required("add|remove",
                        Completion.words("add", "remove")), required("ID", Completion.ids("primitive")),
                        optional("after|before", Completion.words("after", "before")),
                        optional("ID", Completion.ids("primitive")))));
        c.add(new CommandSpec("configure", "set", List.of(), "set an attribute value",
                List.of(required("ID.[OP.[INTERVAL.]]NAME", selection), required("VALUE", new Completion.None()))));
        c.add(new CommandSpec("configure", "erase", List.of(), "erase the CIB (keeping nodes; 'erase nodes': the nodes)",
                List.of(optional("nodes", Completion.words("nodes")))));
        c.add(new CommandSpec("configure", "load", List.of(), "import the CIB from a file",
                List.of(required("replace|update", Completion.words("replace", "update")),
                        required("FILE", new Completion.Files()))));
        c.add(new CommandSpec("configure", "save", List.of(), "save the CIB to a file",
                List.of(optional("xml", Completion.words("xml")), required("FILE", new Completion.Files()))));
        c.add(new CommandSpec("configure", "edit", List.of(), "edit CIB objects in $EDITOR",
                List.of(many("ID|type:T|tag:T|changed", selection))));
        c.add(new CommandSpec("configure", "refresh", List.of(), "refresh from the CIB, dropping changes", List.of()));
        c.add(new CommandSpec("configure", "filter", List.of(), "filter CIB objects through a command",
                List.of(required("COMMAND", new Completion.None()), many("ID", selection))));
        c.add(new CommandSpec("configure", "schema", List.of(), "show or set the CIB schema",
                List.of(optional("SCHEMA", new Completion.None()))));
        c.add(new CommandSpec("configure", "upgrade", List.of(), "upgrade the CIB to the newest schema",
                List.of(optional("force", Completion.words("force")))));
    }

    private static void nodeCommands(List<CommandSpec> c) {
        Completion nodes = new Completion.Nodes();
        Completion ops = Completion.words("set", "delete", "show");
        c.add(new CommandSpec("node", "show", List.of("list"), "show node", List.of(optional("NODE", nodes))));
        c.add(new CommandSpec("node", "standby", List.of(), "put node into standby",
                List.of(optional("NODE", nodes), optional("forever|reboot", Completion.words("forever", "reboot")))));
        c.add(new CommandSpec("node", "online", List.of(), "set node online",
                List.of(optional("NODE", nodes), optional("forever|reboot", Completion.words("forever", "reboot")))));
        c.add(new CommandSpec("node", "maintenance", List.of(), "put node into maintenance mode",
                List.of(optional("NODE", nodes))));
        c.add(new CommandSpec("node", "ready", List.of(), "put node into ready mode", List.of(optional("NODE", nodes))));
        c.add(new CommandSpec("node", "attribute", List.of(), "manage attributes",
                List.of(required("NODE", nodes), required("set|delete|show", ops), required("NAME",
                        new Completion.None()), optional("VALUE", new Completion.None()))));
        c.add(new CommandSpec("node", "utilization", List.of(), "manage utilization attributes",
                List.of(required("NODE", nodes), required("set|delete|show", ops), required("NAME",
                        new Completion.None()), optional("VALUE", new Completion.None()))));
        c.add(new CommandSpec("node", "status-attr", List.of(), "manage status (transient) attributes",
                List.of(required("NODE", nodes), required("set|delete|show", ops), required("NAME",
                        new Completion.None()), optional("VALUE", new Completion.None()))));
        c.add(new CommandSpec("node", "delete", List.of(), "delete node", List.of(required("NODE", nodes))));
    }

    private static void resourceCommands(List<CommandSpec> c) {
        Completion rsc = Completion.ids("primitive", "group", "clone", "ms", "bundle");
        Completion nodes = new Completion.Nodes();
        Completion ops = Completion.words("set", "delete", "show");
        String[][] simple = {
            {"start", "start resources (target-role Started)"},
            {"stop", "stop resources (target-role Stopped)"},
            {"restart", "restart resources (stop, then start)"},
            {"promote", "promote a promotable resource (target-role Master)"},
            {"demote", "demote a promotable resource (target-role Slave)"},
            {"manage", "put a resource into managed mode (is-managed true)"},
            {"unmanage", "put a resource into unmanaged mode (is-managed false)"},
            {"clear", "clear the constraints of move and ban"},
        };
        for (String[] s : simple) {
            List<String> aliases = s[0].equals("clear") ? List.of("unmigrate") : List.of();
            c.add(new CommandSpec("resource", s[0], aliases, s[1], List.of(required("RSC", rsc))));
        }
        c.add(new CommandSpec("resource", "move", List.of("migrate"), "move a resource to a node (cli-prefer location)",
                List.of(required("RSC", rsc), required("NODE", nodes), optional("force", Completion.words("force")))));
        c.add(new CommandSpec("resource", "ban", List.of(), "keep a resource off a node (cli-ban location)",
                List.of(required("RSC", rsc), required("NODE", nodes), optional("force", Completion.words("force")))));
        for (String[] s : new String[][] {{"param", "manage a parameter of a resource"},
                {"meta", "manage a meta attribute of a resource"},
                {"utilization", "manage a utilization attribute of a resource"}}) {
            c.add(new CommandSpec("resource", s[0], List.of(), s[1], List.of(required("RSC", rsc),
                    required("set|delete|show", ops), required("NAME", new Completion.None()),
                    optional("VALUE", new Completion.None()))));
        }
        c.add(new CommandSpec("resource", "status", List.of("show", "list"), "show where resources run",
                List.of(required("RSC", rsc), many("RSC", rsc))));
        c.add(new CommandSpec("resource", "locate", List.of(), "show the location of resources",
                List.of(required("RSC", rsc), many("RSC", rsc))));
        c.add(new CommandSpec("resource", "cleanup", List.of(), "clean up resource failures and their history",
                List.of(optional("RSC", rsc), optional("NODE", nodes), optional("force", Completion.words("force")))));
        c.add(new CommandSpec("resource", "failcount", List.of(), "manage fail counts",
                List.of(required("RSC", rsc), required("set|delete|show", ops), required("NODE", nodes),
                        optional("VALUE", new Completion.None()))));
    }

    private static void optionsCommands(List<CommandSpec> c) {
        Completion yesNo = Completion.words("yes", "no");
        c.add(new CommandSpec("options", "editor", List.of(), "set preferred editor program",
                List.of(required("PROGRAM", Completion.words("vim", "vi", "emacs", "nano")))));
        c.add(new CommandSpec("options", "pager", List.of(), "set preferred pager program",
                List.of(required("PROGRAM", Completion.words("less", "more", "pg")))));
        c.add(new CommandSpec("options", "user", List.of(), "set the cluster user",
                List.of(optional("USER", new Completion.None()))));
        c.add(new CommandSpec("options", "skill-level", List.of("skill_level"), "set skill level",
                List.of(required("LEVEL", Completion.words("operator", "administrator", "expert")))));
        c.add(new CommandSpec("options", "output", List.of(), "set output type",
                List.of(required("TYPE", Completion.words("plain", "color-always", "color", "uppercase")))));
        c.add(new CommandSpec("options", "colorscheme", List.of(), "set colors for output (accepted, no effect)",
                List.of(required("COLORS", new Completion.None()))));
        c.add(new CommandSpec("options", "check-frequency", List.of("check_frequency"),
                "when to perform semantic check", List.of(required("FREQUENCY",
                Completion.words("always", "on-verify", "never")))));
        c.add(new CommandSpec("options", "check-mode", List.of("check_mode"), "how to treat semantic errors",
                List.of(required("MODE", Completion.words("strict", "relaxed")))));
        c.add(new CommandSpec("options", "sort-elements", List.of("sort_elements"), "sort CIB elements",
                List.of(required("yes|no", yesNo))));
        c.add(new CommandSpec("options", "wait", List.of(), "synchronous operation", List.of(required("yes|no", yesNo))));
        c.add(new CommandSpec("options", "add-quotes", List.of("add_quotes"), "add quotes around parameters "
                + "containing spaces", List.of(required("yes|no", yesNo))));
        c.add(new CommandSpec("options", "manage-children", List.of("manage_children"), "how to handle children "
                + "resource attributes", List.of(required("ask|never|always", Completion.words("ask", "never",
                "always")))));
        c.add(new CommandSpec("options", "set", List.of(), "set the value of a given option",
                List.of(required("SECTION.NAME", Completion.words("core.editor", "core.pager", "core.user",
                        "core.skill_level", "core.sort_elements", "core.check_frequency", "core.check_mode",
                        "core.wait", "core.add_quotes", "core.manage_children", "color.style")),
                        required("VALUE", new Completion.None()))));
        c.add(new CommandSpec("options", "show", List.of("list"), "show current user preference",
                List.of(optional("all|NAME", Completion.words("all")))));
        c.add(new CommandSpec("options", "save", List.of(), "save the user preferences (crmj: session only)",
                List.of()));
        c.add(new CommandSpec("options", "reset", List.of(), "reset user preferences to the session's start",
                List.of()));
    }

    private static void cibCommands(List<CommandSpec> c) {
        Completion shadows = new Completion.Shadows();
        c.add(new CommandSpec("cib", "new", List.of(), "create a new shadow CIB",
                List.of(required("NAME", new Completion.None()), many("withstatus|force|empty",
                        Completion.words("withstatus", "force", "empty")))));
        c.add(new CommandSpec("cib", "use", List.of(), "change working CIB",
                List.of(optional("NAME|live", shadows), optional("withstatus", Completion.words("withstatus")))));
        c.add(new CommandSpec("cib", "list", List.of(), "list all shadow CIBs", List.of()));
        c.add(new CommandSpec("cib", "diff", List.of(), "diff between the shadow CIB in use and the live CIB",
                List.of()));
        c.add(new CommandSpec("cib", "commit", List.of(), "copy a shadow CIB to the cluster",
                List.of(optional("NAME", shadows))));
        c.add(new CommandSpec("cib", "delete", List.of(), "delete a shadow CIB", List.of(required("NAME", shadows))));
        c.add(new CommandSpec("cib", "reset", List.of(), "copy live CIB to a shadow CIB",
                List.of(required("NAME", shadows))));
    }

    /** All commands, in declaration order. */
    public List<CommandSpec> commands() {
        return commands;
    }

    /** The commands of one level. */
    public List<CommandSpec> level(String level) {
        return commands.stream().filter(c -> c.level().equals(level)).toList();
    }

    /** The command a word names at a level (by name or alias). */
    public Optional<CommandSpec> find(String level, String word) {
        return level(level).stream().filter(c -> c.matches(word)).findFirst();
    }

    /** The command words of a level, aliases included, sorted. */
    public List<String> words(String level) {
        List<String> out = new ArrayList<>();
        for (CommandSpec c : level(level)) {
            out.add(c.name());
            out.addAll(c.aliases());
        }
        out.sort(null);
        return out;
    }
}

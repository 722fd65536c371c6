package crmj.shell;

import crmj.backend.CibBackend;
import crmj.cib.CrmException;
import crmj.cib.SourceLocation;
import crmj.cib.model.Cib;
import crmj.cib.model.CibObject;
import crmj.cib.model.NodeDef;
import crmj.cib.model.Nvpair;
import crmj.cib.model.Part;
import crmj.cib.model.AttributeSet;
import crmj.cib.model.SetKind;
import crmj.cib.text.NodeAttributes;

import java.io.IOException;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The node level: show, standby/online, maintenance/ready, attribute, utilization, delete. Changes are
 * written as {@code crm_attribute} writes them and committed at once (each bumps the epoch, as
 * crm_attribute does). A name that is not a cluster node is an error and changes nothing.
 */
final class NodeLevel {
    private final CibBackend backend;
    private final Output output;

    NodeLevel(CibBackend backend, Output output) {
        this.backend = backend;
        this.output = output;
    }

    /** Runs one node-level command. */
    void run(String command, List<String> args, SourceLocation at) {
        switch (command) {
            case "show", "list" -> show(args.isEmpty() ? Optional.empty() : Optional.of(args.get(0)), at);
            case "standby" -> standby(args, at);
            case "online" -> online(args, at);
            case "maintenance" -> change(node(args, 0, at), SetKind.INSTANCE_ATTRIBUTES, "maintenance", "true", at,
                    null);
            case "ready" -> change(node(args, 0, at), SetKind.INSTANCE_ATTRIBUTES, "maintenance", "off", at, null);
            case "attribute" -> attribute(args, SetKind.INSTANCE_ATTRIBUTES, at);
            case "utilization" -> attribute(args, SetKind.UTILIZATION, at);
            case "status-attr" -> new StatusCommands(backend, output).statusAttr(args, at);
            case "delete" -> delete(args, at);
            default -> throw new CrmException(at, "unknown node command '" + command + "'"
                    + crmj.cib.text.Suggest.nearest(command, List.of("show", "standby", "online", "maintenance",
                    "ready", "attribute", "utilization", "status-attr", "delete"))
                    .map(s -> " (did you mean " + s + "?)").orElse(""));
        }
    }

    private void standby(List<String> args, SourceLocation at) {
        List<String> rest = args;
        if (!rest.isEmpty() && List.of("reboot", "forever").contains(rest.get(rest.size() - 1))) {
            boolean reboot = rest.get(rest.size() - 1).equals("reboot");
            rest = rest.subList(0, rest.size() - 1);
            if (reboot) {
                new StatusCommands(backend, output).standbyUntilReboot(node(rest, 0, at), true, at);
                return;
            }
        }
        change(node(rest, 0, at), SetKind.INSTANCE_ATTRIBUTES, "standby", "on", at, "standby node ");
    }

    /** online [NODE] [reboot|forever]: standby off (crmsh also turns off a standby status attribute). */
    private void online(List<String> args, SourceLocation at) {
        List<String> rest = args;
        if (!rest.isEmpty() && List.of("reboot", "forever").contains(rest.get(rest.size() - 1))) {
            boolean reboot = rest.get(rest.size() - 1).equals("reboot");
            rest = rest.subList(0, rest.size() - 1);
            if (reboot) {
                new StatusCommands(backend, output).standbyUntilReboot(node(rest, 0, at), false, at);
                return;
            }
        }
        String node = node(rest, 0, at);
        change(node, SetKind.INSTANCE_ATTRIBUTES, "standby", "off", at, null);
        new StatusCommands(backend, output).onlineStatus(node, at);
        output.info("online node " + node);
    }

    private void change(String node, SetKind kind, String name, String value, SourceLocation at, String info) {
        Cib cib = backend.load();
        Cib changed = NodeAttributes.set(cib, node, kind, name, value, at);
        // said before the commit, so that on the sandbox it comes before the transition it causes
        if (info != null) {
            output.info(info + node);
        }
        backend.commit(changed);
    }

    private void attribute(List<String> args, SetKind kind, SourceLocation at) {
        if (args.size() < 3) {
            throw new CrmException(at, "expected NODE set|delete|show NAME [VALUE]");
        }
        String node = args.get(0);
        String name = args.get(2);
        Cib cib = backend.load();
        switch (args.get(1)) {
            case "set" -> {
                if (args.size() != 4) {
                    throw new CrmException(at, "expected NODE set NAME VALUE");
                }
                backend.commit(NodeAttributes.set(cib, node, kind, name, args.get(3), at));
            }
            case "delete" -> {
                if (NodeAttributes.get(cib, node, kind, name, at).isEmpty()) {
                    throw new CrmException(at, "node " + node + " has no attribute " + name);
                }
                backend.commit(NodeAttributes.delete(cib, node, kind, name, at));
            }
            case "show" -> {
                String value = NodeAttributes.get(cib, node, kind, name, at).orElseThrow(() ->
                        new CrmException(at, "node " + node + " has no attribute " + name));
                output.out().println("scope=nodes  name=" + name + " value=" + value);
                output.out().flush();
            }
            default -> throw new CrmException(at, "expected set, delete or show, found '" + args.get(1) + "'");
        }
    }

    private void delete(List<String> args, SourceLocation at) {
        if (args.size() != 1) {
            throw new CrmException(at, "expected NODE");
        }
        Cib cib = backend.load();
        NodeDef n = NodeAttributes.node(cib, args.get(0), at);
        List<CibObject> objects = new java.util.ArrayList<>(cib.objects());
        objects.remove(n);
        backend.commit(cib.withObjects(objects));
        output.info("node " + n.uname() + " deleted");
    }

    /** crmsh's node show: {@code uname(id): type} and the node's attributes, one per line. */
    private void show(Optional<String> only, SourceLocation at) {
        Cib cib = backend.load();
        TreeMap<String, NodeDef> nodes = new TreeMap<>();
        for (CibObject o : cib.objects()) {
            if (o instanceof NodeDef n) {
                nodes.put(n.uname(), n);
            }
        }
        if (only.isPresent() && !nodes.containsKey(only.get())) {
            throw new CrmException(at, "Node \"" + only.get() + "\" is not a cluster node");
        }
        for (NodeDef n : nodes.values()) {
            if (only.isPresent() && !only.get().equals(n.uname())) {
                continue;
            }
            String type = n.nodeType().orElse("member");
            output.out().println(n.uname().equals(n.id()) ? n.uname() + ": " + type
                    : n.uname() + "(" + n.id() + "): " + type);
            n.description().ifPresent(d -> output.out().println("\tdescription: " + d));
            for (Part p : n.parts()) {
                if (p instanceof AttributeSet s && s.kind() == SetKind.INSTANCE_ATTRIBUTES) {
                    for (Nvpair nv : s.nvpairs()) {
                        output.out().println("\t" + nv.name().orElse("") + "=" + nv.value().orElse(""));
                    }
                }
            }
        }
        output.out().flush();
    }

    /** The node named by args[i], or this host when none is given. */
    private static String node(List<String> args, int i, SourceLocation at) {
        if (args.size() > i) {
            return args.get(i);
        }
        try {
            String host = InetAddress.getLocalHost().getHostName();
            int dot = host.indexOf('.');
            return dot > 0 ? host.substring(0, dot) : host;
        } catch (IOException e) {
            throw new CrmException(at, "cannot tell this host's name: give the node");
        }
    }
}

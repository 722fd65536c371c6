package crmj.shell;

import crmj.backend.CibBackend;
import crmj.cib.CrmException;
import crmj.cib.SourceLocation;
import crmj.cib.model.Cib;
import crmj.cib.model.CibObject;
import crmj.cib.model.SetKind;
import crmj.cib.status.ClusterState;
import crmj.cib.status.FailedAction;
import crmj.cib.status.NodeState;
import crmj.cib.text.ConfigEditor;
import crmj.cib.text.NodeAttributes;
import crmj.cib.xml.StatusXml;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The node and resource commands that read or write the CIB's status section: node {@code status-attr}
 * and the {@code reboot} lifetime of standby/online (as {@code crm_attribute -t status} / {@code -l reboot}
 * write them), resource {@code locate}/{@code status} (crm_resource --locate's text), {@code failcount}
 * and {@code cleanup}. On a CIB file Pacemaker's crm_resource and crm_failcount only report a dry run
 * for cleanup; crmj makes the change the cluster would make: the resource's fail-count and last-failure
 * attributes go, and so does the history of resources that have failed operations on the node.
 */
final class StatusCommands {
    private final CibBackend backend;
    private final Output output;

    StatusCommands(CibBackend backend, Output output) {
        this.backend = backend;
        this.output = output;
    }

    /** {@code status-attr NODE set|delete|show NAME [VALUE]}. */
    void statusAttr(List<String> args, SourceLocation at) {
        if (args.size() < 3) {
            throw new CrmException(at, "expected NODE set|delete|show NAME [VALUE]");
        }
        String node = args.get(0);
        String name = args.get(2);
        Cib cib = backend.load();
        String id = nodeId(cib, node, at);
        switch (args.get(1)) {
            case "set" -> {
                if (args.size() != 4) {
                    throw new CrmException(at, "expected NODE set NAME VALUE");
                }
                backend.updateStatus(cib.withStatus(StatusXml.setTransient(cib.status(), id, name, args.get(3))));
            }
            case "delete" -> {
                if (StatusXml.transientAttribute(cib.status(), id, name).isPresent()) {
                    backend.updateStatus(cib.withStatus(StatusXml.deleteTransient(cib.status(), id, name::equals)));
                    output.out().println("Deleted status attribute: id=status-" + id + "-" + name + " name=" + name);
                    output.out().flush();
                }
            }
            case "show" -> {
                String value = StatusXml.transientAttribute(cib.status(), id, name).orElseThrow(() ->
                        new CrmException(at, "node " + node + " has no status attribute " + name));
                output.out().println("scope=status  name=" + name + " value=" + value);
                output.out().flush();
            }
            default -> throw new CrmException(at, "expected set, delete or show, found '" + args.get(1) + "'");
        }
    }

    /**
     * {@code standby NODE reboot} / {@code online NODE reboot}: the standby status attribute (crm_attribute
     * -l reboot). As crmsh does for standby, a permanent standby attribute of the node is removed first.
     */
    void standbyUntilReboot(String node, boolean standby, SourceLocation at) {
        Cib cib = backend.load();
        String id = nodeId(cib, node, at);
        if (standby && NodeAttributes.get(cib, node, SetKind.INSTANCE_ATTRIBUTES, "standby", at).isPresent()) {
            cib = backend.commit(NodeAttributes.delete(cib, node, SetKind.INSTANCE_ATTRIBUTES, "standby", at));
        }
        backend.updateStatus(cib.withStatus(StatusXml.setTransient(cib.status(), id, "standby",
                standby ? "on" : "off")));
        output.info((standby ? "standby node " : "online node ") + node);
    }

    /** crmsh's online also turns off a standby status attribute that is on. */
    void onlineStatus(String node, SourceLocation at) {
        Cib cib = backend.load();
        String id = NodeAttributes.node(cib, node, at).id();
        if (StatusXml.transientAttribute(cib.status(), id, "standby").filter(v -> !v.equals("off")).isPresent()) {
            backend.updateStatus(cib.withStatus(StatusXml.setTransient(cib.status(), id, "standby", "off")));
        }
    }

    /** {@code locate|status RSC...}: crm_resource --locate's lines. */
    void locate(List<String> resources, SourceLocation at) {
        if (resources.isEmpty()) {
            throw new CrmException(at, "Expected at least one resource as argument");
        }
        Cib cib = backend.load();
        ClusterState state = ClusterState.of(cib, java.time.Instant.now());
        for (String rsc : resources) {
            List<String> lines = Locate.lines(state, rsc);
            if (lines == null) {
                throw new CrmException(at, "Resource '" + rsc + "' not found");
            }
            if (lines.isEmpty()) {
                output.err().println("resource " + rsc + " is NOT running");
            }
            lines.forEach(output.out()::println);
        }
        output.flush();
    }

    /** {@code failcount RSC set|delete|show NODE [VALUE]}. */
    void failcount(List<String> args, SourceLocation at) {
        if (args.size() < 3) {
            throw new CrmException(at, "expected RSC set|delete|show NODE [VALUE]");
        }
        String rsc = args.get(0);
        String node = args.get(2);
        Cib cib = backend.load();
        String id = nodeId(cib, node, at);
        List<String> names = StatusXml.transientNames(cib.status(), id).stream()
                .filter(n -> n.equals("fail-count-" + rsc) || n.startsWith("fail-count-" + rsc + "#")).toList();
        switch (args.get(1)) {
            case "show" -> {
                output.out().println("scope=status  name=fail-count-" + rsc + " value=" + sum(cib, id, names));
                output.out().flush();
            }
            case "delete" -> cleanup(List.of(rsc, node), at);
            case "set" -> {
                if (args.size() != 4) {
                    throw new CrmException(at, "expected RSC set NODE VALUE");
                }
                setFailcount(cib, id, rsc, node, names, args.get(3), at);
            }
            default -> throw new CrmException(at, args.get(1) + " is not valid command(should be one of "
                    + "['set', 'delete', 'show'])");
        }
    }

    /** As crmsh: only existing fail counts are set; with several, only to 0 (all of them). */
    private void setFailcount(Cib cib, String id, String rsc, String node, List<String> names, String value,
                              SourceLocation at) {
        if (names.isEmpty()) {
            if (!value.equals("0")) {
                throw new CrmException(at, "resource " + rsc + " has no fail count on " + node + " to set");
            }
            return;
        }
        if (names.size() > 1 && !value.equals("0")) {
            throw new CrmException(at, "resource " + rsc + " has several fail counts on " + node + " ("
                    + String.join(", ", names) + "): only 0 can be set for all of them");
        }
        String status = cib.status();
        for (String n : names) {
            status = StatusXml.setTransient(status, id, n, value);
        }
        backend.updateStatus(cib.withStatus(status));
    }

    private static String sum(Cib cib, String id, List<String> names) {
        long total = 0;
        for (String n : names) {
            String v = StatusXml.transientAttribute(cib.status(), id, n).orElse("0");
            if (v.equalsIgnoreCase("INFINITY") || v.equalsIgnoreCase("+INFINITY")) {
                return "INFINITY";
            }
            total += Long.parseLong(v);
        }
        return total >= 1_000_000 ? "INFINITY" : Long.toString(total);
    }

    /**
     * {@code cleanup [RSC] [NODE]}: on each online node (or NODE), the fail counts and last failures of
     * RSC's primitives (of all resources without RSC) are removed, and the history of those that have
     * failed operations there, as the cluster does for {@code crm_resource --cleanup}.
     */
    void cleanup(List<String> args, SourceLocation at) {
        List<String> rest = args.stream().filter(a -> !a.equals("force")).toList();
        Cib cib = backend.load();
        ClusterState state = ClusterState.of(cib, java.time.Instant.now());
        String rsc = rest.isEmpty() ? null : rest.get(0);
        List<String> primitives = rsc == null ? null : primitives(cib, state, rsc, at);
        String onlyNode = rest.size() > 1 ? rest.get(1) : null;
        if (onlyNode != null && state.node(onlyNode).isEmpty()) {
            throw new CrmException(at, rsc == null ? "Unknown node: " + onlyNode
                    : "Unable to clean up " + rsc + " because node " + onlyNode + " not found");
        }
        Predicate<String> ours = id -> primitives == null || primitives.contains(base(id));
        String status = cib.status();
        for (NodeState n : state.nodes()) {
            if ((onlyNode != null && !onlyNode.equals(n.name())) || (onlyNode == null && !n.online())) {
                continue;
            }
            status = StatusXml.deleteTransient(status, n.id(), name -> isFailureAttribute(name, ours));
            List<String> failed = new ArrayList<>();
            for (FailedAction f : state.failedActions()) {
                if (f.node().equals(n.name()) && ours.test(f.resource())) {
                    failed.add(base(f.resource()));
                }
            }
            status = StatusXml.deleteHistory(status, n.id(), id -> failed.contains(base(id)));
            if (primitives != null) {
                for (String p : primitives) {
                    output.info("Cleaned up " + p + " on " + n.name());
                }
            }
        }
        if (primitives == null) {
            output.info("Cleaned up all resources on " + (onlyNode == null ? "all nodes" : onlyNode));
        }
        if (!status.equals(cib.status())) {
            backend.updateStatus(cib.withStatus(status));
        }
    }

    private static boolean isFailureAttribute(String name, Predicate<String> ours) {
        for (String prefix : List.of("fail-count-", "last-failure-")) {
            if (name.startsWith(prefix)) {
                String rest = name.substring(prefix.length());
                int hash = rest.indexOf('#');
                return ours.test(hash < 0 ? rest : rest.substring(0, hash));
            }
        }
        return false;
    }

    /** A clone instance's primitive id ({@code rsc:1} is {@code rsc}). */
    private static String base(String id) {
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(0, colon);
    }

    /** RSC's primitives: from the configuration, else (a bundle's or an orphan's) as the status knows it. */
    private static List<String> primitives(Cib cib, ClusterState state, String rsc, SourceLocation at) {
        Optional<CibObject> configured = cib.find(base(rsc)).filter(ConfigEditor::isResource);
        if (configured.isPresent()) {
            return primitives(cib, configured.get());
        }
        if (state.resource(rsc).isPresent() || state.failCounts().stream().anyMatch(f -> base(f.resource())
                .equals(base(rsc)))) {
            return List.of(base(rsc));
        }
        throw new CrmException(at, "Resource '" + rsc + "' not found");
    }

    /** The primitives in a resource (itself, a group's members, a clone's child's primitives, ...). */
    private static List<String> primitives(Cib cib, CibObject o) {
        List<String> children = ConfigEditor.childIds(o);
        if (children.isEmpty()) {
            return List.of(o.id());
        }
        List<String> out = new ArrayList<>();
        for (String c : children) {
            cib.find(c).ifPresent(child -> out.addAll(primitives(cib, child)));
        }
        return out;
    }

    /** The node's id; an error when it is not a node or has no status entry (crm_attribute's ENXIO). */
    private static String nodeId(Cib cib, String node, SourceLocation at) {
        // a remote or guest node has a node_state but no entry in the nodes section
        Optional<NodeState> known = ClusterState.of(cib, java.time.Instant.now()).node(node);
        String id = known.isPresent() ? known.get().id() : NodeAttributes.node(cib, node, at).id();
        if (!StatusXml.hasNode(cib.status(), id)) {
            throw new CrmException(at, "node " + node + " has no entry in the CIB's status section (node_state): "
                    + "status attributes need the cluster's status");
        }
        return id;
    }
}

package crmj.cib.scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Edits a CIB's status section as crm_simulate's injections do (Pacemaker 2.1.5, pcmk_injections.c and
 * pcmk_simulate.c): node states brought up, taken down, failed and fenced; resource operation results added
 * to the operation history; fail counts and tickets set. It works on one CIB document, changed in place.
 */
final class StatusInjector {
    private static final String ORIGIN = "crm_simulate";
    private static final Set<String> CLASSES = Set.of("ocf", "stonith", "service", "upstart", "systemd", "lsb");
    private static final int INFINITY = 1_000_000;

    private final XmlTree cib;
    private final long now;
    private boolean createNodeEntries;

    /**
     * @param cib the CIB's root element (changed in place)
     * @param now the time to record for results and failures, in seconds since the epoch
     */
    StatusInjector(XmlTree cib, long now) {
        this.cib = cib;
        this.now = now;
        cib.firstOrAdd("status");
    }

    /** Makes node state lookups also add a {@code <node>} entry to the configuration, as --node-up does. */
    void createNodeEntries() {
        createNodeEntries = true;
    }

    XmlTree cib() {
        return cib;
    }

    long now() {
        return now;
    }

    private XmlTree status() {
        return cib.firstOrAdd("status");
    }

    private Optional<XmlTree> nodes() {
        return cib.first("configuration").flatMap(c -> c.first("nodes"));
    }

    /** A node's state entry, created (with the node's id from the configuration, or {@code uuid}) if missing. */
    XmlTree node(String uname, String uuid) {
        if (createNodeEntries) {
            addNodeEntry(uname);
        }
        Optional<XmlTree> found = status().find(e -> e.tag().equals("node_state") && uname.equals(e.attr("uname")),
                e -> e.tag().equals("node_state"));
        if (found.isPresent()) {
            return found.get();
        }
        // a node the configuration does not list (a remote or guest node) is known by its name
        String id = uuid != null ? uuid : configuredId(uname).orElse(uname);
        return status().add(XmlTree.element("node_state").set("id", id).set("uname", uname));
    }

    private void addNodeEntry(String uname) {
        boolean known = cib.find(e -> e.tag().equals("node") && uname.equals(e.attr("uname"))).isPresent();
        if (!known) {
            XmlTree configuration = cib.firstOrAdd("configuration");
            configuration.firstOrAdd("nodes").add(XmlTree.element("node").set("id", uname).set("uname", uname));
        }
    }

    private Optional<String> configuredId(String uname) {
        return nodes().flatMap(n -> n.elements("node").stream().filter(e -> uname.equals(e.attr("uname")))
                .findFirst()).map(e -> e.attr("id"));
    }

    /** Marks a node up (a cluster member) or down, as Pacemaker's node state change injection does. */
    XmlTree nodeStateChange(String uname, boolean up) {
        XmlTree n = node(uname, null);
        if (up) {
            n.set("in_ccm", "true").set("crmd", "online").set("join", "member").set("expected", "member");
        } else {
            n.set("in_ccm", "false").set("crmd", "offline").set("join", "down").set("expected", "down");
        }
        return n.set("crm-debug-origin", ORIGIN);
    }

    /** --node-up. */
    void nodeUp(String uname) {
        nodeStateChange(uname, true);
    }

    /** --node-down: the node leaves, its operation history and transient attributes are cleared. */
    void nodeDown(String uname) {
        clearHistory(nodeStateChange(uname, false));
    }

    /** --node-fail: the node is a member the cluster layer lost. */
    void nodeFail(String uname) {
        nodeStateChange(uname, true).set("in_ccm", "false");
    }

    /** A fencing action ({@code op} reboot, off or on): all but "on" take the node down and clear it. */
    void fence(String uname, String op) {
        if ("on".equalsIgnoreCase(op)) {
            return;
        }
        XmlTree n = nodeStateChange(uname, false).set("crm-debug-origin", "simulate_fencing_action");
        clearHistory(n);
    }

    private static void clearHistory(XmlTree nodeState) {
        for (String tag : List.of("lrm", "transient_attributes")) {
            nodeState.elements(tag).forEach(nodeState::remove);
        }
    }

    /**
     * A resource's history entry on a node: the one named {@code resource}, else {@code lrmName}, else a new
     * one named {@code lrmName}.
     *
     * @throws InjectionException when a new entry is needed and the agent is incomplete
     */
    XmlTree resourceHistory(XmlTree nodeState, String resource, String lrmName, String rclass, String rtype,
                            String rprovider) {
        Optional<XmlTree> existing = history(nodeState, resource);
        if (existing.isEmpty() && !resource.equals(lrmName)) {
            existing = history(nodeState, lrmName);
        }
        if (existing.isPresent()) {
            return existing.get();
        }
        if (rclass == null || rtype == null) {
            throw new InjectionException("Resource " + resource + " not found in the status section of "
                    + nodeState.attr("id") + ".  Please supply the class and type to continue");
        }
        if (!CLASSES.contains(rclass.toLowerCase())) {
            throw new InjectionException("Invalid class for " + resource + ": " + rclass);
        }
        if (rclass.equalsIgnoreCase("ocf") && rprovider == null) {
            throw new InjectionException("Please specify the provider for resource " + resource);
        }
        XmlTree lrm = nodeState.first("lrm").orElseGet(() ->
                nodeState.add(XmlTree.element("lrm").set("id", nodeState.attr("id"))));
        XmlTree container = lrm.firstOrAdd("lrm_resources");
        return container.add(XmlTree.element("lrm_resource").set("id", lrmName).set("class", rclass)
                .set("provider", rprovider).set("type", rtype));
    }

    private static Optional<XmlTree> history(XmlTree nodeState, String resource) {
        return nodeState.find(e -> e.tag().equals("lrm_resource") && resource.equals(e.attr("id")),
                e -> e.tag().equals("lrm_resource") || e.tag().equals("transient_attributes"));
    }

    /**
     * Records a failure's fail count and last failure time as transient node attributes (nothing for
     * success, nor for "not running" from a probe).
     *
     * @return the lines crm_simulate prints for it
     */
    List<String> failcount(XmlTree nodeState, String resource, String task, long intervalMs, int rc) {
        List<String> lines = new ArrayList<>();
        if (rc == 0 || (rc == 7 && intervalMs == 0)) {
            return lines;
        }
        String suffix = resource + "#" + task + "_" + intervalMs;
        lines.add(transientAttr(nodeState, "fail-count-" + suffix, "value++"));
        lines.add(transientAttr(nodeState, "last-failure-" + suffix, Long.toString(now)));
        return lines;
    }

    private String transientAttr(XmlTree nodeState, String name, String value) {
        String uuid = nodeState.attr("id");
        XmlTree attrs = nodeState.first("transient_attributes").orElseGet(() ->
                nodeState.add(XmlTree.element("transient_attributes").set("id", uuid)));
        XmlTree set = attrs.first("instance_attributes").orElseGet(() ->
                attrs.add(XmlTree.element("instance_attributes").set("id", uuid)));
        String id = (set.attr("id") + "-" + name).replace(':', '.').replace('#', '.');
        Optional<XmlTree> nv = set.elements("nvpair").stream().filter(e -> id.equals(e.attr("id"))).findFirst();
        String stored = value;
        if (value.equals("value++")) {
            int old = nv.map(e -> OpResult.leadingInt(e.attr("value"))).orElse(0);
            stored = Integer.toString(Math.min(INFINITY, old + 1));
        }
        XmlTree pair = nv.orElseGet(() -> set.add(XmlTree.element("nvpair").set("id", id)));
        pair.set("name", name).set("value", stored);
        return "Injecting attribute " + name + "=" + value + " into /node_state '" + uuid + "'";
    }

    /** --quorum: the CIB's have-quorum attribute. */
    void quorum(String value) {
        cib.set("have-quorum", value);
    }

    /** --watchdog: the have-watchdog cluster property. */
    void watchdog(String value) {
        XmlTree config = cib.firstOrAdd("configuration").firstOrAdd("crm_config");
        Optional<XmlTree> existing = config.find(e -> e.tag().equals("nvpair") && "have-watchdog".equals(e.attr("name")));
        if (existing.isPresent()) {
            existing.get().set("value", value);
            return;
        }
        XmlTree set = config.elements("cluster_property_set").stream().findFirst().orElseGet(() ->
                config.add(XmlTree.element("cluster_property_set").set("id", "cib-bootstrap-options")));
        set.add(XmlTree.element("nvpair").set("id", set.attr("id") + "-have-watchdog").set("name", "have-watchdog")
                .set("value", value));
    }

    /** --ticket-grant, --ticket-revoke, --ticket-standby, --ticket-activate: a ticket state attribute. */
    void ticket(String ticket, String attribute, boolean value) {
        XmlTree tickets = status().firstOrAdd("tickets");
        XmlTree state = tickets.elements("ticket_state").stream().filter(t -> ticket.equals(t.attr("id"))).findFirst()
                .orElseGet(() -> tickets.add(XmlTree.element("ticket_state").set("id", ticket)));
        state.set(attribute, Boolean.toString(value));
    }
}

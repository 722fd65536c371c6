package crmj.cib.scheduler;

import crmj.cib.status.ClusterState;
import crmj.cib.status.PrimitiveState;
import crmj.cib.status.ResourceState;
import crmj.cib.status.Role;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads crm_simulate's "Executing Cluster Transition" lines back into graph actions, with what the real
 * scheduler would have put in them as far as injection needs it: the resource's configured name and agent
 * (from the CIB), the probe's expected result (7 where the resource is not running, 8 where it runs promoted,
 * as Pacemaker's probes expect), a recurring monitor's expected result (from its operation's role), and a
 * migration's source and target (from the migrate_to and migrate_from lines). Each action waits for the one
 * before, so they fire in the printed order.
 */
final class ExecutionLines {
    private static final Pattern RESOURCE = Pattern.compile("  \\* Resource action: (\\S+)\\s+(\\S+?)(?:=(\\d+))? on (\\S+)");
    private static final Pattern PSEUDO = Pattern.compile("  \\* Pseudo action:   (\\S+)(?: on (\\S+))?");
    private static final Pattern CLUSTER = Pattern.compile("  \\* Cluster action:  (\\S+)(?: for (\\S+))? on (\\S+)");
    private static final Pattern FENCING = Pattern.compile("  \\* Fencing (\\S+) \\((\\S+)\\)");
    private static final Pattern BUNDLE_PART = Pattern.compile("(.+)-(docker|podman|rkt|ip-[^ ]+)-(\\d+)");
    private static final Pattern INSTANCE = Pattern.compile("(.+):(\\d+)");

    private final XmlTree cib;
    private final ClusterState state;
    private final List<GraphAction> actions = new ArrayList<>();

    private ExecutionLines(String cibXml, ClusterState state) {
        this.cib = XmlTree.parse(cibXml);
        this.state = state;
    }

    /** The actions the lines name, in order, each waiting for the one before. */
    static List<GraphAction> parse(List<String> lines, String cibXml, ClusterState state) {
        ExecutionLines p = new ExecutionLines(cibXml, state);
        for (String line : lines) {
            p.line(line);
        }
        return p.withMigrations();
    }

    private void line(String line) {
        int id = actions.size() + 1;
        List<Integer> inputs = id == 1 ? List.of() : List.of(id - 1);
        Matcher m;
        if ((m = RESOURCE.matcher(line)).matches()) {
            actions.add(resourceAction(id, inputs, m.group(1), m.group(2),
                    m.group(3) == null ? 0 : Long.parseLong(m.group(3)), m.group(4)));
        } else if ((m = PSEUDO.matcher(line)).matches()) {
            actions.add(new GraphAction(id, GraphAction.Type.PSEUDO, "", m.group(1), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.ofNullable(m.group(2)), Optional.empty(), 0,
                    Map.of(), inputs));
        } else if ((m = CLUSTER.matcher(line)).matches()) {
            actions.add(new GraphAction(id, GraphAction.Type.CLUSTER, m.group(1), m.group(1),
                    Optional.ofNullable(m.group(2)), Optional.empty(), Optional.empty(), Optional.of(m.group(3)),
                    Optional.empty(), 0, Map.of(), inputs));
        } else if ((m = FENCING.matcher(line)).matches()) {
            actions.add(new GraphAction(id, GraphAction.Type.CLUSTER, "stonith", "stonith-" + m.group(1),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(m.group(1)), Optional.empty(),
                    0, Map.of("CRM_meta_stonith_action", m.group(2)), inputs));
        } else {
            throw new IllegalArgumentException("unrecognised execution line: " + line);
        }
    }

    private GraphAction resourceAction(int id, List<Integer> inputs, String shown, String task, long interval,
                                       String node) {
        Optional<XmlTree> primitive = primitive(shown);
        String config = shown;
        Matcher inst = INSTANCE.matcher(shown);
        if (inst.matches() && primitive.isPresent() && anonymous(primitive.get())) {
            config = inst.group(1);
        }
        Map<String, String> attrs = new HashMap<>();
        int target = task.equals("monitor") ? expected(shown, primitive, interval, node) : 0;
        if (target != 0) {
            attrs.put("CRM_meta_op_target_rc", Integer.toString(target));
        }
        if (task.equals("notify")) {
            attrs.put("CRM_meta_notify_type", "pre");
            attrs.put("CRM_meta_notify_operation", "start");
        }
        return new GraphAction(id, GraphAction.Type.RESOURCE, task, OpResult.opKey(config, task, interval),
                Optional.of(config), Optional.of(shown), agent(shown, primitive), Optional.of(node), Optional.empty(),
                interval, attrs, inputs);
    }

    /** Adds migrate_source and migrate_target to migrations: migrate_to's node, then migrate_from's. */
    private List<GraphAction> withMigrations() {
        List<GraphAction> out = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            GraphAction a = actions.get(i);
            if (a.task().equals("migrate_to") || a.task().equals("migrate_from")) {
                String source = a.node().orElse("");
                String target = source;
                for (GraphAction b : actions) {
                    if (b.resource().equals(a.resource()) && b != a) {
                        if (a.task().equals("migrate_to") && b.task().equals("migrate_from")) {
                            target = b.node().orElse("");
                        } else if (a.task().equals("migrate_from") && b.task().equals("migrate_to")) {
                            source = b.node().orElse("");
                        }
                    }
                }
                Map<String, String> attrs = new HashMap<>(a.attributes());
                attrs.put("CRM_meta_migrate_source", source);
                attrs.put("CRM_meta_migrate_target", target);
                a = new GraphAction(a.id(), a.type(), a.task(), a.key(), a.resource(), a.resourceLongId(), a.agent(),
                        a.node(), a.nodeUuid(), a.intervalMs(), attrs, a.inputs());
            }
            out.add(a);
        }
        return out;
    }

    /** A probe expects what the status says (7 not running, 8 promoted); a recurring monitor its role's. */
    private int expected(String shown, Optional<XmlTree> primitive, long interval, String node) {
        if (interval == 0) {
            Optional<PrimitiveState> running = runningOn(shown, node);
            if (running.isEmpty()) {
                return 7;
            }
            return running.get().role() == Role.PROMOTED ? 8 : 0;
        }
        if (primitive.isEmpty()) {
            return 0;
        }
        for (XmlTree op : primitive.get().findAll(e -> e.tag().equals("op"))) {
            if ("monitor".equals(op.attr("name")) && intervalMs(op.attr("interval")) == interval) {
                String role = op.attr("role");
                if ("Master".equals(role) || "Promoted".equals(role)) {
                    return 8;
                }
                if ("Stopped".equals(role)) {
                    return 7;
                }
            }
        }
        return 0;
    }

    /** The resource (or, for an anonymous instance, any instance of it) running on the node. */
    private Optional<PrimitiveState> runningOn(String shown, String node) {
        Matcher inst = INSTANCE.matcher(shown);
        boolean anonymous = primitive(shown).map(ExecutionLines::anonymous).orElse(false);
        String base = inst.matches() && anonymous ? inst.group(1) : shown;
        List<PrimitiveState> all = new ArrayList<>();
        state.resources().forEach(r -> primitives(r, all));
        for (PrimitiveState p : all) {
            Matcher pi = INSTANCE.matcher(p.id());
            String pBase = pi.matches() && anonymous ? pi.group(1) : p.id();
            if ((p.id().equals(shown) || pBase.equals(base)) && p.runningOn().contains(node)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static void primitives(ResourceState r, List<PrimitiveState> out) {
        if (r instanceof PrimitiveState p) {
            out.add(p);
        }
        r.children().forEach(c -> primitives(c, out));
    }

    private Optional<XmlTree> primitive(String shown) {
        Matcher inst = INSTANCE.matcher(shown);
        String base = inst.matches() ? inst.group(1) : shown;
        return cib.first("configuration").flatMap(c -> c.find(e -> e.tag().equals("primitive")
                && (shown.equals(e.attr("id")) || base.equals(e.attr("id")))));
    }

    private static boolean anonymous(XmlTree primitive) {
        for (XmlTree p = primitive.parent(); p != null; p = p.parent()) {
            if (p.tag().equals("bundle")) {
                return false; // a bundle's graph actions name the replica's instance (httpd:0)
            }
            if (p.tag().equals("clone") || p.tag().equals("master")) {
                XmlTree clone = p;
                return clone.findAll(e -> e.tag().equals("nvpair") && "globally-unique".equals(e.attr("name"))
                        && "true".equalsIgnoreCase(e.attr("value")) && e.parent().parent() == clone).isEmpty();
            }
        }
        return false;
    }

    private Optional<GraphAction.Agent> agent(String shown, Optional<XmlTree> primitive) {
        if (primitive.isPresent()) {
            XmlTree p = primitive.get();
            String template = p.attr("template");
            XmlTree source = template == null ? p
                    : cib.find(e -> e.tag().equals("template") && template.equals(e.attr("id"))).orElse(p);
            if (source.attr("class") == null || source.attr("type") == null) {
                return Optional.empty();
            }
            return Optional.of(new GraphAction.Agent(source.attr("class"), Optional.ofNullable(source.attr("provider")),
                    source.attr("type")));
        }
        Matcher b = BUNDLE_PART.matcher(shown);
        if (b.matches()) {
            String kind = b.group(2).startsWith("ip-") ? "IPaddr2" : b.group(2);
            return Optional.of(new GraphAction.Agent("ocf", Optional.of("heartbeat"), kind));
        }
        return Optional.of(new GraphAction.Agent("ocf", Optional.of("pacemaker"), "remote"));
    }

    /** An interval as Pacemaker reads one (a number with an optional unit; seconds by default). */
    static long intervalMs(String spec) {
        if (spec == null) {
            return 0;
        }
        Matcher m = Pattern.compile("\\s*(\\d+)\\s*([a-z]*)\\s*").matcher(spec.toLowerCase());
        if (!m.matches()) {
            return 0;
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms", "msec" -> n;
            case "", "s", "sec" -> n * 1000;
            case "m", "min" -> n * 60_000;
            case "h", "hr" -> n * 3_600_000;
            default -> 0;
        };
    }
}

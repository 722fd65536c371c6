package crmj.shell;

import crmj.cib.model.Cib;
import crmj.cib.model.CibObject;
import crmj.cib.model.NodeDef;
import crmj.cib.model.ObjectType;
import crmj.cib.model.PropertySet;
import crmj.cib.status.ClusterState;
import crmj.cib.status.CrmMonFormatter;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code crm status}: crm_mon's one-shot text (Cluster Summary, Node List, Full List of Resources), from
 * the CIB and its status section, through the same formatter as {@code crm simulate}.
 */
final class StatusCommand {
    private static final DateTimeFormatter ASCTIME = DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy",
            Locale.ROOT);

    private StatusCommand() {
    }

    static String render(Cib cib, ZonedDateTime now) {
        ClusterState state = ClusterState.of(cib);
        StringBuilder out = new StringBuilder("Cluster Summary:\n");
        out.append("  * Stack: ").append(property(cib, "cluster-infrastructure").orElse("unknown")).append('\n');
        out.append("  * Current DC: ").append(dc(cib)).append('\n');
        out.append("  * Last updated: ").append(ASCTIME.format(now)).append('\n');
        out.append("  * Last change:  ").append(lastChange(cib)).append('\n');
        long nodes = state.nodes().size();
        out.append("  * ").append(nodes).append(nodes == 1 ? " node" : " nodes").append(" configured\n");
        int instances = state.instances();
        out.append("  * ").append(instances).append(instances == 1 ? " resource instance" : " resource instances")
                .append(" configured");
        if (state.disabledInstances() > 0 && state.blockedInstances() > 0) {
            out.append(" (").append(state.disabledInstances()).append(" DISABLED, ").append(state.blockedInstances())
                    .append(" BLOCKED from further action due to failure)");
        } else if (state.disabledInstances() > 0) {
            out.append(" (").append(state.disabledInstances()).append(" DISABLED)");
        } else if (state.blockedInstances() > 0) {
            out.append(" (").append(state.blockedInstances()).append(" BLOCKED from further action due to failure)");
        }
        out.append("\n\n");
        for (String line : CrmMonFormatter.body(state).split("\n", -1)) {
            if (line.startsWith("  * Node List:") || line.startsWith("  * Full List of Resources:")
                    || line.startsWith("  * Failed Resource Actions:")) {
                out.append(line.substring(4));
            } else if (line.startsWith("  ")) {
                out.append(line.substring(2));
            } else {
                out.append(line);
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String dc(Cib cib) {
        Optional<String> uuid = cib.attribute("dc-uuid");
        if (uuid.isEmpty()) {
            return "NONE";
        }
        String name = null;
        for (CibObject o : cib.objects()) {
            if (o instanceof NodeDef n && n.id().equals(uuid.get())) {
                name = n.uname();
            }
        }
        if (name == null) {
            return "NONE";
        }
        String version = " (version " + property(cib, "dc-version").orElse("unknown") + ")";
        String quorum = cib.attribute("have-quorum").map(q -> q.equals("1") || q.equals("true")).orElse(false)
                ? "partition with quorum" : "partition WITHOUT quorum";
        return name + version + " - " + quorum;
    }

    private static String lastChange(Cib cib) {
        StringBuilder s = new StringBuilder(cib.attribute("cib-last-written").orElse(""));
        cib.attribute("update-user").ifPresent(u -> s.append(" by ").append(u));
        cib.attribute("update-client").ifPresent(c -> s.append(" via ").append(c));
        cib.attribute("update-origin").ifPresent(o -> s.append(" on ").append(o));
        return s.toString();
    }

    private static Optional<String> property(Cib cib, String name) {
        for (CibObject o : cib.objects()) {
            if (o instanceof PropertySet ps && ps.type() == ObjectType.PROPERTY) {
                Optional<String> v = ps.set().value(name);
                if (v.isPresent()) {
                    return v;
                }
            }
        }
        return Optional.empty();
    }
}

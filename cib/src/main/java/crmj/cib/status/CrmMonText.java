package crmj.cib.status;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code crm_mon -1}'s default text ({@code pcmk__cluster_status_text} with the summary, nodes, active
 * resources and failures sections), as {@code crm status} prints it.
 */
public final class CrmMonText {
    private static final DateTimeFormatter CTIME =
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.ENGLISH);

    private final ClusterState state;
    private final ZoneId zone;
    private final boolean inactive;

    public CrmMonText(ClusterState state, ZoneId zone, boolean inactive) {
        this.state = state;
        this.zone = zone;
        this.inactive = inactive;
    }

    public String print(Instant lastUpdated) {
        TextOut out = new TextOut();
        summary(out, lastUpdated);
        if (state.maintenanceMode()) {
            out.raw("\n              *** Resource management is DISABLED ***\n"
                    + "  The cluster will not attempt to start, stop or recover services\n");
        } else if (state.stopAllResources()) {
            out.raw("\n    *** Resource management is DISABLED ***\n"
                    + "  The cluster will keep all resources stopped\n");
        }
        if (!state.nodes().isEmpty()) {
            out.spacer();
            NodeListText.print(out, state);
        }
        // the summary always prints, so every later section is preceded by an empty line
        new ResourceText(new StatusView(state, true, inactive)).printList(out, true);
        new FailedActionText(state, zone).print(out);
        return out.toString();
    }

    private void summary(TextOut out, Instant lastUpdated) {
        out.begin("Cluster Summary");
        out.item("Stack: " + state.properties().getOrDefault("cluster-infrastructure", "unknown"));
        Optional<String> dc = state.dcNode();
        if (dc.isPresent()) {
            out.item("Current DC: " + dc.get() + " (version "
                    + state.properties().getOrDefault("dc-version", "unknown") + ") - partition "
                    + (Values.isTrue(state.cibAttributes().get("have-quorum")) ? "with" : "WITHOUT") + " quorum");
        } else {
            out.item("Current DC: NONE");
        }
        out.item("Last updated: " + ctime(lastUpdated.getEpochSecond()));
        out.item("Last change:  " + lastChange());
        int nodes = state.nodes().size();
        out.item(nodes + " node" + (nodes == 1 ? "" : "s") + " configured");
        out.item(instances());
        out.end();
    }

    private String lastChange() {
        StringBuilder s = new StringBuilder();
        var a = state.cibAttributes();
        s.append(a.getOrDefault("cib-last-written", ""));
        if (a.containsKey("update-user")) {
            s.append(" by ").append(a.get("update-user"));
        }
        if (a.containsKey("update-client")) {
            s.append(" via ").append(a.get("update-client"));
        }
        if (a.containsKey("update-origin")) {
            s.append(" on ").append(a.get("update-origin"));
        }
        return s.toString();
    }

    private String instances() {
        int n = state.instances();
        int disabled = state.disabledInstances();
        int blocked = state.blockedInstances();
        String s = n + " resource instance" + (n == 1 ? "" : "s") + " configured";
        if (disabled != 0 && blocked != 0) {
            return s + " (" + disabled + " DISABLED, " + blocked + " BLOCKED from further action due to failure)";
        } else if (disabled != 0) {
            return s + " (" + disabled + " DISABLED)";
        } else if (blocked != 0) {
            return s + " (" + blocked + " BLOCKED from further action due to failure)";
        }
        return s;
    }

    /** {@code ctime}-style time in the given zone. */
    public static String ctime(long epochSeconds, ZoneId zone) {
        return CTIME.format(Instant.ofEpochSecond(epochSeconds).atZone(zone));
    }

    private String ctime(long epochSeconds) {
        return ctime(epochSeconds, zone);
    }
}

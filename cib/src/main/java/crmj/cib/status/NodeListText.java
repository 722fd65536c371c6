package crmj.cib.status;

import java.util.ArrayList;
import java.util.List;

/**
 * crm_mon's "Node List" ({@code node_list_text}): nodes in a special state on their own lines, the others
 * summarised as Online, OFFLINE, RemoteOnline, RemoteOFFLINE and GuestOnline lists.
 */
public final class NodeListText {
    private NodeListText() {
    }

    /** Prints the list; false when there are no nodes (then nothing is printed). */
    public static boolean print(TextOut out, ClusterState state) {
        if (state.nodes().isEmpty()) {
            return false;
        }
        out.begin("Node List");
        List<String> online = new ArrayList<>();
        List<String> offline = new ArrayList<>();
        List<String> remoteOnline = new ArrayList<>();
        List<String> remoteOffline = new ArrayList<>();
        List<String> guestOnline = new ArrayList<>();
        for (NodeState n : state.nodes()) {
            if (n.unclean() || n.pending() || (n.standbyOnFail() && n.online()) || n.standby() || n.maintenance()
                    || n.health() != NodeState.Health.GREEN) {
                out.item(individual(n));
            } else if (n.online()) {
                if (n.kind() == NodeState.Kind.GUEST) {
                    guestOnline.add(n.name());
                } else if (n.kind() == NodeState.Kind.REMOTE) {
                    remoteOnline.add(n.name());
                } else {
                    online.add(n.name());
                }
            } else if (n.kind() == NodeState.Kind.REMOTE) {
                remoteOffline.add(n.name());
            } else if (n.kind() != NodeState.Kind.GUEST) {
                offline.add(n.name());
            }
        }
        summary(out, "Online", online);
        summary(out, "OFFLINE", offline);
        summary(out, "RemoteOnline", remoteOnline);
        summary(out, "RemoteOFFLINE", remoteOffline);
        summary(out, "GuestOnline", guestOnline);
        out.end();
        return true;
    }

    private static void summary(TextOut out, String label, List<String> names) {
        if (!names.isEmpty()) {
            out.item(label + ": [ " + String.join(" ", names) + " ]");
        }
    }

    private static String individual(NodeState n) {
        String type = n.kind() == NodeState.Kind.GUEST ? "GuestNode"
                : n.kind() == NodeState.Kind.REMOTE ? "RemoteNode" : "Node";
        String s = type + " " + n.name() + ": " + status(n);
        if (n.health() == NodeState.Health.RED) {
            s += " (health is RED)";
        } else if (n.health() == NodeState.Health.YELLOW) {
            s += " (health is YELLOW)";
        }
        return s;
    }

    /** {@code node_text_status}. */
    public static String status(NodeState n) {
        if (n.unclean()) {
            return n.online() ? "UNCLEAN (online)" : n.pending() ? "UNCLEAN (pending)" : "UNCLEAN (offline)";
        } else if (n.pending()) {
            return "pending";
        } else if (n.standbyOnFail() && n.online()) {
            return "standby (on-fail)";
        } else if (n.standby()) {
            if (n.online()) {
                return n.runningResources() > 0 ? "standby (with active resources)" : "standby";
            }
            return "OFFLINE (standby)";
        } else if (n.maintenance()) {
            return n.online() ? "maintenance" : "OFFLINE (maintenance)";
        } else if (n.online()) {
            return "online";
        }
        return "OFFLINE";
    }
}

package crmj.cib.status;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Lookups the text formatters share: nodes by name, activity of collective resources, failed probes. */
public final class StatusView {
    private final ClusterState state;
    private final boolean showPending;
    private final boolean showInactive;
    private final Map<String, NodeState> nodes = new HashMap<>();

    public StatusView(ClusterState state, boolean showPending, boolean showInactive) {
        this.state = state;
        this.showPending = showPending;
        this.showInactive = showInactive;
        for (NodeState n : state.nodes()) {
            nodes.putIfAbsent(n.name(), n);
        }
    }

    public ClusterState state() {
        return state;
    }

    /** Whether pending operations are shown (crm_simulate shows them). */
    public boolean showPending() {
        return showPending;
    }

    /** Whether inactive resources are listed (crm_simulate lists them, crm_mon does not by default). */
    public boolean showInactive() {
        return showInactive;
    }

    public NodeState node(String name) {
        return name == null ? null : nodes.get(name);
    }

    /** {@code fns->active(rsc, all)}: all (or any) of the resource's primitives are active. */
    public boolean active(ResourceState r, boolean all) {
        if (r instanceof PrimitiveState p) {
            return p.active();
        }
        if (r instanceof GroupState) {
            boolean any = false;
            boolean every = true;
            for (ResourceState c : r.children()) {
                if (active(c, all)) {
                    any = true;
                } else {
                    every = false;
                }
            }
            return any && (!all || every);
        }
        for (ResourceState c : r.children()) {
            boolean a = active(c, all);
            if (!all && a) {
                return true;
            } else if (all && !a) {
                return false;
            }
        }
        return all;
    }

    /**
     * {@code pcmk__rsc_filtered_by_node} with every node wanted: active, yet running nowhere (a group whose
     * unmanaged members run on an offline node is not recorded as running there).
     */
    public boolean filteredByNode(ResourceState r) {
        return active(r, false) && r.runningOn().isEmpty();
    }

    /** {@code is_set_recursive}: the flag is set on any (or on every) resource of the tree. */
    public boolean isSetRecursive(ResourceState r, ResourceFlag flag, boolean any) {
        if (r.has(flag)) {
            if (any) {
                return true;
            }
        } else if (!any) {
            return false;
        }
        for (ResourceState c : r.children()) {
            if (isSetRecursive(c, flag, any)) {
                if (any) {
                    return true;
                }
            } else if (!any) {
                return false;
            }
        }
        return !any;
    }

    /**
     * {@code pe__failed_probe_for_rsc}: a masked probe failure of the resource (named {@code rscId}, the
     * clone's child id for clone members) on a node (any node when null).
     */
    public Optional<FailedAction> failedProbe(String rscId, String nodeName) {
        for (FailedAction f : state.failedActions()) {
            if (!f.maskedProbe()) {
                continue;
            }
            String onNode = f.onNode().orElse(null);
            if (onNode == null || (nodeName != null && !nodeName.equalsIgnoreCase(onNode))) {
                continue;
            }
            OpKey key = OpKey.parse(f.operationKey());
            if (key != null && key.rscId().equals(rscId)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** {@code services_ocf_exitcode_str}. */
    public static String exitText(int rc) {
        switch (rc) {
            case 0: return "ok";
            case 1: return "error";
            case 2: return "invalid parameter";
            case 3: return "unimplemented feature";
            case 4: return "insufficient privileges";
            case 5: return "not installed";
            case 6: return "not configured";
            case 7: return "not running";
            case 8: return "promoted";
            case 9: return "promoted (failed)";
            case 190: return "OCF_DEGRADED";
            case 191: return "promoted (degraded)";
            default: return "unknown";
        }
    }
}

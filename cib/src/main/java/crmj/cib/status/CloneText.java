package crmj.cib.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A clone as crm_mon prints it ({@code pe__clone_default}): instances that need detail on their own lines,
 * the others summarised as {@code Promoted: [ ... ]}, {@code Started: [ ... ]} / {@code Unpromoted: [ ... ]}
 * and {@code Stopped: [ ... ]} node lists.
 */
public final class CloneText {
    private final StatusView view;
    private final ResourceText resources;
    private boolean header;

    public CloneText(StatusView view, ResourceText resources) {
        this.view = view;
        this.resources = resources;
    }

    public boolean print(TextOut out, CloneState c) {
        boolean unique = c.has(ResourceFlag.UNIQUE);
        Map<String, String> stopped = null;
        List<String> promoted = new ArrayList<>();
        List<String> started = new ArrayList<>();
        for (ResourceState child : c.children()) {
            boolean partial = view.active(child, false);
            if (view.filteredByNode(child)) {
                continue;
            }
            boolean full = false;
            if (unique) {
                full = partial || !c.has(ResourceFlag.ORPHAN);
            } else if (view.showPending() && pendingTask(child)) {
                full = true;
            } else if (!partial) {
                if (!child.has(ResourceFlag.ORPHAN) && view.showInactive()) {
                    stopped = stopped == null ? new TreeMap<>() : stopped;
                    stopped.put(child.id(), "Stopped");
                }
            } else if (view.isSetRecursive(child, ResourceFlag.ORPHAN, true)
                    || !view.isSetRecursive(child, ResourceFlag.MANAGED, false)
                    || view.isSetRecursive(child, ResourceFlag.FAILED, true)) {
                full = true;
            } else if (view.active(child, true)) {
                String location = singleLocation(child);
                if (location == null) {
                    full = true;
                } else {
                    NodeState n = view.node(location);
                    if (n != null && !n.online() && n.unclean()) {
                        full = true;
                    } else if (state(child).isAfter(Role.UNPROMOTED)) {
                        promoted.add(location);
                    } else {
                        started.add(location);
                    }
                }
            } else {
                full = true;
            }
            if (full) {
                header(out, c);
                resources.printInstance(out, child, c.childId());
            }
        }
        printList(out, c, "Promoted", promoted);
        boolean promotable = c.has(ResourceFlag.PROMOTABLE);
        String startedLabel = !promotable ? "Started"
                : Role.parse(c.targetRole().orElse(null)) == Role.UNPROMOTED ? "Unpromoted (target-role)"
                : "Unpromoted";
        printList(out, c, startedLabel, started);
        int activeInstances = promoted.size() + started.size();
        if (view.showInactive()) {
            if (!unique && c.cloneMax() > activeInstances) {
                stopped = stoppedByNode(c);
            }
            if (stopped != null) {
                header(out, c);
                printStopped(out, stopped);
            } else if (activeInstances == 0) {
                header(out, c);
            }
        }
        if (header) {
            out.end();
        }
        return header;
    }

    private void printList(TextOut out, CloneState c, String label, List<String> nodes) {
        if (nodes.isEmpty()) {
            return;
        }
        List<String> sorted = GSort.sort(nodes, Values.NUMERIC_CASE_ORDER);
        header(out, c);
        out.item(label + ": [ " + String.join(" ", sorted) + " ]");
    }

    /** The Stopped table of an anonymous clone: allowed (or known) nodes where no instance runs. */
    private Map<String, String> stoppedByNode(CloneState c) {
        List<String> candidates = c.allowedNodes().isEmpty() ? c.knownOn() : c.allowedNodes();
        Map<String, String> stopped = null;
        boolean disabled = Role.parse(c.targetRole().orElse(null)) == Role.STOPPED;
        for (String node : candidates) {
            if (c.runningOn().stream().anyMatch(node::equalsIgnoreCase)) {
                continue;
            }
            stopped = stopped == null ? new TreeMap<>() : stopped;
            Optional<FailedAction> probe = view.failedProbe(c.childId(), node);
            if (probe.isPresent()) {
                stopped.put(node, "Stopped (" + StatusView.exitText(probe.get().rc()) + ")");
            } else {
                stopped.put(node, disabled ? "Stopped (disabled)" : "Stopped");
            }
        }
        return stopped;
    }

    private static void printStopped(TextOut out, Map<String, String> stopped) {
        List<String> statuses = new ArrayList<>(new java.util.TreeSet<>(stopped.values()));
        for (String status : statuses) {
            List<String> nodes = new ArrayList<>();
            stopped.forEach((node, s) -> {
                if (s.equals(status)) {
                    nodes.add(node);
                }
            });
            List<String> sorted = GSort.sort(nodes, Values.NUMERIC_CASE_ORDER);
            out.item(status + ": [ " + String.join(" ", sorted) + " ]");
        }
    }

    private void header(TextOut out, CloneState c) {
        if (header) {
            return;
        }
        header = true;
        List<String> attrs = new ArrayList<>();
        if (c.has(ResourceFlag.PROMOTABLE)) {
            attrs.add("promotable");
        }
        if (c.has(ResourceFlag.UNIQUE)) {
            attrs.add("unique");
        }
        if (!c.has(ResourceFlag.MANAGED)) {
            attrs.add("unmanaged");
        }
        if (c.disabled()) {
            attrs.add("disabled");
        }
        String title = "Clone Set: " + c.id() + " [" + c.childId() + "]";
        out.begin(attrs.isEmpty() ? title : title + " (" + String.join(", ", attrs) + ")");
    }

    /** The instance has a pending operation other than a probe (a primitive's own pending task only). */
    private static boolean pendingTask(ResourceState r) {
        return r instanceof PrimitiveState p && p.pendingTask().isPresent() && !p.pendingTask().get().equals("probe");
    }

    /** {@code fns->location(child, NULL, TRUE)}: the single node the instance runs on, else null. */
    private static String singleLocation(ResourceState r) {
        List<String> nodes = new ArrayList<>();
        collect(r, nodes);
        return nodes.size() == 1 ? nodes.get(0) : null;
    }

    private static void collect(ResourceState r, List<String> nodes) {
        if (r instanceof PrimitiveState p) {
            for (String n : p.runningOn()) {
                if (!nodes.contains(n)) {
                    nodes.add(n);
                }
            }
            return;
        }
        for (ResourceState c : r.children()) {
            collect(c, nodes);
        }
    }

    /** {@code fns->state(child, TRUE)}: the highest current role of the instance's primitives. */
    private static Role state(ResourceState r) {
        if (r instanceof PrimitiveState p) {
            return p.role();
        }
        Role max = Role.UNKNOWN;
        for (ResourceState c : r.children()) {
            Role role = state(c);
            if (role.isAfter(max)) {
                max = role;
            }
        }
        return max;
    }
}

package crmj.cib.status;

import java.util.Optional;

/** One primitive's line as crm_mon prints it ({@code pcmk__native_output_string}). */
public final class PrimitiveText {
    private final StatusView view;

    public PrimitiveText(StatusView view) {
        this.view = view;
    }

    /**
     * Prints the primitive unless it is internal.
     *
     * @param probeId the id failed probes are recorded under (the clone child's id inside clones)
     * @param rscOnly print without node (crm_mon's per-node listing)
     */
    public void print(TextOut out, PrimitiveState p, String probeId, boolean rscOnly) {
        if (p.internal()) {
            return;
        }
        String node = p.activeNode().orElse(p.pendingNode().orElse(null));
        out.item(line(p, node, probeId, rscOnly));
    }

    public String line(PrimitiveState p, String nodeIn, String probeId, boolean rscOnly) {
        String node = nodeIn;
        if (node == null && p.lockNode().isPresent()) {
            node = p.lockNode().get();
        }
        boolean multiple = p.runningOn().size() > 1;
        if (rscOnly || multiple) {
            node = null;
        }
        StringBuilder s = new StringBuilder();
        s.append(p.name()).append("\t(").append(p.agentClass());
        p.provider().ifPresent(pr -> s.append(':').append(pr));
        s.append(':').append(p.agentType()).append("):\t");
        if (p.has(ResourceFlag.ORPHAN)) {
            s.append(" ORPHANED");
        }
        Role shown = displayableRole(p);
        if (p.has(ResourceFlag.FAILED)) {
            s.append(" FAILED");
            if (shown.isAfter(Role.UNPROMOTED)) {
                s.append(' ').append(shown.text());
            }
        } else {
            String pending = view.showPending() ? pendingState(p) : null;
            s.append(' ').append(pending != null ? pending : shown.text());
        }
        if (node != null) {
            s.append(' ').append(node);
        }
        if (shown == Role.STOPPED) {
            view.failedProbe(probeId, node).ifPresent(f ->
                    s.append(" (").append(StatusView.exitText(f.rc())).append(") "));
        }
        appendFlags(s, p, node);
        if (rscOnly || multiple) {
            p.description().ifPresent(d -> s.append(' ').append(d));
        }
        if (!rscOnly && multiple) {
            s.append(" [ ").append(String.join(" ", p.runningOn())).append(" ]");
        }
        return s.toString();
    }

    private void appendFlags(StringBuilder s, PrimitiveState p, String node) {
        Flags f = new Flags(s);
        NodeState n = view.node(node);
        if (n != null && !n.online() && n.unclean()) {
            f.add("UNCLEAN");
        }
        if (node != null && node.equals(p.lockNode().orElse(null))) {
            f.add("LOCKED");
        }
        if (view.showPending() && "monitor".equals(p.pendingTask().orElse(null))) {
            f.add("Monitoring");
        }
        Optional<String> target = p.targetRole();
        if (target.isPresent()) {
            Role role = Role.parse(target.get());
            if (role == Role.STOPPED) {
                f.add("disabled");
            } else if (p.has(ResourceFlag.PROMOTABLE) && role == Role.UNPROMOTED) {
                f.add("target-role:" + target.get());
            }
        }
        if (p.has(ResourceFlag.BLOCKED)) {
            f.add("blocked");
        } else if (!p.has(ResourceFlag.MANAGED)) {
            f.add("unmanaged");
        }
        if (p.has(ResourceFlag.FAILURE_IGNORED)) {
            f.add("failure ignored");
        }
        f.close();
    }

    /** {@code native_pending_state}: Starting, Stopping, Migrating, Promoting, Demoting, or null. */
    private static String pendingState(PrimitiveState p) {
        String task = p.pendingTask().orElse("");
        switch (task) {
            case "start":
                return "Starting";
            case "stop":
                return "Stopping";
            case "migrate_to", "migrate_from":
                return "Migrating";
            case "promote":
                return "Promoting";
            case "demote":
                return "Demoting";
            default:
                return null;
        }
    }

    /** {@code native_displayable_role}: Started shows as Unpromoted in promotable clones. */
    public static Role displayableRole(PrimitiveState p) {
        if (p.role() == Role.STARTED && p.has(ResourceFlag.PROMOTABLE)) {
            return Role.UNPROMOTED;
        }
        return p.role();
    }

    /** A parenthesised, comma-separated flag list. */
    private static final class Flags {
        private final StringBuilder s;
        private boolean any;

        Flags(StringBuilder s) {
            this.s = s;
        }

        void add(String flag) {
            s.append(any ? ", " : " (").append(flag);
            any = true;
        }

        void close() {
            if (any) {
                s.append(')');
            }
        }
    }
}

package crmj.cib.status;

/**
 * A bundle as crm_mon prints it ({@code pe__bundle_text}): a header naming the image, then one line per
 * replica showing the bundled resource (or the container) under the replica's name and address.
 */
public final class BundleText {
    private final ResourceText resources;

    public BundleText(ResourceText resources) {
        this.resources = resources;
    }

    public boolean print(TextOut out, BundleState b) {
        boolean header = false;
        for (BundleState.Replica r : b.replicas()) {
            if (resources.view().filteredByNode(r.container())) {
                continue;
            }
            if (!header) {
                StringBuilder title = new StringBuilder("Container bundle");
                if (b.replicas().size() > 1) {
                    title.append(" set");
                }
                title.append(": ").append(b.id()).append(" [").append(b.image()).append(']');
                if (b.has(ResourceFlag.UNIQUE)) {
                    title.append(" (unique)");
                }
                if (!b.has(ResourceFlag.MANAGED)) {
                    title.append(" (unmanaged)");
                }
                out.begin(title.toString());
                header = true;
            }
            printReplica(out, r);
        }
        if (header) {
            out.end();
        }
        return header;
    }

    private void printReplica(TextOut out, BundleState.Replica r) {
        PrimitiveState shown = r.child().filter(PrimitiveState.class::isInstance).map(PrimitiveState.class::cast)
                .orElse(r.container());
        String name = r.remote().map(PrimitiveState::name).orElse(r.container().name());
        if (r.ipAddress().isPresent()) {
            name += " (" + r.ipAddress().get() + ")";
        }
        String probeId = r.child().isPresent() ? childProbeId(r) : shown.id();
        PrimitiveState renamed = rename(shown, name);
        out.item(resources.primitives().line(renamed, r.container().activeNode().orElse(null), probeId, false));
    }

    /** Failed probes of a bundled instance are recorded under the configured primitive's id. */
    private static String childProbeId(BundleState.Replica r) {
        return r.child().map(ResourceState::id).map(FailCounts::cloneStrip).orElse("");
    }

    private static PrimitiveState rename(PrimitiveState p, String name) {
        return new PrimitiveState(p.id(), name, p.agentClass(), p.provider(), p.agentType(), p.role(), p.nextRole(),
                p.runningOn(), p.activeNode(), p.active(), p.pendingTask(), p.pendingNode(), p.lockNode(),
                p.targetRole(), p.description(), p.internal(), p.flags());
    }
}

package crmj.cib.status;

import java.util.ArrayList;
import java.util.List;

/**
 * The "Full List of Resources" of crm_mon's text output with inactive resources shown (as crm_simulate
 * prints it): primitives, groups, clones and bundles, each as {@code pe__*_default} / {@code *_text} print.
 */
public final class ResourceText {
    private final StatusView view;
    private final PrimitiveText primitives;

    public ResourceText(StatusView view) {
        this.view = view;
        this.primitives = new PrimitiveText(view);
    }

    /**
     * {@code resource_list}: every top-level resource but inactive orphans (and, unless inactive resources
     * are shown, inactive ones); "No resources" or "No active resources" when nothing was printed.
     */
    public void printList(TextOut out, boolean spacer) {
        String title = view.showInactive() ? "Full List of Resources" : "Active Resources";
        boolean header = false;
        boolean printed = false;
        for (ResourceState r : view.state().resources()) {
            boolean active = view.active(r, true);
            boolean partial = view.active(r, false);
            if (r.has(ResourceFlag.ORPHAN) && !active) {
                continue;
            }
            if (!partial && !view.showInactive()) {
                continue;
            }
            if (partial && r.runningOn().isEmpty()) {
                continue;
            }
            if (!header) {
                header = begin(out, title, spacer);
            }
            printed |= print(out, r);
        }
        if (!printed) {
            if (!header) {
                begin(out, title, spacer);
            }
            out.item(view.showInactive() ? "No resources" : "No active resources");
        }
        out.end();
    }

    private static boolean begin(TextOut out, String title, boolean spacer) {
        if (spacer) {
            out.spacer();
        }
        out.begin(title);
        return true;
    }

    /** Prints any resource; false when nothing was printed (an internal primitive). */
    public boolean print(TextOut out, ResourceState r) {
        return print(out, r, null);
    }

    private boolean print(TextOut out, ResourceState r, String cloneChildId) {
        if (r instanceof PrimitiveState p) {
            if (p.internal()) {
                return false;
            }
            primitives.print(out, p, cloneChildId != null ? cloneChildId : p.id(), false);
            return true;
        }
        if (r instanceof GroupState g) {
            return printGroup(out, g, cloneChildId);
        }
        if (r instanceof CloneState c) {
            return new CloneText(view, this).print(out, c);
        }
        return new BundleText(this).print(out, (BundleState) r);
    }

    /** Prints a clone instance (a primitive or group) with the clone's child id for failed probes. */
    public void printInstance(TextOut out, ResourceState r, String cloneChildId) {
        print(out, r, cloneChildId);
    }

    /** {@code pe__group_default}: the header with its flags, then its members (active ones, unless all). */
    private boolean printGroup(TextOut out, GroupState g, String cloneChildId) {
        List<String> attrs = new ArrayList<>();
        if (!view.showInactive() && !view.active(g, true) && view.active(g, false)) {
            int inactive = 0;
            for (ResourceState member : g.children()) {
                if (!view.active(member, true)) {
                    inactive++;
                }
            }
            if (inactive > 0) {
                attrs.add(inactive + " member" + (inactive == 1 ? "" : "s") + " inactive");
            }
        }
        if (!g.has(ResourceFlag.MANAGED)) {
            attrs.add("unmanaged");
        }
        if (g.disabled()) {
            attrs.add("disabled");
        }
        boolean header = false;
        for (ResourceState member : g.children()) {
            if (!view.showInactive() && !view.active(member, false)) {
                continue;
            }
            if (!header) {
                out.begin(attrs.isEmpty() ? "Resource Group: " + g.id()
                        : "Resource Group: " + g.id() + " (" + String.join(", ", attrs) + ")");
                header = true;
            }
            print(out, member, cloneChildId);
        }
        if (header) {
            out.end();
        }
        return header;
    }

    public StatusView view() {
        return view;
    }

    public PrimitiveText primitives() {
        return primitives;
    }
}

package crmj.shell;

import crmj.cib.status.BundleState;
import crmj.cib.status.CloneState;
import crmj.cib.status.ClusterState;
import crmj.cib.status.GroupState;
import crmj.cib.status.PrimitiveState;
import crmj.cib.status.ResourceFlag;
import crmj.cib.status.ResourceState;
import crmj.cib.status.Role;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * crm_resource --locate's lines for a resource ({@code cli_resource_search} of Pacemaker 2.1.5):
 * "resource RSC is running on: NODE", with " Promoted" for a promoted instance. A clone lists where
 * its instances run; a child id names its first instance (every replica's in a bundle), as Pacemaker's
 * lookup finds them.
 */
final class Locate {
    private Locate() {
    }

    /** The lines for RSC; empty when it runs nowhere, null when there is no such resource. */
    static List<String> lines(ClusterState state, String rsc) {
        Optional<ResourceState> found = state.resource(rsc);
        List<String> nodes;
        if (found.isPresent() && found.get() instanceof CloneState c) {
            nodes = ofClone(c);
        } else if (found.isPresent()) {
            nodes = new ArrayList<>();
            for (String n : found.get().runningOn()) {
                nodes.add(n + (promoted(found.get()) ? " Promoted" : ""));
            }
        } else {
            nodes = new ArrayList<>();
            for (ResourceState instance : instances(state, rsc)) {
                for (String n : instance.runningOn()) {
                    nodes.add(n + (promoted(instance) ? " Promoted" : ""));
                }
            }
            if (nodes.isEmpty() && instances(state, rsc).isEmpty()) {
                return null;
            }
        }
        // Pacemaker prepends each node to its list
        Collections.reverse(nodes);
        return nodes.stream().map(n -> "resource " + rsc + " is running on: " + n).toList();
    }

    private static List<String> ofClone(CloneState c) {
        List<String> nodes = new ArrayList<>();
        for (ResourceState child : c.children()) {
            for (String n : child.runningOn()) {
                nodes.add(n + (c.has(ResourceFlag.PROMOTABLE) && promoted(child) ? " Promoted" : ""));
            }
        }
        return nodes;
    }

    /**
     * The instances a child id names: in a bundle, every replica's; elsewhere (an anonymous clone's child,
     * a member of a cloned group) the first one found, as Pacemaker's lookup returns it.
     */
    private static List<ResourceState> instances(ClusterState state, String rsc) {
        for (ResourceState top : state.resources()) {
            List<ResourceState> found = new ArrayList<>();
            collect(top, rsc, found);
            if (!found.isEmpty()) {
                return top instanceof BundleState ? found : List.of(found.get(0));
            }
        }
        return List.of();
    }

    private static void collect(ResourceState r, String rsc, List<ResourceState> out) {
        int colon = r.id().indexOf(':');
        if ((colon < 0 ? r.id() : r.id().substring(0, colon)).equals(rsc)) {
            out.add(r);
        }
        if (r instanceof CloneState c && c.has(ResourceFlag.UNIQUE)) {
            return; // a unique clone's instances are not found by the child's id
        }
        r.children().forEach(c -> collect(c, rsc, out));
    }

    /** The resource's role is Promoted (a group: any member's). */
    private static boolean promoted(ResourceState r) {
        if (r instanceof PrimitiveState p) {
            return p.role() == Role.PROMOTED;
        }
        if (r instanceof GroupState g) {
            return g.children().stream().anyMatch(Locate::promoted);
        }
        return false;
    }
}

package crmj.cib.scheduler;

import crmj.cib.status.Role;
import crmj.cib.status.WNode;
import crmj.cib.status.WRsc;
import crmj.cib.status.WRsc.Variant;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-variant methods of Pacemaker's {@code resource_alloc_functions_t} and {@code resource_object_functions_t},
 * dispatched on the resource's variant.
 */
final class Resources {
    private Resources() {
    }

    /** {@code fns->state}: the current or next role, the highest among children for collective resources. */
    static Role state(WRsc rsc, boolean current) {
        if (rsc.variant == Variant.NATIVE) {
            return current ? rsc.role : rsc.nextRole;
        }
        Role role = Role.UNKNOWN;
        for (WRsc c : rsc.children) {
            Role r = state(c, current);
            if (r.isAfter(role)) {
                role = r;
            }
        }
        return role;
    }

    /** {@code fns->active(rsc, TRUE)}. */
    static boolean active(WRsc rsc) {
        if (rsc.variant == Variant.NATIVE) {
            return !rsc.runningOn.isEmpty();
        }
        for (WRsc c : rsc.children) {
            if (active(c)) {
                return true;
            }
        }
        return false;
    }

    /** {@code fns->location(rsc, NULL, FALSE)}: the one node the resource is assigned to, or null. */
    static WNode location(Sched s, WRsc rsc) {
        List<WNode> nodes = new ArrayList<>();
        collectAssigned(s, rsc, nodes);
        return nodes.size() == 1 ? nodes.get(0) : null;
    }

    private static void collectAssigned(Sched s, WRsc rsc, List<WNode> out) {
        if (rsc.children.isEmpty()) {
            WNode n = s.rs(rsc).allocatedTo;
            if (n != null && !out.contains(n)) {
                out.add(n);
            }
            return;
        }
        for (WRsc c : rsc.children) {
            collectAssigned(s, c, out);
        }
    }

    /** {@code fns->location(rsc, NULL, TRUE)}: the one node the resource runs on now, or null. */
    static WNode currentLocation(WRsc rsc) {
        List<WNode> nodes = new ArrayList<>();
        collectRunning(rsc, nodes);
        return nodes.size() == 1 ? nodes.get(0) : null;
    }

    private static void collectRunning(WRsc rsc, List<WNode> out) {
        if (rsc.children.isEmpty()) {
            for (WNode n : rsc.runningOn) {
                if (!out.contains(n)) {
                    out.add(n);
                }
            }
            return;
        }
        for (WRsc c : rsc.children) {
            collectRunning(c, out);
        }
    }

    /** The weight the assigned node had for the first assigned leaf (Pacemaker's copied node). */
    static int assignedWeight(Sched s, WRsc rsc) {
        if (rsc.children.isEmpty()) {
            return s.rs(rsc).allocatedWeight;
        }
        for (WRsc c : rsc.children) {
            if (location(s, c) != null) {
                return assignedWeight(s, c);
            }
        }
        return 0;
    }

    /** {@code did_fail}. */
    static boolean failed(WRsc rsc) {
        if (rsc.is(WRsc.Flag.FAILED)) {
            return true;
        }
        for (WRsc c : rsc.children) {
            if (failed(c)) {
                return true;
            }
        }
        return false;
    }

    /** {@code is_set_recursive(rsc, pe_rsc_block, TRUE)}. */
    static boolean blockedRecursive(WRsc rsc) {
        if (rsc.is(WRsc.Flag.BLOCK)) {
            return true;
        }
        for (WRsc c : rsc.children) {
            if (blockedRecursive(c)) {
                return true;
            }
        }
        return false;
    }

    static WNode assign(Sched s, WRsc rsc, WNode prefer) {
        return switch (rsc.variant) {
            case NATIVE -> Prim.assign(s, rsc, prefer);
            case GROUP -> Grp.assign(s, rsc, prefer);
            case CLONE -> Clone.assign(s, rsc, prefer);
            default -> throw unsupported(rsc);
        };
    }

    static void createActions(Sched s, WRsc rsc) {
        switch (rsc.variant) {
            case NATIVE -> Prim.createActions(s, rsc);
            case GROUP -> Grp.createActions(s, rsc);
            case CLONE -> Clone.createActions(s, rsc);
            default -> throw unsupported(rsc);
        }
    }

    static void internalConstraints(Sched s, WRsc rsc) {
        switch (rsc.variant) {
            case NATIVE -> Prim.internalConstraints(s, rsc);
            case GROUP -> Grp.internalConstraints(s, rsc);
            case CLONE -> Clone.internalConstraints(s, rsc);
            default -> throw unsupported(rsc);
        }
    }

    static void applyColocScore(Sched s, WRsc dependent, WRsc primary, Coloc c, boolean forDependent) {
        WRsc target = forDependent ? dependent : primary;
        switch (target.variant) {
            case NATIVE -> Prim.applyColocScore(s, dependent, primary, c, forDependent);
            case GROUP -> Grp.applyColocScore(s, dependent, primary, c, forDependent);
            case CLONE -> Clone.applyColocScore(s, dependent, primary, c);
            default -> throw unsupported(target);
        }
    }

    static void applyLocation(Sched s, WRsc rsc, Loc loc) {
        switch (rsc.variant) {
            case NATIVE -> Locations.apply(s, rsc, loc);
            case GROUP -> Grp.applyLocation(s, rsc, loc);
            case CLONE -> Clone.applyLocation(s, rsc, loc);
            default -> throw unsupported(rsc);
        }
    }

    static int actionFlags(Sched s, Act action, WNode node) {
        return switch (action.rsc.variant) {
            case NATIVE -> action.flags;
            case GROUP -> Grp.actionFlags(s, action, node);
            case CLONE -> Clone.actionFlags(s, action, node);
            default -> throw unsupported(action.rsc);
        };
    }

    static int updateOrderedActions(Sched s, Act first, Act then, WNode node, int flags, int filter, int type) {
        return updateOrderedActions(then.rsc, s, first, then, node, flags, filter, type);
    }

    /** {@code rsc->cmds->update_ordered_actions} with the methods of a given resource's variant. */
    static int updateOrderedActions(WRsc rsc, Sched s, Act first, Act then, WNode node, int flags, int filter,
                                    int type) {
        return switch (rsc.variant) {
            case NATIVE -> Orderings.updatePrimitive(s, first, then, node, flags, filter, type);
            case GROUP -> Grp.updateOrderedActions(s, first, then, node, flags, filter, type);
            case CLONE -> Clone.updateOrderedActions(s, first, then, node, flags, filter, type);
            default -> throw unsupported(rsc);
        };
    }

    static UnsupportedFeatureException unsupported(WRsc rsc) {
        return new UnsupportedFeatureException(List.of(rsc.variant.name().toLowerCase() + "s (" + rsc.id + ")"));
    }

    /** {@code pe_rsc_is_unique_clone}. */
    static boolean isUniqueClone(WRsc rsc) {
        return rsc != null && rsc.isClone() && rsc.is(WRsc.Flag.UNIQUE);
    }
}

package crmj.cib.scheduler;

import crmj.cib.status.WNode;
import crmj.cib.status.WRsc;

import java.util.ArrayList;
import java.util.List;

/** A resource's scheduling state beside its unpacked state ({@code pe_resource_t}'s allocation fields). */
final class RS {
    final WRsc rsc;
    final List<Act> actions = new ArrayList<>();
    /** The same actions by lower-cased key, each list newest first (keys match ignoring case). */
    final java.util.Map<String, List<Act>> byKey = new java.util.HashMap<>();
    /** The same actions by lower-cased task, each list newest first. */
    final java.util.Map<String, List<Act>> byTask = new java.util.HashMap<>();
    /** Colocations where this resource is the dependent ({@code rsc_cons}), sorted. */
    final List<Coloc> thisWith = new ArrayList<>();
    /** Colocations where this resource is the primary ({@code rsc_cons_lhs}), sorted. */
    final List<Coloc> withThis = new ArrayList<>();
    /** Location constraints on this resource, newest first ({@code rsc_location}). */
    final List<Loc> locations = new ArrayList<>();
    WNode allocatedTo;
    /** The weight the assigned node had in the allowed nodes when chosen (the copy Pacemaker keeps). */
    int allocatedWeight;
    /** Promotion ordering index of a promotable clone instance ({@code sort_index}). */
    int sortIndex;
    /** Clone data: notification pseudo-actions by task (start, stop, promote, demote). */
    final java.util.Map<String, Notif> notifs = new java.util.HashMap<>();
    boolean promotionAdded;
    boolean promotionConstrained;
    boolean provisional = true;
    boolean allocating;
    boolean merging;
    boolean restarting;
    boolean stopUnexpected;
    /** An agent reload is scheduled ({@code pe_rsc_reload}). */
    boolean reload;

    /** A clone's notification pseudo-actions for one task ({@code notify_data_t}). */
    record Notif(Act pre, Act preDone, Act post, Act postDone) {
    }

    RS(WRsc rsc) {
        this.rsc = rsc;
    }
}

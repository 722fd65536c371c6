package crmj.cib.scheduler;

import crmj.cib.status.WNode;
import crmj.cib.status.WRsc;

import java.util.ArrayList;
import java.util.List;

/** A resource's scheduling state beside its unpacked state ({@code pe_resource_t}'s allocation fields). */
final class RS {
    final WRsc rsc;
    final List<Act> actions = new ArrayList<>();
    /** Colocations where this resource is the dependent ({@code rsc_cons}), sorted. */
    final List<Coloc> thisWith = new ArrayList<>();
    /** Colocations where this resource is the primary ({@code rsc_cons_lhs}), sorted. */
    final List<Coloc> withThis = new ArrayList<>();
    WNode allocatedTo;
    boolean provisional = true;
    boolean allocating;
    boolean merging;
    boolean restarting;
    boolean stopUnexpected;

    RS(WRsc rsc) {
        this.rsc = rsc;
    }
}

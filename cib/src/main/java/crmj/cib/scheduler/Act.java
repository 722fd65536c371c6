package crmj.cib.scheduler;

import crmj.cib.status.WNode;
import crmj.cib.status.WRsc;
import crmj.cib.status.XmlElement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An action while the transition is built (Pacemaker's {@code pe_action_t}): mutable working state. */
final class Act {
    /** Action flags ({@code pe_action_*}). */
    static final int PSEUDO = 0x1;
    static final int RUNNABLE = 0x2;
    static final int OPTIONAL = 0x4;
    static final int PRINT_ALWAYS = 0x8;
    static final int HAVE_NODE_ATTRS = 0x10;
    static final int IMPLIED_BY_STONITH = 0x40;
    static final int MIGRATE_RUNNABLE = 0x80;
    static final int DUMPED = 0x100;
    static final int PROCESSED = 0x200;
    static final int DANGLE = 0x800;
    static final int REQUIRES_ANY = 0x1000;
    static final int RESCHEDULE = 0x2000;
    static final int DEDUP = 0x8000;
    static final int DC = 0x10000;

    /** What an action needs before it may run ({@code rsc_req_*}). */
    enum Needs { NOTHING, QUORUM, FENCING }

    /** One ordering edge ({@code pe_action_wrapper_t}). */
    static final class Link {
        final Act action;
        int type;
        /** Whether the link was written into the graph ({@code pe_link_dumped}). */
        boolean dumped;

        Link(Act action, int type) {
            this.action = action;
            this.type = type;
        }
    }

    final int id;
    final String uuid;
    String task;
    final WRsc rsc;
    WNode node;
    final Map<String, String> meta = new HashMap<>();
    /** Newest first, as Pacemaker prepends. */
    final List<Link> before = new ArrayList<>();
    final List<Link> after = new ArrayList<>();
    int flags;
    String reason;
    Needs needs = Needs.NOTHING;
    XmlElement opEntry;
    long intervalMs;
    int runnableBefore;
    int requiredRunnableBefore;

    Act(int id, String uuid, String task, WRsc rsc, WNode node) {
        this.id = id;
        this.uuid = uuid;
        this.task = task;
        this.rsc = rsc;
        this.node = node;
    }

    boolean is(int flag) {
        return (flags & flag) != 0;
    }

    void set(int flag) {
        flags |= flag;
    }

    void clear(int flag) {
        flags &= ~flag;
    }

    /** {@code pe_action_set_reason}. */
    void setReason(String text, boolean overwrite) {
        if (reason == null || overwrite) {
            reason = text;
        }
    }

    @Override
    public String toString() {
        return uuid + (node != null ? " on " + node.uname : "");
    }
}

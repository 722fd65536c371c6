package crmj.cib.scheduler;

import crmj.cib.status.WRsc;

/** An ordering between resources' actions before it is applied ({@code pe__ordering_t}). */
final class OrderCons {
    /** Ordering flags ({@code pe_order_*}). */
    static final int NONE = 0;
    static final int OPTIONAL = 0x1;
    static final int APPLY_FIRST_NON_MIGRATABLE = 0x2;
    static final int IMPLIES_FIRST = 0x10;
    static final int IMPLIES_THEN = 0x20;
    static final int PROMOTED_IMPLIES_FIRST = 0x40;
    static final int IMPLIES_FIRST_MIGRATABLE = 0x80;
    static final int RUNNABLE_LEFT = 0x100;
    static final int PSEUDO_LEFT = 0x200;
    static final int IMPLIES_THEN_ON_NODE = 0x400;
    static final int PROBE = 0x800;
    static final int RESTART = 0x1000;
    static final int SERIALIZE_ONLY = 0x4000;
    static final int SAME_NODE = 0x8000;
    static final int IMPLIES_FIRST_PRINTED = 0x10000;
    static final int IMPLIES_THEN_PRINTED = 0x20000;
    static final int ASYMMETRICAL = 0x100000;
    static final int LOAD = 0x200000;
    static final int ONE_OR_MORE = 0x400000;
    static final int ANTI_COLOCATION = 0x800000;
    static final int PRESERVE = 0x1000000;
    static final int THEN_CANCELS_FIRST = 0x2000000;

    final int id;
    final int flags;
    final WRsc firstRsc;
    final WRsc thenRsc;
    final Act firstAction;
    final Act thenAction;
    final String firstTask;
    final String thenTask;

    OrderCons(int id, int flags, WRsc firstRsc, String firstTask, Act firstAction, WRsc thenRsc, String thenTask,
              Act thenAction) {
        this.id = id;
        this.flags = flags;
        this.firstRsc = firstRsc != null ? firstRsc : firstAction != null ? firstAction.rsc : null;
        this.thenRsc = thenRsc != null ? thenRsc : thenAction != null ? thenAction.rsc : null;
        this.firstAction = firstAction;
        this.thenAction = thenAction;
        this.firstTask = firstTask != null ? firstTask : firstAction != null ? firstAction.uuid : null;
        this.thenTask = thenTask != null ? thenTask : thenAction != null ? thenAction.uuid : null;
    }
}

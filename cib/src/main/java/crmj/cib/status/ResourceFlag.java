package crmj.cib.status;

/** Flags of a resource as its history leaves it (Pacemaker's {@code pe_rsc_*} flags that crm_mon shows). */
public enum ResourceFlag {
    /** Not in the configuration any more (or an instance beyond clone-max). */
    ORPHAN,
    /** The cluster manages it (not is-managed=false, maintenance, or a maintenance node). */
    MANAGED,
    /** A failure has to be recovered. */
    FAILED,
    /** Blocked: no action will be taken (failed stop without fencing, on-fail=block, multiple-active=block). */
    BLOCKED,
    /** A failure was ignored (on-fail=ignore). */
    FAILURE_IGNORED,
    /** A globally unique clone instance, or any resource outside clones. */
    UNIQUE,
    /** Part of (or itself) a promotable clone. */
    PROMOTABLE,
    /** A start is pending. */
    START_PENDING,
    /** In maintenance (resource or cluster maintenance mode). */
    MAINTENANCE,
    /** Needs fencing of its node before it can start elsewhere (requires=fencing). */
    NEEDS_FENCING
}

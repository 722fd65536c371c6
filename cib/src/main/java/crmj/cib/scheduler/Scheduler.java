package crmj.cib.scheduler;

import crmj.cib.status.FailCounts;
import crmj.cib.status.Unpacker;
import crmj.cib.status.Values;
import crmj.cib.status.WNode;
import crmj.cib.status.WRsc;
import crmj.cib.status.WRsc.Flag;
import crmj.cib.status.WorkingSet;
import crmj.cib.status.XmlDocument;

import java.time.Instant;
import java.util.List;

/**
 * Pacemaker's scheduler (pacemaker-schedulerd, 2.1.5): from a CIB with its status section, where every
 * resource should run and the transition that gets it there.
 *
 * <p>The steps follow {@code pcmk__schedule_actions}: unpack the status (crmj.cib.status), unpack the
 * constraints, apply node criteria (locations, stickiness, failure thresholds), create internal constraints,
 * assign resources to nodes, create their actions (probes, stops, starts, promotions, monitors), fencing and
 * shutdowns, then order the actions and propagate what is required and what cannot run.
 */
public final class Scheduler {
    private Scheduler() {
    }

    /**
     * Schedules a CIB given as XML text.
     *
     * @param cibXml the whole CIB, status section included
     * @param now the time to evaluate rules and failure timeouts at; null for the CIB's
     *            {@code execution-date} if it has one (as crm_simulate does), else the clock
     * @throws UnsupportedFeatureException when the CIB uses a feature the scheduler does not handle yet
     */
    public static Transition schedule(String cibXml, Instant now) {
        return prepare(cibXml, now).schedule();
    }

    private static Transition schedule(Sched s, long start) {
        lap("unpack", start);
        run(s);
        long t = System.nanoTime();
        List<GraphAction> graph = Graph.actions(s);
        t = lap("graph", t);
        List<String> summary = Summary.of(s);
        lap("summary", t);
        return new Transition(graph, summary, s.scores == null ? List.of() : s.scores);
    }

    /**
     * A CIB parsed and its status unpacked once, for a caller that prints the current state and then
     * schedules (crm_simulate): each would otherwise parse and unpack the same text.
     */
    public static final class Prepared {
        private final XmlDocument doc;
        private final WorkingSet ws;
        /** The scope check's refusal, made on the CIB as read (unpacking adds to the document). */
        private final UnsupportedFeatureException refused;
        /** When parsing started (the scheduler's "unpack" phase time). */
        private final long started;
        private crmj.cib.status.ClusterState state;
        private boolean scheduled;

        private Prepared(XmlDocument doc, WorkingSet ws, UnsupportedFeatureException refused, long started) {
            this.doc = doc;
            this.ws = ws;
            this.refused = refused;
            this.started = started;
        }

        /**
         * The state before scheduling, as {@link crmj.cib.status.ClusterState#ofXml} gives it (taken on first
         * call, which must come before {@link #schedule}).
         */
        public crmj.cib.status.ClusterState state() {
            if (state == null) {
                if (scheduled) {
                    throw new IllegalStateException("the state is asked for after scheduling");
                }
                state = crmj.cib.status.Snapshot.of(ws);
            }
            return state;
        }

        /** The CIB element's attribute (validate-with, execution-date, ...), or null. */
        public String rootAttribute(String name) {
            return doc.root().attr(name);
        }

        /**
         * The transition, as {@link #schedule(String, Instant)} gives it for the same text and time; once
         * (scheduling changes the working set).
         *
         * @throws UnsupportedFeatureException when the CIB uses a feature the scheduler does not handle yet
         */
        public Transition schedule() {
            return schedule(false);
        }

        /**
         * As {@link #schedule()}; with {@code showScores}, also the lines crm_simulate --show-scores prints.
         *
         * @throws UnsupportedFeatureException when the CIB uses a feature the scheduler does not handle yet
         */
        public Transition schedule(boolean showScores) {
            if (scheduled) {
                throw new IllegalStateException("already scheduled");
            }
            scheduled = true;
            if (refused != null) {
                throw refused;
            }
            Sched s = new Sched(ws);
            if (showScores) {
                s.scores = new java.util.ArrayList<>();
            }
            return Scheduler.schedule(s, started);
        }
    }

    /**
     * Parses and unpacks a CIB given as XML text, for its current state and then its transition.
     *
     * @param now as for {@link #schedule(String, Instant)}
     */
    public static Prepared prepare(String cibXml, Instant now) {
        long started = System.nanoTime();
        XmlDocument doc = XmlDocument.parse(cibXml);
        UnsupportedFeatureException refused = null;
        try {
            Scope.requireSupported(doc.root());
        } catch (UnsupportedFeatureException e) {
            refused = e;
        }
        long seconds = now != null ? now.getEpochSecond() : executionDate(doc);
        return new Prepared(doc, Unpacker.unpack(doc, seconds), refused, started);
    }

    private static long executionDate(XmlDocument doc) {
        long v = Values.leadingLong(doc.root().attr("execution-date"), Long.MIN_VALUE);
        return v == Long.MIN_VALUE ? Instant.now().getEpochSecond() : v;
    }

    private static final boolean TIMING = Boolean.getBoolean("crmj.scheduler.timing");

    static void run(Sched s) {
        long t = System.nanoTime();
        refuseUnsupported(s);
        for (WorkingSet.FenceRequest f : s.ws.fenceRequests) {
            Fencing.fenceOp(s, f.node(), null, true, f.reason());
        }
        for (WorkingSet.ActionRequest r : s.ws.actionRequests) {
            if (r.ifParamsChanged() != null) {
                Digests.Result d = Digests.compare(s, r.rsc(), r.ifParamsChanged(), r.node());
                if (d == Digests.Result.MATCH || d == Digests.Result.UNKNOWN) {
                    continue;
                }
            }
            Act a = s.customAction(r.rsc(), r.key(), r.task(), r.node(), r.optional(), true);
            if (r.task().equals("clear_failcount")) {
                a.meta.put("op_no_wait", "true");
            }
        }
        NodeHealth.apply(s);
        Constraints.unpackAll(s);
        t = lap("constraints", t);
        applyNodeCriteria(s);
        t = lap("node criteria", t);
        for (WRsc r : s.ws.resources) {
            Resources.internalConstraints(s, r);
        }
        t = lap("internal constraints", t);
        ConfigChanges.handle(s);
        for (WRsc r : s.ws.resources) {
            if (!r.isRemoteNode) {
                Resources.assign(s, r, null);
            }
        }
        t = lap("assign", t);
        if (s.options().startupProbes) {
            Probes.schedule(s);
        }
        if (s.options().stopRscOrphans) {
            for (WRsc r : s.ws.resources) {
                clearFailcountsIfOrphaned(s, r);
            }
        }
        t = lap("probes", t);
        for (WRsc r : s.ws.resources) {
            Resources.createActions(s, r);
        }
        t = lap("actions", t);
        Fencing.scheduleFencingAndShutdowns(s);
        s.applyOrderings();
        lap("orderings", t);
    }

    private static long lap(String what, long since) {
        long now = System.nanoTime();
        if (TIMING) {
            System.err.printf("scheduler: %-22s %8.3f s%n", what, (now - since) / 1e9);
        }
        return now;
    }

    private static void refuseUnsupported(Sched s) {
        for (WRsc r : s.ws.resources) {
            if (r.variant == WRsc.Variant.BUNDLE) {
                throw Resources.unsupported(r);
            }
        }
        for (WNode n : s.ws.nodes) {
            if (n.isGuestOrRemote()) {
                throw new UnsupportedFeatureException(List.of("Pacemaker Remote and guest nodes"));
            }
        }
    }

    private static void applyNodeCriteria(Sched s) {
        if (s.options().shutdownLock) {
            for (WRsc r : s.ws.resources) {
                shutdownLock(s, r);
            }
        }
        Locations.applyAll(s);
        for (WRsc r : s.ws.resources) {
            applyStickiness(s, r);
        }
        for (WNode node : s.ws.nodes) {
            for (WRsc r : s.ws.resources) {
                checkFailureThreshold(s, r, node);
                applyExclusiveDiscovery(s, r, node);
            }
        }
    }

    /** {@code shutdown_lock}: a resource on a node shutting down stays locked to it (not clones). */
    private static void shutdownLock(Sched s, WRsc rsc) {
        if (rsc.isClone()) {
            return;
        }
        if (!rsc.children.isEmpty()) {
            for (WRsc c : rsc.children) {
                shutdownLock(s, c);
            }
            return;
        }
        if ("stonith".equals(rsc.agentClass()) || rsc.agentClass() == null || rsc.isRemoteNode) {
            return;
        }
        if (rsc.lockNode != null) {
            if (!rsc.runningOn.isEmpty()) {
                s.customAction(rsc, Sched.opKey(rsc.id, "lrm_delete", 0), "lrm_delete", rsc.lockNode, false, true);
                rsc.lockNode = null;
            }
        } else if (rsc.runningOn.size() == 1) {
            WNode node = rsc.runningOn.get(0);
            if (node.shutdown && !node.unclean) {
                rsc.lockNode = node;
            }
        }
        if (rsc.lockNode == null) {
            return;
        }
        for (WNode node : s.ws.nodes) {
            if (!node.uname.equals(rsc.lockNode.uname)) {
                rsc.addScore(node, -Values.INFINITY);
            }
        }
    }

    private static void applyStickiness(Sched s, WRsc rsc) {
        if (!rsc.children.isEmpty()) {
            for (WRsc c : rsc.children) {
                applyStickiness(s, c);
            }
            return;
        }
        if (!rsc.is(Flag.MANAGED) || rsc.stickiness < 1 || rsc.runningOn.size() != 1) {
            return;
        }
        WNode node = rsc.runningOn.get(0);
        if (!s.options().symmetric && !rsc.allowedNodes.containsKey(node.id)) {
            return;
        }
        rsc.addScore(node, rsc.stickiness);
    }

    private static void checkFailureThreshold(Sched s, WRsc rsc, WNode node) {
        if (!rsc.children.isEmpty()) {
            for (WRsc c : rsc.children) {
                checkFailureThreshold(s, c, node);
            }
            return;
        }
        if (rsc.migrationThreshold == 0 || rsc.is(Flag.FAILURE_IGNORED) || !hasFailCounts(node)) {
            return;
        }
        int failCount = FailCounts.get(node, rsc, true, null, s.ws).count();
        for (WRsc filler : rsc.fillers) {
            // a container's fillers' failures count as its own (pe_fc_fillers)
            failCount = Values.addScores(failCount, FailCounts.get(node, filler, true, null, s.ws).count());
        }
        if (failCount <= 0) {
            return;
        }
        WRsc toBan = rsc.is(Flag.UNIQUE) ? rsc : rsc.uberParent();
        if (rsc.migrationThreshold - failCount <= 0) {
            toBan.addScore(node, -Values.INFINITY);
        }
    }

    /** {@code clear_failcounts_if_orphaned}. */
    private static void clearFailcountsIfOrphaned(Sched s, WRsc rsc) {
        if (!rsc.is(Flag.ORPHAN)) {
            return;
        }
        for (WNode node : s.ws.nodes) {
            if (!node.online || FailCounts.get(node, rsc, true, null, s.ws).count() == 0) {
                continue;
            }
            Act clear = s.customAction(rsc, Sched.opKey(rsc.id, "clear_failcount", 0), "clear_failcount", node, false,
                    true);
            clear.meta.put("op_no_wait", "true");
            s.newOrdering(clear.rsc, null, clear, rsc, Sched.opKey(rsc.id, "stop", 0), null, OrderCons.OPTIONAL);
        }
    }

    private static boolean hasFailCounts(WNode node) {
        for (String name : node.attrs.keySet()) {
            if (name.startsWith("fail-count-")) {
                return true;
            }
        }
        return false;
    }

    private static void applyExclusiveDiscovery(Sched s, WRsc rsc, WNode node) {
        if (rsc.exclusiveDiscover || rsc.uberParent().exclusiveDiscover) {
            for (WRsc c : rsc.children) {
                applyExclusiveDiscovery(s, c, node);
            }
            if (rsc.allowedNodes.containsKey(node.id) && !s.exclusiveOn(rsc, node)) {
                rsc.allowedNodes.put(node.id, -Values.INFINITY);
            }
        }
    }
}

package crmj.backend.sandbox;

import crmj.cib.model.Cib;
import crmj.cib.scheduler.GraphAction;
import crmj.cib.scheduler.GraphRun;
import crmj.cib.scheduler.ResourceNames;
import crmj.cib.scheduler.Scheduler;
import crmj.cib.scheduler.Transition;
import crmj.cib.scheduler.TransitionExecutor;
import crmj.cib.status.ClusterState;
import crmj.cib.xml.CibXmlReader;
import crmj.cib.xml.CibXmlWriter;
import org.w3c.dom.Document;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The sandbox cluster's reaction to a change: schedule (crmj's Pacemaker scheduler), execute the transition
 * into the status section as {@code crm_simulate -S} does (every action succeeds), let the simulated
 * promotable agents set their promotion scores, and repeat until a transition has nothing to do, at most
 * {@link #MAX_ROUNDS} times.
 */
public final class SandboxSimulator {
    /** The most transitions one change may cause. */
    public static final int MAX_ROUNDS = 10;

    /**
     * One transition the sandbox carried out.
     *
     * @param cibBefore the CIB it was scheduled from
     * @param summary its Transition Summary lines, as crm_simulate prints them
     * @param fired its resource, cluster and pseudo actions in the order they were fired
     * @param executed the CIB after execution (operation digests added), before the simulated agents' attribute
     *                 updates
     * @param complete whether the graph ran to its end
     */
    public record Round(String cibBefore, List<String> summary, List<GraphAction> fired, String executed,
                        boolean complete) {
        public Round {
            summary = List.copyOf(summary);
            fired = List.copyOf(fired);
        }
    }

    /**
     * The outcome of a change.
     *
     * @param cib the CIB with its new status
     * @param rounds the transitions carried out, in order
     * @param settled false when the cluster still had things to do after {@link #MAX_ROUNDS} transitions or
     *                a transition could not finish
     */
    public record Settled(Cib cib, List<Round> rounds, boolean settled) {
        public Settled {
            rounds = List.copyOf(rounds);
        }
    }

    private final Clock clock;

    /** A simulator that dates scheduling and operation history by {@code clock}. */
    public SandboxSimulator(Clock clock) {
        this.clock = clock;
    }

    /** The CIB with the sandbox's members in its configuration and online in its status; nothing scheduled. */
    public Cib prepare(Cib cib) {
        Document doc = CibDom.parse(CibXmlWriter.write(cib));
        if (!Membership.reconcile(doc)) {
            return cib;
        }
        return merge(cib, doc, CibDom.print(doc));
    }

    /**
     * Runs the cluster until it has nothing left to do.
     *
     * @param preview called with each transition's summary before the transition is carried out
     * @throws crmj.cib.scheduler.UnsupportedFeatureException when the scheduler refuses the configuration
     */
    public Settled settle(Cib cib, Consumer<List<String>> preview) {
        Document doc = CibDom.parse(CibXmlWriter.write(cib));
        Membership.reconcile(doc);
        String xml = CibDom.print(doc);
        List<Round> rounds = new ArrayList<>();
        boolean settled = false;
        while (rounds.size() < MAX_ROUNDS) {
            Instant now = clock.instant();
            Transition t = Scheduler.schedule(xml, now);
            if (t.actions().stream().allMatch(a -> a.type() == GraphAction.Type.PSEUDO)) {
                settled = true;
                break;
            }
            preview.accept(t.summary());
            Round round = execute(xml, t, now);
            rounds.add(round);
            Document after = CibDom.parse(round.executed());
            SimulatedAgents.apply(after, round.fired());
            xml = CibDom.print(after);
            if (!round.complete()) {
                break;
            }
        }
        return new Settled(merge(cib, doc, xml), rounds, settled);
    }

    private static Round execute(String xml, Transition t, Instant now) {
        ClusterState state = ClusterState.ofXml(xml, now);
        List<GraphAction> actions = t.actions();
        TransitionExecutor.Result r = TransitionExecutor.execute(xml, actions, Map.of(), List.of(),
                ResourceNames.of(state, xml), now.getEpochSecond());
        boolean complete = r.status() == GraphRun.Status.COMPLETE;
        List<GraphAction> fired = complete ? GraphRun.order(actions) : List.of();
        Document after = CibDom.parse(r.cibXml());
        // the history needs its op-digests, or Pacemaker would see changed definitions
        OpDigests.apply(after);
        return new Round(xml, t.summary(), fired, CibDom.print(after), complete);
    }

    /**
     * The original CIB's configuration (re-read only when membership added nodes to it) and attributes, with
     * the simulated status and the quorum and DC attributes.
     */
    private static Cib merge(Cib original, Document reconciled, String finalXml) {
        Cib configured = CibXmlReader.read(CibDom.print(reconciled));
        Cib out = new Cib(original.attributes(), configured.objects().equals(original.objects())
                ? original.objects() : configured.objects(), CibXmlReader.read(finalXml).status());
        for (String attr : List.of("have-quorum", "dc-uuid")) {
            String v = reconciled.getDocumentElement().getAttribute(attr);
            if (!v.isEmpty()) {
                out = out.withAttribute(attr, v);
            }
        }
        return out;
    }
}

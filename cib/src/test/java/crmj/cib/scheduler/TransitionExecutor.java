package crmj.cib.scheduler;

import java.time.Instant;
import java.util.Optional;

/**
 * The seam for carrying a transition out on a CIB's status, as crm_simulate -S does: what it prints under
 * "Executing Cluster Transition:" and "Revised Cluster Status:". The harnesses compare those sections only
 * where an executor gives them; until crmj's executor lands, {@link #NONE} gives nothing and only the
 * transition summaries are compared.
 */
@FunctionalInterface
interface TransitionExecutor {
    /** No executor: no executed transition, no revised status. */
    TransitionExecutor NONE = (cibXml, transition, now) -> Optional.empty();

    /**
     * crmj's executor as the harnesses use it (the conformance test and runner, the random test): the one
     * place to plug it in when it lands. {@link #NONE} until then.
     */
    static TransitionExecutor crmj() {
        return NONE;
    }

    /** What executing a transition prints; {@code now} as given to the scheduler. */
    Optional<Executed> execute(String cibXml, Transition transition, Instant now);

    /**
     * The two sections an executed transition prints, without their headings.
     *
     * @param executing the lines under "Executing Cluster Transition:"
     * @param revised the lines under "Revised Cluster Status:"
     */
    record Executed(String executing, String revised) {
    }
}

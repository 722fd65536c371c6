package crmj.cib.scheduler;

import java.util.Optional;

/**
 * What a scheduler under test made of one CIB: the transition summary, and the executed transition and
 * revised status when it can give them; or why it gave nothing.
 *
 * @param summary the lines under "Transition Summary:"
 * @param executing the lines under "Executing Cluster Transition:", if known
 * @param revised the lines under "Revised Cluster Status:", if known
 * @param failure why there is no summary (a refusal, an exception), empty when there is one
 * @param whole the whole crm_simulate -S text, when the scheduler under test prints one
 */
record Outcome(String summary, Optional<String> executing, Optional<String> revised, Optional<String> failure,
               Optional<String> whole) {
    static Outcome failed(String why) {
        return new Outcome("", Optional.empty(), Optional.empty(), Optional.of(why), Optional.empty());
    }

    /** A summary with nothing executed. */
    static Outcome summaryOnly(String summary) {
        return new Outcome(summary, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** A summary with its executed transition and revised status. */
    static Outcome executed(String summary, String executing, String revised) {
        return new Outcome(summary, Optional.of(executing), Optional.of(revised), Optional.empty(), Optional.empty());
    }

    /** Everything crm_simulate -S printed. */
    static Outcome of(SimulateOutput out, String whole) {
        return new Outcome(out.summary(), Optional.of(out.executing()), Optional.of(out.revised()), Optional.empty(),
                Optional.of(whole));
    }
}

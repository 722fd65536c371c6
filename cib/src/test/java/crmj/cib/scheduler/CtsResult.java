package crmj.cib.scheduler;

import java.util.List;
import java.util.Optional;

/**
 * One corpus case compared: the out-of-scope features its CIB uses, and for a supported case what the
 * scheduler under test printed against crm_simulate's recorded output (sections compared with white space
 * folded, after the corpus runner's normalisation).
 *
 * @param c the case
 * @param unsupported the out-of-scope features ({@link Scope#unsupported}); the case is run only when empty
 * @param expected the recorded crm_simulate output's sections
 * @param expectedWhole the recorded output, normalised
 * @param outcome what the scheduler under test gave, empty for an unsupported case
 */
record CtsResult(CtsCase c, List<String> unsupported, SimulateOutput expected, String expectedWhole,
                 Optional<Outcome> outcome) {
    CtsResult {
        unsupported = List.copyOf(unsupported);
    }

    boolean supported() {
        return unsupported.isEmpty();
    }

    boolean summarySame() {
        return outcome.filter(o -> o.failure().isEmpty())
                .map(o -> SimulateOutput.fold(o.summary()).equals(SimulateOutput.fold(expected.summary())))
                .orElse(false);
    }

    /** Whether the revised status matches, empty when the scheduler under test gave none. */
    Optional<Boolean> revisedSame() {
        return outcome.flatMap(Outcome::revised)
                .map(r -> SimulateOutput.fold(r).equals(SimulateOutput.fold(expected.revised())));
    }

    /** Whether the executed transition matches, empty when the scheduler under test gave none. */
    Optional<Boolean> executingSame() {
        return outcome.flatMap(Outcome::executing)
                .map(x -> SimulateOutput.fold(x).equals(SimulateOutput.fold(expected.executing())));
    }

    /** Whether the whole output is byte-identical (normalised), when the scheduler under test prints one. */
    Optional<Boolean> wholeSame() {
        return outcome.flatMap(Outcome::whole).map(w -> SimulateOutput.normalise(w).equals(expectedWhole));
    }

    /** Identical: the transition summary, and the revised status where there is one. */
    boolean identical() {
        return supported() && summarySame() && revisedSame().orElse(true);
    }

    /** What differs, for the list of expected differences: refused, exception, summary, revised. */
    String differences() {
        Optional<String> failure = outcome.flatMap(Outcome::failure);
        if (failure.isPresent()) {
            return failure.get().startsWith("refused") ? "refused" : "exception";
        }
        String s = (summarySame() ? "" : " summary") + (revisedSame().orElse(true) ? "" : " revised");
        return s.strip();
    }
}

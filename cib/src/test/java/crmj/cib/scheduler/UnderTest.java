package crmj.cib.scheduler;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A scheduler the harnesses compare with crm_simulate: crmj's ({@link #crmj}), or crm_simulate itself
 * ({@link CrmSimulate#underTest()}) to check the harness.
 */
@FunctionalInterface
interface UnderTest {
    /**
     * Schedules one CIB.
     *
     * @param cibXml the CIB's text
     * @param cibFile the same CIB as a file
     * @param now the time to schedule at, empty for the CIB's execution-date or the clock
     */
    Outcome run(String cibXml, Path cibFile, Optional<Instant> now);

    /** crmj's scheduler, its transition carried out by {@code executor} where it can. */
    static UnderTest crmj(ExecutorSeam executor) {
        return (cibXml, cibFile, now) -> {
            Transition t;
            try {
                t = Scheduler.schedule(cibXml, now.orElse(null));
            } catch (UnsupportedFeatureException e) {
                return Outcome.failed("refused: " + e.getMessage());
            } catch (RuntimeException e) {
                return Outcome.failed("exception: " + e);
            }
            String summary = String.join("\n", t.summary());
            return executor.execute(cibXml, t, now.orElse(null))
                    .map(x -> Outcome.executed(x.errors().isEmpty() ? summary
                            : summary + "\n" + String.join("\n", x.errors()), x.executing().strip(),
                            x.revised().strip()))
                    .orElse(Outcome.summaryOnly(summary));
        };
    }
}

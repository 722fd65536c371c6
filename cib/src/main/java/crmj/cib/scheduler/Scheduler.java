package crmj.cib.scheduler;

import java.time.Instant;

/**
 * Pacemaker's scheduler (pacemaker-schedulerd, 2.1.5): from a CIB with its status section, where every
 * resource should run and the transition that gets it there.
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
        throw new UnsupportedFeatureException(java.util.List.of("the scheduler (being built)"));
    }
}

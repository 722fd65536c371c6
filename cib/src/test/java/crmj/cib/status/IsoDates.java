package crmj.cib.status;

import java.time.Instant;
import java.util.Optional;

/**
 * Test access to the ISO 8601 date-times Pacemaker reads ({@code crm_time}), for harnesses outside this
 * package (the scheduler conformance runner reads {@code crm_simulate -t DATE} with it).
 */
public final class IsoDates {
    private IsoDates() {
    }

    /** The instant of a date-time such as {@code 2005-020T12:30} or {@code 2014-05-07 00:28:00} (UTC). */
    public static Optional<Instant> parse(String text) {
        Long seconds = IsoTime.epochSeconds(text);
        return seconds == null ? Optional.empty() : Optional.of(Instant.ofEpochSecond(seconds));
    }
}

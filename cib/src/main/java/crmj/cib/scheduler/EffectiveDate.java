package crmj.cib.scheduler;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** crm_simulate's {@code --set-datetime}: an ISO 8601 date, with a time and an offset when given. */
final class EffectiveDate {
    private EffectiveDate() {
    }

    /**
     * The instant a date names ({@code 2024-01-31}, {@code 2024-01-31 12:00:00}, {@code 2024-01-31T12:00:00Z},
     * {@code 2024-01-31T12:00:00+02:00}); without an offset, in the local time zone, as Pacemaker reads it.
     *
     * @throws IllegalArgumentException when it is not such a date
     */
    static Instant parse(String text) {
        String t = text.trim().replace(' ', 'T');
        try {
            if (t.endsWith("Z") || t.matches(".*T.*[+-]\\d\\d(:?\\d\\d)?$")) {
                return OffsetDateTime.parse(t.endsWith("Z") ? t : t.replaceAll("([+-]\\d\\d)(\\d\\d)$", "$1:$2"))
                        .toInstant();
            }
            if (t.contains("T")) {
                return LocalDateTime.parse(t).atZone(ZoneId.systemDefault()).toInstant();
            }
            return LocalDate.parse(t).atStartOfDay(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("invalid date/time '" + text + "' (expected ISO 8601, e.g. "
                    + "2024-01-31 12:00:00)");
        }
    }
}

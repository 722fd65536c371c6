package crmj.backend.sandbox;

import java.util.Locale;
import java.util.Optional;

/** Pacemaker's durations (crm_get_msec): a number and an optional unit (ms, s, m/min, h/hr); seconds by default. */
final class Durations {
    private Durations() {
    }

    /** The duration in milliseconds; empty when the text is empty or not a duration. */
    static Optional<Long> millis(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < t.length() && Character.isDigit(t.charAt(end))) {
            end++;
        }
        if (end == 0) {
            return Optional.empty();
        }
        long n = Long.parseLong(t.substring(0, end));
        String unit = t.substring(end).strip();
        long factor = switch (unit) {
            case "", "s", "sec" -> 1000;
            case "ms", "msec" -> 1;
            case "m", "min" -> 60_000;
            case "h", "hr" -> 3_600_000;
            case "us", "usec" -> -1;
            default -> 0;
        };
        if (factor == 0) {
            return Optional.empty();
        }
        return Optional.of(factor < 0 ? n / 1000 : n * factor);
    }
}

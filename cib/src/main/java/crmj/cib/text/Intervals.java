package crmj.cib.text;

import java.util.Locale;

/** Pacemaker's interval specifications: a number with an optional unit (ms, s, m/min, h/hr; none means s). */
public final class Intervals {
    private Intervals() {
    }

    /** The interval in milliseconds, or -1 when the text is not an interval. */
    public static long millis(String spec) {
        String s = spec.trim().toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i == 0) {
            return -1;
        }
        long n = Long.parseLong(s.substring(0, i));
        String unit = s.substring(i).trim();
        return switch (unit) {
            case "", "s", "sec" -> n * 1000;
            case "ms", "msec" -> n;
            case "m", "min" -> n * 60_000;
            case "h", "hr" -> n * 3_600_000;
            case "us", "usec" -> n / 1000;
            default -> -1;
        };
    }
}

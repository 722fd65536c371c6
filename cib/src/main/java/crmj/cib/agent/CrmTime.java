package crmj.cib.agent;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * crmsh's reading of a time value ({@code crm_msec}): leading digits and an optional unit, in milliseconds; -1
 * when unreadable. Anything after the unit is ignored, as crmsh ignores it.
 */
final class CrmTime {
    private static final Pattern TIME = Pattern.compile("\\s*(\\d+)\\s*([a-zA-Z]+)?");
    private static final Map<String, long[]> UNITS = Map.ofEntries(
            Map.entry("ms", new long[] {1, 1}),
            Map.entry("msec", new long[] {1, 1}),
            Map.entry("us", new long[] {1, 1000}),
            Map.entry("usec", new long[] {1, 1000}),
            Map.entry("", new long[] {1000, 1}),
            Map.entry("s", new long[] {1000, 1}),
            Map.entry("sec", new long[] {1000, 1}),
            Map.entry("m", new long[] {60_000, 1}),
            Map.entry("min", new long[] {60_000, 1}),
            Map.entry("h", new long[] {3_600_000, 1}),
            Map.entry("hr", new long[] {3_600_000, 1}));

    private CrmTime() {
    }

    /** Milliseconds, or -1 for null, empty or unreadable text. */
    static long msec(String text) {
        if (text == null || text.isEmpty()) {
            return -1;
        }
        Matcher m = TIME.matcher(text);
        if (!m.lookingAt()) {
            return -1;
        }
        String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        long[] factor = UNITS.get(unit);
        if (factor == null) {
            return -1;
        }
        try {
            return Math.multiplyExact(Long.parseLong(m.group(1)), factor[0]) / factor[1];
        } catch (ArithmeticException | NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}

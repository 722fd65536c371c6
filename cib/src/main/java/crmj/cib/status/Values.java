package crmj.cib.status;

import java.util.Comparator;
import java.util.Locale;

/** Pacemaker's readings of attribute values: booleans, scores, integers, intervals, and its name order. */
public final class Values {
    /** Pacemaker's INFINITY score. */
    public static final int INFINITY = 1_000_000;

    /** Node names and similar ordered as Pacemaker does: case-insensitive, digit runs by value. */
    public static final Comparator<String> NUMERIC_CASE_ORDER = Values::numericStrcasecmp;

    private Values() {
    }

    /** {@code crm_is_true}: true, on, yes, y, 1 (any case). */
    public static boolean isTrue(String s) {
        return Boolean.TRUE.equals(toBoolean(s));
    }

    /** {@code crm_str_to_boolean}: the boolean a value spells, or null when it spells none. */
    public static Boolean toBoolean(String s) {
        if (s == null) {
            return null;
        }
        switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "y", "1":
                return Boolean.TRUE;
            case "false", "off", "no", "n", "0":
                return Boolean.FALSE;
            default:
                return null;
        }
    }

    /** {@code char2score}: a score, INFINITY words included, clamped to +-INFINITY; 0 when unreadable. */
    public static int score(String s) {
        if (s == null) {
            return 0;
        }
        String t = s.trim();
        if (t.equalsIgnoreCase("-INFINITY")) {
            return -INFINITY;
        }
        if (t.equalsIgnoreCase("INFINITY") || t.equalsIgnoreCase("+INFINITY")) {
            return INFINITY;
        }
        long v = leadingLong(s, 0);
        return (int) Math.max(-INFINITY, Math.min(INFINITY, v));
    }

    /** {@code pcmk__add_scores}: a sum where any -INFINITY wins, then +INFINITY. */
    public static int addScores(int a, int b) {
        if (a <= -INFINITY || b <= -INFINITY) {
            return -INFINITY;
        }
        if (a >= INFINITY || b >= INFINITY) {
            return INFINITY;
        }
        long sum = (long) a + b;
        return (int) Math.max(-INFINITY, Math.min(INFINITY, sum));
    }

    /** An integer as {@code strtoll} reads it (leading blanks, sign, digits), or the default. */
    public static long leadingLong(String s, long dflt) {
        if (s == null) {
            return dflt;
        }
        int i = 0;
        int n = s.length();
        while (i < n && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        int start = i;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int digits = i;
        while (i < n && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i == digits) {
            return dflt;
        }
        try {
            return Long.parseLong(s.substring(start, i).replace("+", ""));
        } catch (NumberFormatException e) {
            return s.charAt(start) == '-' ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** {@code crm_element_value_int} style: the integer value, or the default when absent or unreadable. */
    public static int intValue(String s, int dflt) {
        long v = leadingLong(s, dflt);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, v));
    }

    /** {@code pcmk__scan_min_int}: the integer value, at least {@code min}; {@code min} when unreadable. */
    public static int minInt(String s, int min) {
        if (s == null) {
            return min;
        }
        long v = leadingLong(s, Long.MIN_VALUE);
        if (v == Long.MIN_VALUE) {
            return min;
        }
        return (int) Math.max(min, Math.min(Integer.MAX_VALUE, v));
    }

    /** {@code crm_get_msec}: milliseconds of a number with an optional unit, or -1. */
    public static long msec(String input) {
        if (input == null) {
            return -1;
        }
        String s = input.stripLeading();
        int i = 0;
        while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == '+'
                || s.charAt(i) == '-')) {
            i++;
        }
        if (i == 0) {
            return -1;
        }
        String units = s.substring(i).stripLeading().toLowerCase(Locale.ROOT);
        long multiplier = 1000;
        long divisor = 1;
        if (units.startsWith("ms")) {
            multiplier = 1;
        } else if (units.startsWith("us")) {
            multiplier = 1;
            divisor = 1000;
        } else if (units.startsWith("s")) {
            multiplier = 1000;
        } else if (units.startsWith("m")) {
            multiplier = 60_000;
        } else if (units.startsWith("h")) {
            multiplier = 3_600_000;
        } else if (!units.isEmpty() && units.charAt(0) != '\n' && units.charAt(0) != '\r') {
            return -1;
        }
        long n = leadingLong(s, -1);
        return n * multiplier / divisor;
    }

    /** {@code crm_parse_interval_spec}: milliseconds of an interval (ISO 8601 duration or msec), 0 if bad. */
    public static long intervalMs(String input) {
        if (input == null) {
            return 0;
        }
        long ms = input.startsWith("P") ? IsoTime.durationSeconds(input) * 1000 : msec(input);
        return ms < 0 ? 0 : ms;
    }

    /** {@code pcmk__numeric_strcasecmp}. */
    public static int numericStrcasecmp(String s1, String s2) {
        int i = 0;
        int j = 0;
        while (i < s1.length() && j < s2.length()) {
            char a = s1.charAt(i);
            char b = s2.charAt(j);
            if (isDigit(a) && isDigit(b)) {
                int ei = i;
                while (ei < s1.length() && isDigit(s1.charAt(ei))) {
                    ei++;
                }
                int ej = j;
                while (ej < s2.length() && isDigit(s2.charAt(ej))) {
                    ej++;
                }
                int c = compareDigits(s1.substring(i, ei), s2.substring(j, ej));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                int la = Character.toLowerCase(a);
                int lb = Character.toLowerCase(b);
                if (la != lb) {
                    return la < lb ? -1 : 1;
                }
                i++;
                j++;
            }
        }
        if (i >= s1.length() && j < s2.length()) {
            return -1;
        }
        if (i < s1.length() && j >= s2.length()) {
            return 1;
        }
        return 0;
    }

    private static int compareDigits(String a, String b) {
        String ta = a.replaceFirst("^0+(?=.)", "");
        String tb = b.replaceFirst("^0+(?=.)", "");
        if (ta.length() != tb.length()) {
            return ta.length() < tb.length() ? -1 : 1;
        }
        int c = ta.compareTo(tb);
        if (c != 0) {
            return c < 0 ? -1 : 1;
        }
        return Integer.compare(a.length(), b.length());
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}

package crmj.cib.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ISO 8601 forms Pacemaker's {@code crm_time} reads in a CIB: date-times (calendar, ordinal and week
 * dates, with an optional time and offset; UTC when no offset is given) and durations.
 */
public final class IsoTime {
    private static final Pattern CALENDAR = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})");
    private static final Pattern ORDINAL = Pattern.compile("(\\d{4})-?(\\d{3})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-?W(\\d{2})-?(\\d)");
    private static final Pattern TIME = Pattern.compile(
            "(\\d{2}):?(\\d{2})(?::?(\\d{2}))?(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");

    private IsoTime() {
    }

    /** Seconds of a duration such as {@code PT10S}, {@code P30S} or {@code P1DT2H}; -1 when unreadable. */
    public static long durationSeconds(String text) {
        String t = text.trim();
        if (!t.startsWith("P") || t.length() < 2) {
            return -1;
        }
        long total = 0;
        boolean time = false;
        int i = 1;
        while (i < t.length()) {
            if (t.charAt(i) == 'T') {
                time = true;
                i++;
                continue;
            }
            int start = i;
            while (i < t.length() && Character.isDigit(t.charAt(i))) {
                i++;
            }
            if (i == start || i >= t.length()) {
                return -1;
            }
            long n = Long.parseLong(t.substring(start, i));
            switch (t.charAt(i)) {
                case 'Y' -> total += n * 365 * 86400;
                case 'M' -> total += time ? n * 60 : n * 30 * 86400;
                case 'W' -> total += n * 7 * 86400;
                case 'D' -> total += n * 86400;
                case 'H' -> total += n * 3600;
                case 'S' -> total += n;
                default -> {
                    return -1;
                }
            }
            i++;
        }
        return total;
    }

    /** Epoch seconds of a date-time, or null when unreadable. */
    public static Long epochSeconds(String text) {
        String t = text.trim();
        int sep = indexOfTimeSeparator(t);
        String datePart = sep < 0 ? t : t.substring(0, sep);
        String timePart = sep < 0 ? "" : t.substring(sep + 1).trim();
        LocalDate date = date(datePart);
        if (date == null) {
            return null;
        }
        long seconds = date.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        if (timePart.isEmpty()) {
            return seconds;
        }
        Matcher m = TIME.matcher(timePart);
        if (!m.matches()) {
            return null;
        }
        seconds += Long.parseLong(m.group(1)) * 3600 + Long.parseLong(m.group(2)) * 60;
        if (m.group(3) != null) {
            seconds += Long.parseLong(m.group(3));
        }
        return seconds - offsetSeconds(m.group(4));
    }

    private static int indexOfTimeSeparator(String t) {
        int tIdx = t.indexOf('T');
        if (tIdx >= 0) {
            return tIdx;
        }
        return t.indexOf(' ');
    }

    private static LocalDate date(String s) {
        Matcher m = CALENDAR.matcher(s);
        if (m.matches()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        }
        m = WEEK.matcher(s);
        if (m.matches()) {
            return LocalDate.of(Integer.parseInt(m.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(2)))
                    .with(java.time.temporal.ChronoField.DAY_OF_WEEK, Integer.parseInt(m.group(3)));
        }
        m = ORDINAL.matcher(s);
        if (m.matches()) {
            return LocalDate.ofYearDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return null;
    }

    private static long offsetSeconds(String offset) {
        if (offset == null || offset.equals("Z")) {
            return 0;
        }
        int sign = offset.charAt(0) == '-' ? -1 : 1;
        String digits = offset.substring(1).replace(":", "");
        long hours = Long.parseLong(digits.substring(0, 2));
        long minutes = digits.length() >= 4 ? Long.parseLong(digits.substring(2, 4)) : 0;
        return sign * (hours * 3600 + minutes * 60);
    }
}

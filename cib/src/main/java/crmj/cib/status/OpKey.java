package crmj.cib.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An operation key split into resource, task and interval ({@code parse_op_key}). */
public record OpKey(String rscId, String task, long intervalMs) {
    private static final Pattern MIGRATE_NOTIFY = Pattern.compile(
            "^(.*)_(migrate_(from|to)|(pre|post)_notify_([a-z]+|migrate_(from|to)))_([0-9]+)$");

    /** The parts of a key, or null when it is not one. */
    public static OpKey parse(String key) {
        if (key == null || key.isEmpty()) {
            return null;
        }
        int u1 = key.indexOf('_');
        if (u1 < 0) {
            return null;
        }
        int u2 = key.indexOf('_', u1 + 1);
        if (u2 < 0) {
            return null;
        }
        int u3 = key.indexOf('_', u2 + 1);
        if (u3 < 0) {
            return new OpKey(key.substring(0, u1), key.substring(u1 + 1, u2), interval(key.substring(u2 + 1)));
        }
        Matcher m = MIGRATE_NOTIFY.matcher(key);
        if (m.matches()) {
            return new OpKey(m.group(1), m.group(2), interval(m.group(7)));
        }
        int intervalSep = key.lastIndexOf('_');
        int typeSep = key.lastIndexOf('_', intervalSep - 1);
        if (typeSep <= 0) {
            return null;
        }
        return new OpKey(key.substring(0, typeSep), key.substring(typeSep + 1, intervalSep),
                interval(key.substring(intervalSep + 1)));
    }

    private static long interval(String s) {
        return Math.max(0, Values.leadingLong(s, 0));
    }
}

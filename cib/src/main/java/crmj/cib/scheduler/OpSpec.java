package crmj.cib.scheduler;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An operation key ({@code rsc_task_interval}) split as Pacemaker's {@code parse_op_key} splits it: the
 * interval after the last underscore, the task before it (migrate_to, migrate_from and notification keys
 * recognised whole), the resource before that.
 *
 * @param resource the resource id
 * @param task the operation
 * @param intervalMs the interval in milliseconds
 */
record OpSpec(String resource, String task, long intervalMs) {
    private static final Pattern MIGRATE_NOTIFY = Pattern.compile(
            "^(.*)_(migrate_(from|to)|(pre|post)_notify_([a-z]+|migrate_(from|to)))_([0-9]+)$");

    /** The parts of a key, or empty when it has fewer than two underscores. */
    static Optional<OpSpec> parse(String key) {
        int u1 = key.indexOf('_');
        int u2 = u1 < 0 ? -1 : key.indexOf('_', u1 + 1);
        if (u2 < 0) {
            return Optional.empty();
        }
        if (key.indexOf('_', u2 + 1) < 0) {
            return Optional.of(new OpSpec(key.substring(0, u1), key.substring(u1 + 1, u2), interval(key.substring(u2 + 1))));
        }
        Matcher m = MIGRATE_NOTIFY.matcher(key);
        if (m.matches()) {
            return Optional.of(new OpSpec(m.group(1), m.group(2), interval(m.group(7))));
        }
        int last = key.lastIndexOf('_');
        int type = key.lastIndexOf('_', last - 1);
        return Optional.of(new OpSpec(key.substring(0, type), key.substring(type + 1, last),
                interval(key.substring(last + 1))));
    }

    private static long interval(String s) {
        int end = 0;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Long.parseLong(s.substring(0, Math.min(end, 18)));
    }
}

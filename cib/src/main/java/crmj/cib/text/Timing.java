package crmj.cib.text;

import java.time.Duration;
import java.time.Instant;

/**
 * Phase timers for performance work, off unless the environment sets {@code CRMJ_TIMING} (to anything
 * but empty): then each {@link #mark} prints to stderr the milliseconds since the previous mark and
 * since the launcher started ({@code ./crm} passes its start time), e.g. {@code crmj timing: parse 312 ms (at 498 ms)}. Costs one boolean
 * test when off.
 */
public final class Timing {
    private static final boolean ON = System.getenv("CRMJ_TIMING") != null && !System.getenv("CRMJ_TIMING").isEmpty();
    private static final long START_NANOS = ON ? startNanos() : 0;
    private static long last = START_NANOS;

    private Timing() {
    }

    /** Whether timing is on. */
    public static boolean on() {
        return ON;
    }

    /** Ends a phase: prints its duration (since the previous mark) and the time since process start. */
    public static synchronized void mark(String phase) {
        if (!ON) {
            return;
        }
        long now = System.nanoTime();
        // plain concatenation: printf's first use costs milliseconds of its own, which the next phase would show
        String took = Long.toString((now - last) / 1_000_000);
        String at = Long.toString((now - START_NANOS) / 1_000_000);
        System.err.println("crmj timing: " + phase + " ".repeat(Math.max(1, 29 - phase.length()))
                + " ".repeat(Math.max(0, 6 - took.length())) + took + " ms (at " + " ".repeat(Math.max(0, 5 - at.length()))
                + at + " ms)");
        last = now;
    }

    /** The launcher's start (it passes {@code -Dcrmj.t0=$EPOCHREALTIME}), else now. */
    private static long startNanos() {
        long now = System.nanoTime();
        String t0 = System.getProperty("crmj.t0", "");
        if (!t0.matches("\\d+[.,]\\d+")) {
            return now;
        }
        String[] parts = t0.split("[.,]");
        Instant started = Instant.ofEpochSecond(Long.parseLong(parts[0]),
                Long.parseLong((parts[1] + "000000000").substring(0, 9)));
        return now - Duration.between(started, Instant.now()).toNanos();
    }
}

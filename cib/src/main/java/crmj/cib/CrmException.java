package crmj.cib;

import java.util.List;
import java.util.Objects;

/**
 * The one exception type for user errors: bad syntax, bad references, invalid configurations.
 * Each problem names its place; the shell prints {@link #getMessage()} and goes on (or exits 1 in a script).
 */
public final class CrmException extends RuntimeException {
    private final List<Problem> problems;

    /** One problem: where, and what was wrong. */
    public record Problem(SourceLocation location, String message) {
        public Problem {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return location + ": " + message;
        }
    }

    public CrmException(List<Problem> problems) {
        super(join(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a CrmException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public CrmException(SourceLocation location, String message) {
        this(List.of(new Problem(location, message)));
    }

    /** All problems, in order of their place. */
    public List<Problem> problems() {
        return problems;
    }

    private static String join(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        for (Problem p : problems) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(p);
        }
        return sb.toString();
    }
}

package crmj.cib.agent;

import java.util.Objects;

/**
 * One finding of a configuration check, worded exactly as crmsh 4.4.1 words it, e.g.
 * {@code p1: parameter "bogus" is not known}. crmsh prints it as {@code ERROR: ...} or {@code WARNING: ...}
 * ({@link #toString()}); with its default {@code check-mode strict} an error stops the commit, a warning does not.
 *
 * @param severity error or warning
 * @param message the text after the {@code ERROR: }/{@code WARNING: } prefix
 */
public record ValidationProblem(Severity severity, String message) {

    /** How bad a finding is. */
    public enum Severity {
        /** Blocks {@code commit} (crmsh's strict check mode). */
        ERROR,
        /** Printed; the commit goes on. */
        WARNING
    }

    /** Rejects nulls. */
    public ValidationProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    static ValidationProblem error(String message) {
        return new ValidationProblem(Severity.ERROR, message);
    }

    static ValidationProblem warning(String message) {
        return new ValidationProblem(Severity.WARNING, message);
    }

    /** Whether this blocks a commit. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code ERROR: message} or {@code WARNING: message}, as crmsh prints it (without colour). */
    @Override
    public String toString() {
        return severity + ": " + message;
    }
}

package crmj.shell.registry;

import java.util.Objects;

/**
 * One argument of a command: its name in the synopsis, what completes it, and whether it may be
 * left out or repeated.
 */
public record ArgSpec(String name, Completion completion, boolean optional, boolean repeated) {
    public ArgSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(completion, "completion");
    }

    /** A required argument. */
    public static ArgSpec required(String name, Completion completion) {
        return new ArgSpec(name, completion, false, false);
    }

    /** An optional argument. */
    public static ArgSpec optional(String name, Completion completion) {
        return new ArgSpec(name, completion, true, false);
    }

    /** Zero or more arguments. */
    public static ArgSpec many(String name, Completion completion) {
        return new ArgSpec(name, completion, true, true);
    }
}

package crmj.shell.registry;

import java.util.List;

/** Where the candidates for an argument come from. */
public sealed interface Completion {
    /** Fixed words. */
    record Words(List<String> words) implements Completion {
        public Words {
            words = List.copyOf(words);
        }
    }

    /** Ids of configuration objects of the given kinds (crm keywords: primitive, group, ...; empty: all). */
    record Ids(List<String> kinds) implements Completion {
        public Ids {
            kinds = List.copyOf(kinds);
        }
    }

    /** Node names. */
    record Nodes() implements Completion {
    }

    /** Resource agents ([class:[provider:]]type). */
    record Agents() implements Completion {
    }

    /** File names. */
    record Files() implements Completion {
    }

    /** Levels one can cd into. */
    record Levels() implements Completion {
    }

    /** Commands of the current level (for help). */
    record Commands() implements Completion {
    }

    /** The rest of the line is crm configure syntax (object definitions). */
    record CrmSyntax() implements Completion {
    }

    /** Shadow CIB names (and "live" where it is allowed). */
    record Shadows() implements Completion {
    }

    /** Free text, nothing to complete. */
    record None() implements Completion {
    }

    /** Fixed words. */
    static Completion words(String... words) {
        return new Words(List.of(words));
    }

    /** Ids of objects of these kinds. */
    static Completion ids(String... kinds) {
        return new Ids(List.of(kinds));
    }
}

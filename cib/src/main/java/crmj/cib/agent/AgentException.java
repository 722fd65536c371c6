package crmj.cib.agent;

import java.util.Optional;

/**
 * A resource agent could not be named, found or read. The message is one line meant for the user, e.g.
 * {@code unknown resource agent ocf:heartbeat:Filesystm (did you mean ocf:heartbeat:Filesystem?)}.
 */
public final class AgentException extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** The text is not a valid agent specification ({@code a:b:c:d}, {@code ocf::Dummy}, {@code ../x}). */
        INVALID_SPEC,
        /** No such agent (or program) is installed. */
        NOT_FOUND,
        /** The agent ran but failed (non-zero exit, no output, could not be started). */
        FAILED,
        /** The agent did not finish in time and was killed. */
        TIMEOUT,
        /** The agent's output is not a usable meta-data document. */
        UNREADABLE
    }

    private final Kind kind;
    private final transient Optional<String> suggestion;

    /** A failure without a suggestion. */
    public AgentException(Kind kind, String message) {
        this(kind, message, Optional.empty(), null);
    }

    /** A failure with its cause. */
    public AgentException(Kind kind, String message, Throwable cause) {
        this(kind, message, Optional.empty(), cause);
    }

    private AgentException(Kind kind, String message, Optional<String> suggestion, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.suggestion = suggestion;
    }

    /**
     * {@code unknown resource agent SPEC}, with {@code (did you mean X?)} appended when a close name exists.
     */
    public static AgentException unknownAgent(String spec, Optional<String> suggestion) {
        String message = "unknown resource agent " + spec + suggestion.map(s -> " (did you mean " + s + "?)").orElse("");
        return new AgentException(Kind.NOT_FOUND, message, suggestion, null);
    }

    /** What went wrong. */
    public Kind kind() {
        return kind;
    }

    /** The closest known name, when the failure is an unknown name and one is close enough. */
    public Optional<String> suggestion() {
        return suggestion == null ? Optional.empty() : suggestion;
    }
}

package crmj.cib.text;

import crmj.cib.SourceLocation;
import crmj.cib.model.CibObject;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What one line of a configure script asks for. */
public sealed interface Statement {

    /** Where the line starts. */
    SourceLocation location();

    /** Define (or redefine) an object. */
    record Define(CibObject object, SourceLocation location) implements Statement {
        public Define {
            Objects.requireNonNull(object, "object");
            Objects.requireNonNull(location, "location");
        }
    }

    /** {@code monitor RSC[:ROLE] INTERVAL[:TIMEOUT]}: add a monitor op to a primitive. */
    record Monitor(String resource, Optional<String> role, String interval, Optional<String> timeout,
                   SourceLocation location) implements Statement {
        public Monitor {
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(interval, "interval");
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(location, "location");
        }
    }

    /** A configure-level command (show, commit, delete, ...), dispatched by name. */
    record Command(String name, List<String> arguments, String text, SourceLocation location) implements Statement {
        public Command {
            Objects.requireNonNull(name, "name");
            arguments = List.copyOf(arguments);
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(location, "location");
        }
    }
}

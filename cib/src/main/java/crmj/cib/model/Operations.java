package crmj.cib.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An {@code <operations>} element: optional id or id-ref and its ops. */
public record Operations(Optional<String> id, Optional<String> idRef, List<Op> ops) implements Part {
    public Operations {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(idRef, "idRef");
        ops = List.copyOf(ops);
    }
}

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

    // equals and hashCode as the generated ones (same values), written out: the generated ones cost
    // a method-handle set-up at their first call, a measurable part of a short crm run

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Operations x && id.equals(x.id) && idRef.equals(x.idRef) && ops.equals(x.ops);
    }

    @Override
    public int hashCode() {
        return (id.hashCode() * 31 + idRef.hashCode()) * 31 + ops.hashCode();
    }
}

package crmj.cib.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An alert's {@code <recipient>}. */
public record Recipient(String id, String value, Optional<String> description, List<AttributeSet> sets) implements Part {
    public Recipient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(description, "description");
        sets = List.copyOf(sets);
    }
}

package crmj.cib.model;

import java.util.List;
import java.util.Objects;

/** An alert's {@code <select>}: the selected kinds in order, and attribute names for {@code select_attributes}. */
public record AlertSelect(List<String> kinds, List<String> attributes) implements Part {
    public AlertSelect {
        kinds = List.copyOf(kinds);
        attributes = List.copyOf(attributes);
        Objects.requireNonNull(kinds);
    }
}

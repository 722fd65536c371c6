package crmj.cib.model;

import java.util.Objects;
import java.util.Optional;

/** An {@code <expression>} on a node attribute: binary ({@code #uname eq alpha}) or unary ({@code defined pingd}). */
public record AttrExpression(String id, String attribute, String operation, Optional<String> value,
                             Optional<String> type, Optional<String> valueSource) implements Expression {
    public AttrExpression {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(valueSource, "valueSource");
    }
}

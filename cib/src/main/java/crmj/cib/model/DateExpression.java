package crmj.cib.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code <date_expression>}: {@code lt}/{@code gt} with an end/start, {@code in_range} with start, end or
 * a duration, {@code date_spec} with a spec. {@code detail} is the nested {@code <duration>} or
 * {@code <date_spec>}.
 */
public record DateExpression(String id, String operation, Optional<String> start, Optional<String> end,
                             Optional<DateDetail> detail) implements Expression {
    public DateExpression {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(detail, "detail");
    }

    /** A {@code <duration>} or {@code <date_spec>} element: its tag, id and attributes in order. */
    public record DateDetail(String tag, String id, List<Attr> attributes) {
        public DateDetail {
            Objects.requireNonNull(tag, "tag");
            Objects.requireNonNull(id, "id");
            attributes = List.copyOf(attributes);
        }
    }
}

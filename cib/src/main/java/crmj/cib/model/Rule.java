package crmj.cib.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A {@code <rule>}: expressions joined by one boolean operator, with a score and an optional role. */
public record Rule(Optional<String> id, Optional<String> idRef, Optional<String> role, Optional<String> score,
                   Optional<String> scoreAttribute, Optional<String> booleanOp, List<Expression> expressions) {
    public Rule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(idRef, "idRef");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(scoreAttribute, "scoreAttribute");
        Objects.requireNonNull(booleanOp, "booleanOp");
        expressions = List.copyOf(expressions);
    }
}

package crmj.cib.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code <instance_attributes>}, {@code <meta_attributes>}, {@code <utilization>} or
 * {@code <cluster_property_set>}: optional id or id-ref, score, rules and nvpairs.
 */
public record AttributeSet(SetKind kind, Optional<String> id, Optional<String> idRef, Optional<String> score,
                           List<Rule> rules, List<Nvpair> nvpairs) implements Part {
    public AttributeSet {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(idRef, "idRef");
        Objects.requireNonNull(score, "score");
        rules = List.copyOf(rules);
        nvpairs = List.copyOf(nvpairs);
    }

    /** The value of the first nvpair with this name, if any. */
    public Optional<String> value(String name) {
        return nvpairs.stream().filter(p -> p.name().equals(Optional.of(name)))
                .findFirst().flatMap(Nvpair::value);
    }
}

package crmj.cib.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An {@code <op>}: its id, its XML attributes in order (name, interval, timeout, ...) and nested sets. */
public record Op(String id, List<Attr> attributes, List<AttributeSet> sets) {
    public Op {
        Objects.requireNonNull(id, "id");
        attributes = List.copyOf(attributes);
        sets = List.copyOf(sets);
    }

    /** The value of an XML attribute of the op. */
    public Optional<String> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).map(Attr::value).findFirst();
    }

    /** The op's name (start, stop, monitor, ...). */
    public String name() {
        return attribute("name").orElse("");
    }
}

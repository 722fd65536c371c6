package crmj.cib.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An XML attribute of an element the model keeps as an ordered list (e.g. an op's attributes). */
public record Attr(String name, String value) {
    public Attr {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** The value of the first attribute with this name in a list. */
    public static Optional<String> find(List<Attr> attributes, String name) {
        return attributes.stream().filter(a -> a.name.equals(name)).map(Attr::value).findFirst();
    }
}

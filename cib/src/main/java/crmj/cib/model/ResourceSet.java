package crmj.cib.model;

import java.util.List;
import java.util.Objects;

/** A {@code <resource_set>} of a constraint: its XML attributes in order, and its resource refs. */
public record ResourceSet(String id, List<Attr> attributes, List<String> resources) {
    public ResourceSet {
        Objects.requireNonNull(id, "id");
        attributes = List.copyOf(attributes);
        resources = List.copyOf(resources);
    }

    /** The value of an attribute, if set. */
    public java.util.Optional<String> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).map(Attr::value).findFirst();
    }
}

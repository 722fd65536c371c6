package crmj.cib.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A whole CIB: the {@code <cib>} element's attributes in order, the configuration objects in
 * document order, and the status section kept verbatim (the scheduler reads it).
 */
public record Cib(List<Attr> attributes, List<CibObject> objects, String status) {
    public Cib {
        attributes = List.copyOf(attributes);
        objects = List.copyOf(objects);
        Objects.requireNonNull(status, "status");
    }

    /**
     * Component-wise, as the generated record equals; written out so that the common comparisons
     * (is the working copy still the committed one?) need no method-handle set-up at start.
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Cib c && attributes.equals(c.attributes) && objects.equals(c.objects)
                && status.equals(c.status);
    }

    @Override
    public int hashCode() {
        return (attributes.hashCode() * 31 + objects.hashCode()) * 31 + status.hashCode();
    }

    /** The object with this id, if any (nodes match by id or uname). */
    public Optional<CibObject> find(String id) {
        for (CibObject o : objects) {
            if (o.id().equals(id)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** The value of a {@code <cib>} attribute. */
    public Optional<String> attribute(String name) {
        return Attr.find(attributes, name);
    }

    /** A copy with one {@code <cib>} attribute set (appended when new). */
    public Cib withAttribute(String name, String value) {
        List<Attr> out = new ArrayList<>();
        boolean found = false;
        for (Attr a : attributes) {
            if (a.name().equals(name)) {
                out.add(new Attr(name, value));
                found = true;
            } else {
                out.add(a);
            }
        }
        if (!found) {
            out.add(new Attr(name, value));
        }
        return new Cib(out, objects, status);
    }

    /** A copy with other objects. */
    public Cib withObjects(List<CibObject> newObjects) {
        return new Cib(attributes, newObjects, status);
    }

    /** This CIB with another status section (its XML text, as kept in {@link #status()}). */
    public Cib withStatus(String newStatus) {
        return new Cib(attributes, objects, newStatus);
    }

    /** The objects matching a predicate, in document order. */
    public List<CibObject> select(Predicate<CibObject> p) {
        return objects.stream().filter(p).toList();
    }
}

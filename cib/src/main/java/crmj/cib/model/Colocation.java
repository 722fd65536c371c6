package crmj.cib.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@code <rsc_colocation>}. {@code attributes} holds its XML attributes after the id, in document order;
 * {@code sets} its resource sets.
 */
public record Colocation(String id, List<Attr> attributes, List<ResourceSet> sets, List<String> comments)
        implements CibObject {
    public Colocation {
        Objects.requireNonNull(id, "id");
        attributes = List.copyOf(attributes);
        sets = List.copyOf(sets);
        comments = List.copyOf(comments);
    }

    /** The value of an XML attribute. */
    public Optional<String> attribute(String name) {
        return Attr.find(attributes, name);
    }

    @Override
    public ObjectType type() {
        return ObjectType.COLOCATION;
    }

    @Override
    public <R> R accept(CibObjectVisitor<R> visitor) {
        return visitor.visitColocation(this);
    }
}

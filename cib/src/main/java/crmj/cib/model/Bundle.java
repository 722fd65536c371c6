package crmj.cib.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A {@code <bundle>}: container, network, storage parts, meta sets, and an optional primitive child. */
public record Bundle(String id, Optional<String> description, List<Part> parts, Optional<String> child,
                     List<String> comments) implements CibObject, Described {
    public Bundle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        parts = List.copyOf(parts);
        Objects.requireNonNull(child, "child");
        comments = List.copyOf(comments);
    }

    @Override
    public ObjectType type() {
        return ObjectType.BUNDLE;
    }

    @Override
    public <R> R accept(CibObjectVisitor<R> visitor) {
        return visitor.visitBundle(this);
    }
}

package crmj.cib.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A {@code <clone>} or, when {@code master} is true, a {@code <master>} (crm: ms). */
public record Clone(String id, boolean master, String child, Optional<String> description, List<Part> parts,
                    List<String> comments) implements CibObject, Described {
    public Clone {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(description, "description");
        parts = List.copyOf(parts);
        comments = List.copyOf(comments);
    }

    @Override
    public ObjectType type() {
        return master ? ObjectType.MS : ObjectType.CLONE;
    }

    @Override
    public <R> R accept(CibObjectVisitor<R> visitor) {
        return visitor.visitClone(this);
    }
}

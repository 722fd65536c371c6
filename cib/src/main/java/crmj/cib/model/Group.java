package crmj.cib.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A {@code <group>}: ordered member ids and attribute sets. */
public record Group(String id, List<String> members, Optional<String> description, List<Part> parts,
                    List<String> comments) implements CibObject, Described {
    public Group {
        Objects.requireNonNull(id, "id");
        members = List.copyOf(members);
        Objects.requireNonNull(description, "description");
        parts = List.copyOf(parts);
        comments = List.copyOf(comments);
    }

    @Override
    public ObjectType type() {
        return ObjectType.GROUP;
    }

    @Override
    public <R> R accept(CibObjectVisitor<R> visitor) {
        return visitor.visitGroup(this);
    }
}

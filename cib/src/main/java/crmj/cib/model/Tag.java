package crmj.cib.model;

import java.util.List;
import java.util.Objects;

/** A {@code <tag>} with its {@code obj_ref} ids. */
public record Tag(String id, List<String> refs, List<String> comments) implements CibObject {
    public Tag {
        Objects.requireNonNull(id, "id");
        refs = List.copyOf(refs);
        comments = List.copyOf(comments);
    }

    @Override
    public ObjectType type() {
        return ObjectType.TAG;
    }

    @Override
    public <R> R accept(CibObjectVisitor<R> visitor) {
        return visitor.visitTag(this);
    }
}

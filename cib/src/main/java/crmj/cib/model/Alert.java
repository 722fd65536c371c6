package crmj.cib.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An {@code <alert>}: path, description, and children (select, attribute sets, recipients) in order. */
public record Alert(String id, String path, Optional<String> description, List<Part> parts, List<String> comments)
        implements CibObject, Described {
    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(description, "description");
        parts = List.copyOf(parts);
        comments = List.copyOf(comments);
    }

    @Override
    public ObjectType type() {
        return ObjectType.ALERT;
    }

    @Override
    public <R> R accept(CibObjectVisitor<R> visitor) {
        return visitor.visitAlert(this);
    }
}

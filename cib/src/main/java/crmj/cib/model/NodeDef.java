package crmj.cib.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A {@code <node>} of the configuration section. {@code parts} are its attribute sets (and comments). */
public record NodeDef(String id, String uname, Optional<String> nodeType, Optional<String> description,
                      List<Part> parts, List<String> comments) implements CibObject, Described {
    public NodeDef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(uname, "uname");
        Objects.requireNonNull(nodeType, "nodeType");
        Objects.requireNonNull(description, "description");
        parts = List.copyOf(parts);
        comments = List.copyOf(comments);
    }

    @Override
    public ObjectType type() {
        return ObjectType.NODE;
    }

    @Override
    public <R> R accept(CibObjectVisitor<R> visitor) {
        return visitor.visitNode(this);
    }
}

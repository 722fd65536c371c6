package crmj.cib.model;

import java.util.List;

/** The {@code <fencing-topology>} element with its levels (crm: fencing_topology). */
public record FencingTopology(List<Level> levels, List<String> comments) implements CibObject {
    public FencingTopology {
        levels = List.copyOf(levels);
        comments = List.copyOf(comments);
    }

    /** A {@code <fencing-level>}: id and XML attributes in order (target..., index, devices). */
    public record Level(String id, List<Attr> attributes) {
        public Level {
            java.util.Objects.requireNonNull(id, "id");
            attributes = List.copyOf(attributes);
        }
    }

    @Override
    public String id() {
        return "fencing_topology";
    }

    @Override
    public ObjectType type() {
        return ObjectType.FENCING_TOPOLOGY;
    }

    @Override
    public <R> R accept(CibObjectVisitor<R> visitor) {
        return visitor.visitFencingTopology(this);
    }
}

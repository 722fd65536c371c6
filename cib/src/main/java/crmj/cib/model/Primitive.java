package crmj.cib.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code <primitive>} or, when {@code template} is true, a {@code <template>} (crm: rsc_template).
 * Either {@code agent} or {@code templateRef} is present.
 */
public record Primitive(String id, boolean template, Optional<AgentRef> agent, Optional<String> templateRef,
                        Optional<String> description, List<Part> parts, List<String> comments)
        implements CibObject, Described {
    public Primitive {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(templateRef, "templateRef");
        Objects.requireNonNull(description, "description");
        parts = List.copyOf(parts);
        comments = List.copyOf(comments);
    }

    @Override
    public ObjectType type() {
        return template ? ObjectType.RSC_TEMPLATE : ObjectType.PRIMITIVE;
    }

    /** The attribute sets of one kind, in order. */
    public List<AttributeSet> sets(SetKind kind) {
        return parts.stream().filter(p -> p instanceof AttributeSet s && s.kind() == kind)
                .map(AttributeSet.class::cast).toList();
    }

    /** All ops of all {@code <operations>} elements, in order. */
    public List<Op> ops() {
        return parts.stream().filter(Operations.class::isInstance)
                .flatMap(p -> ((Operations) p).ops().stream()).toList();
    }

    @Override
    public <R> R accept(CibObjectVisitor<R> visitor) {
        return visitor.visitPrimitive(this);
    }
}

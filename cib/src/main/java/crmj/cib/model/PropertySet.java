package crmj.cib.model;

import java.util.List;
import java.util.Objects;

/**
 * A {@code property}, {@code rsc_defaults} or {@code op_defaults} entry: one attribute set
 * ({@code cluster_property_set} or {@code meta_attributes}) of crm_config, rsc_defaults or op_defaults.
 */
public record PropertySet(ObjectType type, AttributeSet set, List<String> comments) implements CibObject {
    public PropertySet {
        if (type != ObjectType.PROPERTY && type != ObjectType.RSC_DEFAULTS && type != ObjectType.OP_DEFAULTS) {
            throw new IllegalArgumentException("not a property kind: " + type);
        }
        Objects.requireNonNull(set, "set");
        comments = List.copyOf(comments);
    }

    @Override
    public String id() {
        return set.id().or(set::idRef).orElse("");
    }

    @Override
    public <R> R accept(CibObjectVisitor<R> visitor) {
        return visitor.visitPropertySet(this);
    }
}

package crmj.cib.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@code <rsc_location>}. {@code attributes} holds the XML attributes after the id, in document order
 * (rsc, rsc-pattern, role, resource-discovery, score, score-attribute, node, ...).
 */
public record Location(String id, List<Attr> attributes, List<ResourceSet> sets, List<Rule> rules,
                       List<String> comments) implements CibObject {
    public Location {
        Objects.requireNonNull(id, "id");
        attributes = List.copyOf(attributes);
        sets = List.copyOf(sets);
        rules = List.copyOf(rules);
        comments = List.copyOf(comments);
    }

    /** The value of an XML attribute. */
    public Optional<String> attribute(String name) {
        return Attr.find(attributes, name);
    }

    @Override
    public ObjectType type() {
        return ObjectType.LOCATION;
    }

    @Override
    public <R> R accept(CibObjectVisitor<R> visitor) {
        return visitor.visitLocation(this);
    }
}

package crmj.cib.model;

import java.util.List;
import java.util.Objects;

/** An {@code <acl_target>} or {@code <acl_group>} with the ids of its roles. */
public record AclTarget(String id, boolean group, List<String> roles, List<String> comments) implements CibObject {
    public AclTarget {
        Objects.requireNonNull(id, "id");
        roles = List.copyOf(roles);
        comments = List.copyOf(comments);
    }

    @Override
    public ObjectType type() {
        return group ? ObjectType.ACL_GROUP : ObjectType.ACL_TARGET;
    }

    @Override
    public <R> R accept(CibObjectVisitor<R> visitor) {
        return visitor.visitAclTarget(this);
    }
}

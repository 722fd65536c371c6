package crmj.cib.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An {@code <acl_role>} with its {@code <acl_permission>} children. */
public record AclRole(String id, Optional<String> description, List<Permission> permissions, List<String> comments)
        implements CibObject, Described {
    public AclRole {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        permissions = List.copyOf(permissions);
        comments = List.copyOf(comments);
    }

    /** An {@code <acl_permission>}: id and XML attributes in order (kind, xpath|reference|object-type, ...). */
    public record Permission(String id, List<Attr> attributes) {
        public Permission {
            Objects.requireNonNull(id, "id");
            attributes = List.copyOf(attributes);
        }
    }

    @Override
    public ObjectType type() {
        return ObjectType.ROLE;
    }

    @Override
    public <R> R accept(CibObjectVisitor<R> visitor) {
        return visitor.visitAclRole(this);
    }
}

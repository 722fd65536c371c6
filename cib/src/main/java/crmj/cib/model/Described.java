package crmj.cib.model;

import java.util.Optional;

/** An object with a {@code description} attribute (nodes, resources, alerts, ACL roles). */
public interface Described {
    /** The description, when the object has one (possibly empty). */
    Optional<String> description();
}

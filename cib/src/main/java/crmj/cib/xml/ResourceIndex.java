package crmj.cib.xml;

import crmj.cib.model.Bundle;
import crmj.cib.model.CibObject;
import crmj.cib.model.Clone;
import crmj.cib.model.Group;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The resources of a CIB by id, and the ids that are nested in a group, clone or bundle. */
final class ResourceIndex {
    private final Map<String, CibObject> byId = new HashMap<>();
    private final Set<String> nested = new HashSet<>();

    ResourceIndex(List<CibObject> objects) {
        for (CibObject o : objects) {
            if (!CibSections.sectionOf(o).equals(CibSections.RESOURCES) || CibSections.isComment(o)) {
                continue;
            }
            byId.putIfAbsent(o.id(), o);
            if (o instanceof Group g) {
                nested.addAll(g.members());
            } else if (o instanceof Clone c) {
                nested.add(c.child());
            } else if (o instanceof Bundle b) {
                b.child().ifPresent(nested::add);
            }
        }
    }

    /** The resource that a container names as its child. */
    Optional<CibObject> child(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** True when the object is written inside its container rather than at the top of its section. */
    boolean isNested(CibObject o) {
        return CibSections.sectionOf(o).equals(CibSections.RESOURCES) && !CibSections.isComment(o)
                && nested.contains(o.id()) && byId.get(o.id()) == o;
    }
}

package crmj.cib.text;

import crmj.cib.model.Bundle;
import crmj.cib.model.CibObject;
import crmj.cib.model.Clone;
import crmj.cib.model.Group;
import crmj.cib.model.Primitive;
import crmj.cib.model.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What else changes when objects are deleted, renamed or put in a container, as crmsh 4.4.1 does it.
 * Works on a mutable list of objects (document order); reports each change as crmsh's INFO line.
 */
final class Cascades {
    private final List<CibObject> objects;
    private final Consumer<String> info;

    Cascades(List<CibObject> objects, Consumer<String> info) {
        this.objects = objects;
        this.info = info;
    }

    /**
     * crmsh's delete of one object: a container that holds only this object goes first; the object's
     * children stay (as top-level resources); tags lose the reference (and go when empty); constraints
     * lose it, pass it to the first child, or go when nothing sensible is left.
     */
    void delete(CibObject o) {
        Optional<CibObject> parent = ConfigEditor.parentOf(objects, o.id());
        if (parent.isPresent() && ConfigEditor.childIds(parent.get()).size() == 1) {
            delete(parent.get());
        }
        int at = ConfigEditor.indexOf(objects, o.id());
        if (at < 0) {
            return;
        }
        objects.remove(at);
        // the children of a deleted container become top-level resources, at the end (crmsh's relink)
        for (String child : ConfigEditor.childIds(o)) {
            int ci = ConfigEditor.indexOf(objects, child);
            if (ci >= 0 && objects.get(ci).type().isResource()) {
                objects.add(objects.remove(ci));
            }
        }
        parent = ConfigEditor.parentOf(objects, o.id());
        parent.ifPresent(p -> replace(p, withoutChild(p, o.id())));
        for (CibObject t : new ArrayList<>(objects)) {
            if (t instanceof Tag tag && tag.refs().contains(o.id())) {
                List<String> refs = new ArrayList<>(tag.refs());
                refs.removeIf(r -> r.equals(o.id()));
                if (refs.isEmpty()) {
                    objects.remove(t);
                    info.accept("hanging tag:" + tag.id() + " deleted");
                } else {
                    replace(t, new Tag(tag.id(), refs, tag.comments()));
                }
            }
        }
        if (!o.type().isResource()) {
            return;
        }
        List<String> children = ConfigEditor.childIds(o);
        for (CibObject c : new ArrayList<>(objects)) {
            if (!ConstraintRefs.isConstraint(c) || !ConstraintRefs.referenced(c).contains(o.id())) {
                continue;
            }
            CibObject current = c;
            if (ConstraintRefs.sets(c).isEmpty() && !children.isEmpty()) {
                current = ConstraintRefs.rename(c, o.id(), children.get(0)).orElse(c);
                if (current != c) {
                    info.accept("modified " + describe(c) + " from " + o.id() + " to " + children.get(0));
                }
            }
            Optional<CibObject> reduced = ConstraintRefs.delete(current, o.id());
            CibObject after = reduced.orElse(current);
            if (ConstraintRefs.silly(after, o.id())) {
                objects.remove(c);
                info.accept("hanging " + describe(c) + " deleted");
            } else {
                replace(c, after);
                if (reduced.isPresent()) {
                    info.accept("constraint " + describe(c) + " updated");
                }
            }
        }
    }

    /** Points constraints at a new name. */
    void renameReferences(String from, String to) {
        for (CibObject c : new ArrayList<>(objects)) {
            if (ConstraintRefs.isConstraint(c)) {
                Optional<CibObject> renamed = ConstraintRefs.rename(c, from, to);
                if (renamed.isPresent()) {
                    replace(c, renamed.get());
                    info.accept("modified " + describe(c) + " from " + from + " to " + to);
                }
            }
        }
    }

    /**
     * crmsh's _redirect_children_constraints: constraints on a new container's children now name the
     * container; those left constraining the container against itself are dropped silently.
     */
    void redirectToContainer(CibObject container) {
        for (String child : ConfigEditor.childIds(container)) {
            renameReferences(child, container.id());
        }
        for (CibObject c : new ArrayList<>(objects)) {
            if (ConstraintRefs.isConstraint(c) && ConstraintRefs.referenced(c).contains(container.id())
                    && ConstraintRefs.silly(c, container.id())) {
                objects.remove(c);
            }
        }
    }

    private void replace(CibObject old, CibObject updated) {
        int i = objects.indexOf(old);
        if (i >= 0) {
            objects.set(i, updated);
        }
    }

    private static CibObject withoutChild(CibObject parent, String child) {
        if (parent instanceof Group g) {
            List<String> members = new ArrayList<>(g.members());
            members.remove(child);
            return new Group(g.id(), members, g.description(), g.parts(), g.comments());
        }
        return parent;
    }

    /** crmsh's object name in messages: {@code location:l1}. */
    static String describe(CibObject o) {
        return o.type().keyword() + ":" + o.id();
    }

    /** True when an object is a primitive using the template. */
    static boolean usesTemplate(CibObject o, String template) {
        return o instanceof Primitive p && p.templateRef().equals(Optional.of(template));
    }

    /** True for objects that hold other resources. */
    static boolean isContainer(CibObject o) {
        return o instanceof Group || o instanceof Clone || o instanceof Bundle;
    }
}

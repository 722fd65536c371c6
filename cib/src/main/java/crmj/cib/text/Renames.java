package crmj.cib.text;

import crmj.cib.model.AclRole;
import crmj.cib.model.AclTarget;
import crmj.cib.model.Alert;
import crmj.cib.model.Bundle;
import crmj.cib.model.CibObject;
import crmj.cib.model.Clone;
import crmj.cib.model.Colocation;
import crmj.cib.model.Group;
import crmj.cib.model.Location;
import crmj.cib.model.Order;
import crmj.cib.model.Primitive;
import crmj.cib.model.RscTicket;
import crmj.cib.model.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The id changes of {@code rename}: the object itself, and its name as a container's child. */
final class Renames {
    private Renames() {
    }

    /** The object under a new id (inner ids keep the old prefix, as in crmsh); empty for kinds without one. */
    static Optional<CibObject> withId(CibObject o, String id) {
        if (o instanceof Primitive p) {
            return Optional.of(new Primitive(id, p.template(), p.agent(), p.templateRef(), p.description(), p.parts(),
                    p.comments()));
        } else if (o instanceof Group g) {
            return Optional.of(new Group(id, g.members(), g.description(), g.parts(), g.comments()));
        } else if (o instanceof Clone c) {
            return Optional.of(new Clone(id, c.master(), c.child(), c.description(), c.parts(), c.comments()));
        } else if (o instanceof Bundle b) {
            return Optional.of(new Bundle(id, b.description(), b.parts(), b.child(), b.comments()));
        } else if (o instanceof Location l) {
            return Optional.of(new Location(id, l.attributes(), l.sets(), l.rules(), l.comments()));
        } else if (o instanceof Colocation c) {
            return Optional.of(new Colocation(id, c.attributes(), c.sets(), c.comments()));
        } else if (o instanceof Order c) {
            return Optional.of(new Order(id, c.attributes(), c.sets(), c.comments()));
        } else if (o instanceof RscTicket c) {
            return Optional.of(new RscTicket(id, c.attributes(), c.sets(), c.comments()));
        } else if (o instanceof Tag t) {
            return Optional.of(new Tag(id, t.refs(), t.comments()));
        } else if (o instanceof Alert a) {
            return Optional.of(new Alert(id, a.path(), a.description(), a.parts(), a.comments()));
        } else if (o instanceof AclRole r) {
            return Optional.of(new AclRole(id, r.description(), r.permissions(), r.comments()));
        } else if (o instanceof AclTarget t) {
            return Optional.of(new AclTarget(id, t.group(), t.roles(), t.comments()));
        }
        return Optional.empty();
    }

    /** A container naming {@code from} as a child names {@code to} instead (the XML nests them). */
    static CibObject withChildRenamed(CibObject o, String from, String to) {
        if (o instanceof Group g && g.members().contains(from)) {
            List<String> members = new ArrayList<>();
            g.members().forEach(m -> members.add(m.equals(from) ? to : m));
            return new Group(g.id(), members, g.description(), g.parts(), g.comments());
        } else if (o instanceof Clone c && c.child().equals(from)) {
            return new Clone(c.id(), c.master(), to, c.description(), c.parts(), c.comments());
        } else if (o instanceof Bundle b && b.child().equals(Optional.of(from))) {
            return new Bundle(b.id(), b.description(), b.parts(), Optional.of(to), b.comments());
        }
        return o;
    }
}

package crmj.cib.model;

import java.util.List;

/** A top-level object of the configuration, as crmsh shows it: one {@code show} entry each. */
public sealed interface CibObject
        permits NodeDef, Primitive, Group, Clone, Bundle, Location, Colocation, Order, RscTicket,
                PropertySet, FencingTopology, Tag, Alert, AclRole, AclTarget, XmlObject {

    /** The object's id (for a node, its id attribute; for property sets, the set id). */
    String id();

    /** The kind of object, which also decides its place in {@code show}. */
    ObjectType type();

    /** {@code #} comment lines attached to the object, in order. */
    List<String> comments();

    /** Accepts a visitor. */
    <R> R accept(CibObjectVisitor<R> visitor);
}

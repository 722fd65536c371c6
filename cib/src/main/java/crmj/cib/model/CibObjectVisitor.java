package crmj.cib.model;

/** A visitor over the top-level object kinds. */
public interface CibObjectVisitor<R> {
    R visitNode(NodeDef node);

    R visitPrimitive(Primitive primitive);

    R visitGroup(Group group);

    R visitClone(Clone clone);

    R visitBundle(Bundle bundle);

    R visitLocation(Location location);

    R visitColocation(Colocation colocation);

    R visitOrder(Order order);

    R visitRscTicket(RscTicket ticket);

    R visitPropertySet(PropertySet set);

    R visitFencingTopology(FencingTopology topology);

    R visitTag(Tag tag);

    R visitAlert(Alert alert);

    R visitAclRole(AclRole role);

    R visitAclTarget(AclTarget target);

    R visitXmlObject(XmlObject object);
}

package crmj.cib.model;

import java.util.List;
import java.util.Objects;

/**
 * A top-level element crmj does not model (or cannot show in crm syntax), kept verbatim and
 * shown as crmsh does: {@code xml <...>}. {@code section} names the CIB section it lives in.
 */
public record XmlObject(String id, String section, String xml, List<String> comments) implements CibObject {
    public XmlObject {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(xml, "xml");
        comments = List.copyOf(comments);
    }

    @Override
    public ObjectType type() {
        return ObjectType.XML;
    }

    @Override
    public <R> R accept(CibObjectVisitor<R> visitor) {
        return visitor.visitXmlObject(this);
    }
}

package crmj.cib.model;

import java.util.Objects;

/**
 * An element the model does not interpret, kept verbatim (serialized XML) so nothing read
 * is ever dropped.
 */
public record RawXml(String xml) implements Part, Expression {
    public RawXml {
        Objects.requireNonNull(xml, "xml");
    }
}

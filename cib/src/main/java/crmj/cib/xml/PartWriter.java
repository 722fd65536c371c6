package crmj.cib.xml;

import crmj.cib.model.AlertSelect;
import crmj.cib.model.AttrExpression;
import crmj.cib.model.AttributeSet;
import crmj.cib.model.Comment;
import crmj.cib.model.ContainerPart;
import crmj.cib.model.DateExpression;
import crmj.cib.model.Expression;
import crmj.cib.model.Nvpair;
import crmj.cib.model.Op;
import crmj.cib.model.Operations;
import crmj.cib.model.Part;
import crmj.cib.model.RawXml;
import crmj.cib.model.Recipient;
import crmj.cib.model.Rule;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps parts, attribute sets, rules and expressions to XML, with crmsh 4.4.1's attribute order (crmsh sets
 * the attributes it parsed in command-line order and appends the generated id last).
 */
final class PartWriter {
    private PartWriter() {
    }

    /** The XML nodes of one part (a RawXml may hold several); {@code owner} is the id of the object. */
    static List<XNode> part(Part p, String owner) {
        if (p instanceof AttributeSet s) {
            return List.of(attributeSet(s, owner, List.of()));
        } else if (p instanceof Operations o) {
            return List.of(operations(o));
        } else if (p instanceof Comment c) {
            return List.of(new XNode.Comment(c.text()));
        } else if (p instanceof RawXml r) {
            return XmlParser.parseFragment(r.xml());
        } else if (p instanceof ContainerPart c) {
            return List.of(containerPart(c));
        } else if (p instanceof Recipient r) {
            return List.of(recipient(r));
        }
        return List.of(select((AlertSelect) p, owner));
    }

    /** The XML nodes of an object's parts, in order. */
    static List<XNode> parts(List<Part> parts, String owner) {
        List<XNode> out = new ArrayList<>();
        parts.forEach(p -> out.addAll(part(p, owner)));
        return out;
    }

    /**
     * An attribute set: {@code id-ref}, {@code [score] id} when crmsh generated the id from {@code owner}
     * (else {@code id [score]}), then comments (a property set's), rules and nvpairs. {@code owner} is the id
     * crmsh derives set ids from (a resource's id, a node's uname, an op's id), or null.
     */
    static XNode.Element attributeSet(AttributeSet s, String owner, List<String> comments) {
        boolean generated = s.id().filter(id -> CrmshIds.generated(id, owner + "-" + s.kind().tag())).isPresent();
        ElementBuilder b = new ElementBuilder(s.kind().tag()).attr("id-ref", s.idRef());
        if (generated) {
            b.attr("score", s.score()).attr("id", s.id());
        } else {
            b.attr("id", s.id()).attr("score", s.score());
        }
        b.comments(comments);
        String setId = s.id().orElse(null);
        s.rules().forEach(r -> b.child(rule(r, setId)));
        s.nvpairs().forEach(n -> b.child(nvpair(n, setId)));
        return b.build();
    }

    /** An nvpair: {@code id-ref name value id}, or {@code id name value} when the id is not generated. */
    private static XNode.Element nvpair(Nvpair n, String setId) {
        boolean generated = n.id().isPresent() && n.name().isPresent()
                && CrmshIds.generated(n.id().get(), setId + "-" + n.name().get());
        ElementBuilder b = new ElementBuilder("nvpair").attr("id-ref", n.idRef());
        if (!generated) {
            b.attr("id", n.id());
        }
        b.attr("name", n.name()).attr("value", n.value());
        if (generated) {
            b.attr("id", n.id());
        }
        return b.build();
    }

    /**
     * A rule: {@code id-ref role score score-attribute boolean-op id}, the id first when crmsh did not
     * generate it from {@code owner} (the location or attribute set), then its expressions.
     */
    static XNode.Element rule(Rule r, String owner) {
        boolean generated = r.id().filter(id -> CrmshIds.generated(id, owner + "-rule")).isPresent();
        ElementBuilder b = new ElementBuilder("rule").attr("id-ref", r.idRef());
        if (!generated) {
            b.attr("id", r.id());
        }
        b.attr("role", r.role()).attr("score", r.score()).attr("score-attribute", r.scoreAttribute())
                .attr("boolean-op", r.booleanOp());
        if (generated) {
            b.attr("id", r.id());
        }
        r.expressions().forEach(e -> b.children(expression(e)));
        return b.build();
    }

    private static List<XNode> expression(Expression e) {
        if (e instanceof AttrExpression a) {
            return List.of(new ElementBuilder("expression").attr("operation", a.operation())
                    .attr("attribute", a.attribute()).attr("type", a.type()).attr("value", a.value())
                    .attr("value-source", a.valueSource()).attr("id", a.id()).build());
        } else if (e instanceof DateExpression d) {
            ElementBuilder b = new ElementBuilder("date_expression").attr("operation", d.operation())
                    .attr("start", d.start()).attr("end", d.end()).attr("id", d.id());
            d.detail().ifPresent(x -> b.child(new ElementBuilder(x.tag()).attrs(x.attributes())
                    .attr("id", x.id()).build()));
            return List.of(b.build());
        }
        return XmlParser.parseFragment(((RawXml) e).xml());
    }

    private static XNode.Element operations(Operations o) {
        ElementBuilder b = new ElementBuilder("operations").attr("id", o.id()).attr("id-ref", o.idRef());
        o.ops().forEach(op -> b.child(op(op)));
        return b.build();
    }

    private static XNode.Element op(Op op) {
        ElementBuilder b = new ElementBuilder("op").attrs(op.attributes()).attr("id", op.id());
        op.sets().forEach(s -> b.child(attributeSet(s, op.id(), List.of())));
        return b.build();
    }

    private static XNode.Element containerPart(ContainerPart c) {
        ElementBuilder b = new ElementBuilder(c.tag()).attrs(c.attributes());
        c.mappings().forEach(m -> b.child(new ElementBuilder(m.tag()).attrs(m.attributes()).build()));
        return b.build();
    }

    private static XNode.Element recipient(Recipient r) {
        ElementBuilder b = new ElementBuilder("recipient").attr("id", r.id()).attr("value", r.value())
                .attr("description", r.description());
        r.sets().forEach(s -> b.child(attributeSet(s, r.id(), List.of())));
        return b.build();
    }

    /** An alert's select; the attribute ids are the ones crmsh gives ({@code ALERT-0}, ...). */
    private static XNode.Element select(AlertSelect s, String alertId) {
        ElementBuilder b = new ElementBuilder("select");
        for (String kind : s.kinds()) {
            ElementBuilder k = new ElementBuilder("select_" + kind);
            if (kind.equals("attributes")) {
                for (int i = 0; i < s.attributes().size(); i++) {
                    k.child(new ElementBuilder("attribute").attr("name", s.attributes().get(i))
                            .attr("id", MiscReader.alertSelectAttributeId(alertId, i)).build());
                }
            }
            b.child(k.build());
        }
        return b.build();
    }
}

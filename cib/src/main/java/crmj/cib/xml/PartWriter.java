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

    /** The XML nodes of one part (a RawXml may hold several). */
    static List<XNode> part(Part p) {
        if (p instanceof AttributeSet s) {
            return List.of(attributeSet(s));
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
        return List.of(select((AlertSelect) p));
    }

    /** The XML nodes of parts, in order. */
    static List<XNode> parts(List<Part> parts) {
        List<XNode> out = new ArrayList<>();
        parts.forEach(p -> out.addAll(part(p)));
        return out;
    }

    /** An attribute set: {@code id-ref score id}, then rules, then nvpairs. */
    static XNode.Element attributeSet(AttributeSet s) {
        return attributeSet(s, List.of());
    }

    /** An attribute set with comments first (a property set's comments). */
    static XNode.Element attributeSet(AttributeSet s, List<String> comments) {
        ElementBuilder b = new ElementBuilder(s.kind().tag())
                .attr("id-ref", s.idRef()).attr("score", s.score()).attr("id", s.id()).comments(comments);
        s.rules().forEach(r -> b.child(rule(r)));
        s.nvpairs().forEach(n -> b.child(nvpair(n)));
        return b.build();
    }

    private static XNode.Element nvpair(Nvpair n) {
        return new ElementBuilder("nvpair").attr("id-ref", n.idRef()).attr("name", n.name())
                .attr("value", n.value()).attr("id", n.id()).build();
    }

    /** A rule: {@code id-ref role score score-attribute boolean-op id}, then its expressions. */
    static XNode.Element rule(Rule r) {
        ElementBuilder b = new ElementBuilder("rule").attr("id-ref", r.idRef()).attr("role", r.role())
                .attr("score", r.score()).attr("score-attribute", r.scoreAttribute())
                .attr("boolean-op", r.booleanOp()).attr("id", r.id());
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
        op.sets().forEach(s -> b.child(attributeSet(s)));
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
        r.sets().forEach(s -> b.child(attributeSet(s)));
        return b.build();
    }

    private static XNode.Element select(AlertSelect s) {
        ElementBuilder b = new ElementBuilder("select");
        for (String kind : s.kinds()) {
            ElementBuilder k = new ElementBuilder("select_" + kind);
            if (kind.equals("attributes")) {
                s.attributes().forEach(a -> k.child(new ElementBuilder("attribute").attr("name", a).build()));
            }
            b.child(k.build());
        }
        return b.build();
    }
}

package crmj.cib.xml;

import crmj.cib.model.AttrExpression;
import crmj.cib.model.AttributeSet;
import crmj.cib.model.Comment;
import crmj.cib.model.DateExpression;
import crmj.cib.model.Expression;
import crmj.cib.model.Nvpair;
import crmj.cib.model.Op;
import crmj.cib.model.Operations;
import crmj.cib.model.Part;
import crmj.cib.model.Rule;
import crmj.cib.model.SetKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static crmj.cib.xml.ReadSupport.elementsOnly;
import static crmj.cib.xml.ReadSupport.leaf;
import static crmj.cib.xml.ReadSupport.only;
import static crmj.cib.xml.ReadSupport.opt;
import static crmj.cib.xml.ReadSupport.required;

/** Reads attribute sets, nvpairs, rules, expressions and operations. */
final class SetReader {
    private static final Set<String> SET_ATTRS = Set.of("id", "id-ref", "score");
    private static final Set<String> NVPAIR_ATTRS = Set.of("id", "name", "value", "id-ref");
    private static final Set<String> RULE_ATTRS =
            Set.of("id", "id-ref", "role", "score", "score-attribute", "boolean-op");
    private static final Set<String> EXPR_ATTRS =
            Set.of("id", "attribute", "operation", "value", "type", "value-source");
    private static final Set<String> DATE_ATTRS = Set.of("id", "operation", "start", "end");

    private SetReader() {
    }

    /** A child of a resource, node or alert: a typed part when it fits the model, else verbatim. */
    static Part part(XNode node) {
        if (node instanceof XNode.Comment c) {
            return new Comment(c.text());
        }
        if (node instanceof XNode.Element e) {
            try {
                if (SetKind.fromTag(e.tag()).isPresent()) {
                    return attributeSet(e);
                }
                if (e.tag().equals("operations")) {
                    return operations(e);
                }
            } catch (Unmodelled u) {
                return ReadSupport.rawXml(e);
            }
        }
        return ReadSupport.rawXml(node);
    }

    /** An attribute set; rules must come before nvpairs and no comment may be inside. */
    static AttributeSet attributeSet(XNode.Element e) {
        SetKind kind = SetKind.fromTag(e.tag()).orElseThrow(() -> new Unmodelled("not a set: " + e.tag()));
        only(e, SET_ATTRS);
        List<Rule> rules = new ArrayList<>();
        List<Nvpair> nvpairs = new ArrayList<>();
        for (XNode.Element c : elementsOnly(e.children(), e.tag())) {
            if (c.tag().equals("rule") && nvpairs.isEmpty()) {
                rules.add(rule(c));
            } else if (c.tag().equals("nvpair")) {
                nvpairs.add(nvpair(c));
            } else {
                throw new Unmodelled("unexpected " + c.tag() + " in " + e.tag());
            }
        }
        return new AttributeSet(kind, opt(e, "id"), opt(e, "id-ref"), opt(e, "score"), rules, nvpairs);
    }

    private static Nvpair nvpair(XNode.Element e) {
        only(e, NVPAIR_ATTRS);
        leaf(e);
        return new Nvpair(opt(e, "id"), opt(e, "name"), opt(e, "value"), opt(e, "id-ref"));
    }

    /** A rule; nested rules and unknown expressions are kept as RawXml expressions. */
    static Rule rule(XNode.Element e) {
        only(e, RULE_ATTRS);
        List<Expression> exprs = new ArrayList<>();
        for (XNode.Element c : elementsOnly(e.children(), "rule")) {
            exprs.add(expression(c));
        }
        return new Rule(opt(e, "id"), opt(e, "id-ref"), opt(e, "role"), opt(e, "score"),
                opt(e, "score-attribute"), opt(e, "boolean-op"), exprs);
    }

    private static Expression expression(XNode.Element e) {
        try {
            if (e.tag().equals("expression")) {
                only(e, EXPR_ATTRS);
                leaf(e);
                return new AttrExpression(required(e, "id"), required(e, "attribute"), required(e, "operation"),
                        opt(e, "value"), opt(e, "type"), opt(e, "value-source"));
            }
            if (e.tag().equals("date_expression")) {
                return dateExpression(e);
            }
        } catch (Unmodelled u) {
            return ReadSupport.rawXml(e);
        }
        return ReadSupport.rawXml(e);
    }

    private static DateExpression dateExpression(XNode.Element e) {
        only(e, DATE_ATTRS);
        List<XNode.Element> kids = elementsOnly(e.children(), "date_expression");
        if (kids.size() > 1) {
            throw new Unmodelled("date_expression with several children");
        }
        Optional<DateExpression.DateDetail> detail = Optional.empty();
        if (kids.size() == 1) {
            XNode.Element d = kids.get(0);
            if (!d.tag().equals("duration") && !d.tag().equals("date_spec")) {
                throw new Unmodelled("date_expression child " + d.tag());
            }
            leaf(d);
            detail = Optional.of(new DateExpression.DateDetail(d.tag(), required(d, "id"),
                    ReadSupport.except(d, "id")));
        }
        return new DateExpression(required(e, "id"), required(e, "operation"), opt(e, "start"), opt(e, "end"),
                detail);
    }

    /** An {@code <operations>} element with its ops. */
    static Operations operations(XNode.Element e) {
        only(e, Set.of("id", "id-ref"));
        List<Op> ops = new ArrayList<>();
        for (XNode.Element c : elementsOnly(e.children(), "operations")) {
            if (!c.tag().equals("op")) {
                throw new Unmodelled("unexpected " + c.tag() + " in operations");
            }
            ops.add(op(c));
        }
        return new Operations(opt(e, "id"), opt(e, "id-ref"), ops);
    }

    private static Op op(XNode.Element e) {
        List<AttributeSet> sets = new ArrayList<>();
        for (XNode.Element c : elementsOnly(e.children(), "op")) {
            AttributeSet s = attributeSet(c);
            if (s.kind() != SetKind.INSTANCE_ATTRIBUTES && s.kind() != SetKind.META_ATTRIBUTES) {
                throw new Unmodelled("op child " + c.tag());
            }
            sets.add(s);
        }
        return new Op(required(e, "id"), ReadSupport.except(e, "id"), sets);
    }
}

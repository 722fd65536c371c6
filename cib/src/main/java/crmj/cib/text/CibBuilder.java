package crmj.cib.text;

import crmj.cib.CrmException;
import crmj.cib.SourceLocation;
import crmj.cib.model.AclRole;
import crmj.cib.model.AclTarget;
import crmj.cib.model.AgentRef;
import crmj.cib.model.Alert;
import crmj.cib.model.AlertSelect;
import crmj.cib.model.Attr;
import crmj.cib.model.AttrExpression;
import crmj.cib.model.AttributeSet;
import crmj.cib.model.Bundle;
import crmj.cib.model.CibObject;
import crmj.cib.model.Clone;
import crmj.cib.model.Colocation;
import crmj.cib.model.ContainerPart;
import crmj.cib.model.DateExpression;
import crmj.cib.model.Expression;
import crmj.cib.model.FencingTopology;
import crmj.cib.model.Group;
import crmj.cib.model.Location;
import crmj.cib.model.NodeDef;
import crmj.cib.model.Nvpair;
import crmj.cib.model.ObjectType;
import crmj.cib.model.Op;
import crmj.cib.model.Operations;
import crmj.cib.model.Order;
import crmj.cib.model.Part;
import crmj.cib.model.Primitive;
import crmj.cib.model.PropertySet;
import crmj.cib.model.Recipient;
import crmj.cib.model.ResourceSet;
import crmj.cib.model.RscTicket;
import crmj.cib.model.Rule;
import crmj.cib.model.SetKind;
import crmj.cib.model.Tag;
import crmj.cib.model.XmlObject;
import crmj.grammar.CrmParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps parse trees of crm configure lines to model objects, generating ids exactly as crmsh 4.4.1
 * does (ids are made in document order of the resulting XML, from the nearest enclosing id).
 * Comment lines are kept and attached to the next object.
 */
public final class CibBuilder {
    /** XML attributes of {@code <op>} (pacemaker-3.9); any other op attribute becomes an op_params nvpair. */
    private static final Set<String> OP_ATTRIBUTES = Set.of("id", "name", "interval", "description",
            "start-delay", "interval-origin", "timeout", "enabled", "record-pending", "role", "on-fail");
    private static final List<String> ROLES = List.of("Stopped", "Started", "Promoted", "Unpromoted", "Master",
            "Slave");
    private static final List<String> ACTIONS = List.of("start", "promote", "demote", "stop");
    private static final List<String> ORDER_KINDS = List.of("Optional", "Mandatory", "Serialize");
    private static final List<String> BINARY_OPS = List.of("lt", "gt", "lte", "gte", "eq", "ne");
    private static final List<String> EXPRESSION_TYPES = List.of("string", "integer", "number", "version");
    private static final List<String> DATE_SPEC_NAMES = List.of("hours", "monthdays", "weekdays", "yearsdays",
            "months", "weeks", "years", "weekyears", "moon");

    private final IdRegistry ids;
    private final AgentResolver agents;
    private final List<String> pendingComments = new ArrayList<>();
    private String source = "";
    private String text = "";

    private final java.util.function.Supplier<List<String>> nodeNames;

    /**
     * @param ids       the ids in use, updated as objects are built
     * @param agents    resolves resource agent specs
     * @param nodeNames the node names of the current CIB (a fencing_topology without targets covers them all)
     */
    public CibBuilder(IdRegistry ids, AgentResolver agents, java.util.function.Supplier<List<String>> nodeNames) {
        this.ids = ids;
        this.agents = agents;
        this.nodeNames = nodeNames;
    }

    /**
     * The statement for one parsed line, or empty for a comment line (which is held for the
     * next object). Throws CrmException for what the grammar cannot say.
     */
    public Optional<Statement> build(ParsedLine line, String fullText) {
        this.source = line.location().source();
        this.text = fullText;
        CrmParser.LineContext tree = line.tree();
        if (tree instanceof CrmParser.CommentLineContext) {
            // crmsh attaches comments to the next object as XML comments, but committing through
            // Pacemaker's CIB writer drops them: what is shown after a commit has none.
            return Optional.empty();
        }
        if (tree instanceof CrmParser.CommandLineContext c) {
            return Optional.of(command(c.command(), line));
        }
        CrmParser.ObjectContext o = ((CrmParser.ObjectLineContext) tree).object();
        if (o.monitor() != null) {
            return Optional.of(monitor(o.monitor(), line.location()));
        }
        CibObject object = object(o);
        return Optional.of(new Statement.Define(object, line.location()));
    }

    /** Comments seen since the last object (a script may end with comments). */
    public List<String> takeComments() {
        List<String> out = List.copyOf(pendingComments);
        pendingComments.clear();
        return out;
    }

    private Statement command(CrmParser.CommandContext c, ParsedLine line) {
        // arguments are the line's words: tokens written without space between them form one word
        List<String> args = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int lastStop = -2;
        for (CrmParser.CommandArgumentContext a : c.commandArgument()) {
            Token t = a.getStart();
            if (word.length() > 0 && t.getStartIndex() != lastStop + 1) {
                args.add(Words.unquote(word.toString()));
                word.setLength(0);
            }
            word.append(t.getText());
            lastStop = t.getStopIndex();
        }
        if (word.length() > 0) {
            args.add(Words.unquote(word.toString()));
        }
        return new Statement.Command(c.commandWord().getText(), args, line.text(), line.location());
    }

    private Statement monitor(CrmParser.MonitorContext m, SourceLocation at) {
        String rsc = word(m.resource.name);
        Optional<String> role = Optional.empty();
        if (m.resource.qualifier != null) {
            String q = word(m.resource.qualifier);
            role = Optional.of(canonical(q, ROLES).orElseThrow(() -> error(m.resource.qualifier,
                    "expected a role (" + String.join(", ", ROLES) + "), found '" + q + "'")));
        }
        String timing = value(m.timing);
        String[] parts = timing.split(":", -1);
        if (parts.length > 2) {
            throw error(m.timing, "expected INTERVAL[:TIMEOUT], found '" + timing + "'");
        }
        Optional<String> timeout = parts.length == 2 ? Optional.of(parts[1]) : Optional.empty();
        return new Statement.Monitor(rsc, role, parts[0], timeout, at);
    }

    private CibObject object(CrmParser.ObjectContext o) {
        if (o.node() != null) {
            return node(o.node());
        } else if (o.primitive() != null) {
            return primitive(o.primitive());
        } else if (o.rscTemplate() != null) {
            return template(o.rscTemplate());
        } else if (o.group() != null) {
            return group(o.group());
        } else if (o.clone() != null) {
            return clone(o.clone());
        } else if (o.bundle() != null) {
            return bundle(o.bundle());
        } else if (o.constraint() != null) {
            return constraint(o.constraint());
        } else if (o.propertySet() != null) {
            return propertySet(o.propertySet());
        } else if (o.fencingTopology() != null) {
            return fencing(o.fencingTopology());
        } else if (o.tag() != null) {
            return tag(o.tag());
        } else if (o.alert() != null) {
            return alert(o.alert());
        } else if (o.aclRole() != null) {
            return aclRole(o.aclRole());
        } else if (o.aclTarget() != null) {
            return aclTarget(o.aclTarget());
        } else if (o.aclUser() != null) {
            throw error(o.aclUser(), "the ACL 1 'user' object is not supported with schema pacemaker-3.9; "
                    + "use 'acl_target ID ROLE...' and 'role ID read|write|deny ...'");
        }
        return xmlObject(o.xmlObject());
    }

    // ------------------------------------------------------------------ nodes

    private NodeDef node(CrmParser.NodeContext n) {
        String[] uname = value(n.uname).split(":", -1);
        if (uname.length > 2) {
            throw error(n.uname, "expected uname[:type], found '" + value(n.uname) + "'");
        }
        Optional<String> type = Optional.empty();
        if (uname.length == 2) {
            String t = uname[1].toLowerCase(Locale.ROOT);
            if (!List.of("member", "ping", "remote").contains(t)) {
                throw error(n.uname, "expected a node type (member, ping, remote), found '" + uname[1] + "'"
                        + (t.equals("normal") ? " (schema pacemaker-3.9 has no type normal: use member)" : ""));
            }
            type = Optional.of(t);
        }
        String id = uname[0];
        if (n.nodeId != null) {
            id = label(n.nodeId);
        } else if (n.idSpec() != null) {
            id = idSpecValue(n.idSpec(), false);
        }
        ids.reserve(id);
        Optional<String> description = description(n.description());
        List<Part> parts = new ArrayList<>();
        CrmParser.NodeArgumentsContext args = n.nodeArguments();
        String prefix = uname[0];
        implicitSet(args.implicit, SetKind.INSTANCE_ATTRIBUTES, prefix, parts);
        for (int i = 0; i < args.nodeSection().size(); i++) {
            SetKind kind = args.nodeSection(i).ATTRIBUTES() != null ? SetKind.INSTANCE_ATTRIBUTES
                    : SetKind.UTILIZATION;
            parts.add(attributeSet(args.attrList(i + 1), kind, prefix));
        }
        return new NodeDef(id, uname[0], type, description, parts, takeComments());
    }

    // ------------------------------------------------------------------ resources

    private Primitive primitive(CrmParser.PrimitiveContext p) {
        String id = newObjectId(p.id);
        Optional<AgentRef> agent = Optional.empty();
        Optional<String> templateRef = Optional.empty();
        if (p.template != null) {
            templateRef = Optional.of(word(p.template));
        } else {
            agent = Optional.of(agent(p.agent));
        }
        Optional<String> description = description(p.description());
        List<Part> parts = resourceParts(p.resourceArguments(), id, true);
        return new Primitive(id, false, agent, templateRef, description, parts, takeComments());
    }

    private Primitive template(CrmParser.RscTemplateContext p) {
        String id = newObjectId(p.id);
        AgentRef agent = agent(p.agent);
        Optional<String> description = description(p.description());
        List<Part> parts = resourceParts(p.resourceArguments(), id, true);
        return new Primitive(id, true, Optional.of(agent), Optional.empty(), description, parts, takeComments());
    }

    private AgentRef agent(CrmParser.AgentSpecContext spec) {
        String text = spec.getText();
        return agents.resolve(text).orElseThrow(() -> error(spec, "unknown resource agent '" + text + "'"
                + agents.suggestion(text).map(s -> " (did you mean " + s + "?)")
                .orElse(" (expected [class:[provider:]]type of an installed agent)")));
    }

    private Group group(CrmParser.GroupContext g) {
        String id = newObjectId(g.id);
        List<String> members = new ArrayList<>();
        for (CrmParser.GroupMemberContext m : g.members) {
            String member = word(m);
            if (members.contains(member)) {
                throw error(m, "child " + member + " listed more than once in group " + id);
            }
            members.add(member);
        }
        if (members.isEmpty()) {
            throw error(g.id, "expected the members of group " + id + " (resource ids) after its id");
        }
        Optional<String> description = description(g.description());
        List<Part> parts = resourceParts(g.resourceArguments(), id, false);
        return new Group(id, members, description, parts, takeComments());
    }

    private Clone clone(CrmParser.CloneContext c) {
        String id = newObjectId(c.id);
        boolean master = c.kind.getType() != crmj.grammar.CrmLexer.CLONE;
        String child = word(c.child);
        Optional<String> description = description(c.description());
        List<Part> parts = resourceParts(c.resourceArguments(), id, false);
        return new Clone(id, master, child, description, parts, takeComments());
    }

    private Bundle bundle(CrmParser.BundleContext b) {
        String id = newObjectId(b.id);
        refuseEmptyDescription(b.emptyDescription());
        Optional<String> description = description(b.description());
        List<Part> parts = new ArrayList<>();
        Optional<String> child = Optional.empty();
        for (CrmParser.BundleSectionContext s : b.bundleSection()) {
            if (s instanceof CrmParser.ContainerSectionContext c) {
                parts.add(containerPart(c));
            } else if (s instanceof CrmParser.BundleMetaSectionContext m) {
                parts.add(attributeSet(m.attrList(), SetKind.META_ATTRIBUTES, id));
            } else {
                child = Optional.of(word(((CrmParser.BundlePrimitiveSectionContext) s).memberRef()));
            }
        }
        return new Bundle(id, description, parts, child, takeComments());
    }

    private ContainerPart containerPart(CrmParser.ContainerSectionContext c) {
        String tag = c.kind.getText().toLowerCase(Locale.ROOT);
        List<Attr> attrs = new ArrayList<>();
        List<ContainerPart.Mapping> mappings = new ArrayList<>();
        String mappingTag = null;
        List<Attr> mappingAttrs = new ArrayList<>();
        for (CrmParser.BundleItemContext item : c.bundleItem()) {
            CrmParser.NvpairContext nv = item.nvpair();
            if (nv instanceof CrmParser.NamePairContext np
                    && List.of("port-mapping", "storage-mapping").contains(np.name.getText())) {
                if (mappingTag != null) {
                    mappings.add(new ContainerPart.Mapping(mappingTag, mappingAttrs));
                }
                mappingTag = np.name.getText();
                mappingAttrs = new ArrayList<>();
            } else if (nv instanceof CrmParser.ValuedPairContext vp) {
                Attr a = new Attr(key(vp.KEY()), vp.VALUE() == null ? "" : value(vp.VALUE()));
                if (mappingTag != null) {
                    mappingAttrs.add(a);
                } else {
                    attrs.add(a);
                }
            } else {
                throw error(nv, "expected name=value, port-mapping or storage-mapping, found '" + nv.getText() + "'");
            }
        }
        if (mappingTag != null) {
            mappings.add(new ContainerPart.Mapping(mappingTag, mappingAttrs));
        }
        return new ContainerPart(tag, attrs, mappings);
    }

    /** Attribute sets and operations of a resource, in input (= document) order. */
    private List<Part> resourceParts(CrmParser.ResourceArgumentsContext args, String id, boolean primitive) {
        List<Part> parts = new ArrayList<>();
        implicitSet(args.implicit, SetKind.INSTANCE_ATTRIBUTES, id, parts);
        Operations pendingOps = null;
        for (CrmParser.ResourceSectionContext s : args.resourceSection()) {
            if (s instanceof CrmParser.OperationSectionContext os) {
                if (!primitive) {
                    throw error(os, "only primitives and templates have operations");
                }
                // ops inside "operations $id=X" take their ids from X (crmsh's id prefix is the nearest id)
                String opPrefix = pendingOps != null && pendingOps.id().isPresent() ? pendingOps.id().get() : id;
                Op op = operation(os.operation(), opPrefix);
                if (pendingOps == null) {
                    pendingOps = new Operations(Optional.empty(), Optional.empty(), List.of(op));
                    parts.add(pendingOps);
                } else {
                    parts.remove(pendingOps);
                    List<Op> ops = new ArrayList<>(pendingOps.ops());
                    ops.add(op);
                    pendingOps = new Operations(pendingOps.id(), pendingOps.idRef(), ops);
                    parts.add(pendingOps);
                }
                continue;
            }
            pendingOps = null;
            if (s instanceof CrmParser.ParamsSectionContext ps) {
                parts.add(attributeSet(ps.attrList(), SetKind.INSTANCE_ATTRIBUTES, id));
            } else if (s instanceof CrmParser.MetaSectionContext ms) {
                parts.add(attributeSet(ms.attrList(), SetKind.META_ATTRIBUTES, id));
            } else if (s instanceof CrmParser.UtilizationSectionContext us) {
                if (!primitive) {
                    throw error(us, "only primitives and templates have utilization");
                }
                parts.add(attributeSet(us.attrList(), SetKind.UTILIZATION, id));
            } else {
                CrmParser.OperationsSectionContext os = (CrmParser.OperationsSectionContext) s;
                if (!primitive) {
                    throw error(os, "only primitives and templates have operations");
                }
                String key = key(os.idSpec().KEY());
                String v = value(os.idSpec().VALUE());
                pendingOps = key.equalsIgnoreCase("$id-ref")
                        ? new Operations(Optional.empty(), Optional.of(v), List.of())
                        : new Operations(Optional.of(reserveExplicit(v, os.idSpec())), Optional.empty(), List.of());
                parts.add(pendingOps);
            }
        }
        return parts;
    }

    private Op operation(CrmParser.OperationContext o, String prefix) {
        String name = word(o.name);
        List<Attr> attrs = new ArrayList<>();
        attrs.add(new Attr("name", name));
        List<Nvpair> extra = new ArrayList<>();
        List<CrmParser.NvpairContext> extraCtx = new ArrayList<>();
        boolean hasInterval = false;
        for (CrmParser.NvpairContext nv : o.nvpair()) {
            if (!(nv instanceof CrmParser.ValuedPairContext vp)) {
                throw error(nv, "expected NAME=VALUE for an op attribute, found '" + nv.getText() + "'");
            }
            String k = key(vp.KEY());
            String v = vp.VALUE() == null ? "" : value(vp.VALUE());
            if (k.equals("interval")) {
                hasInterval = true;
            }
            if (OP_ATTRIBUTES.contains(k)) {
                if (!extra.isEmpty()) {
                    throw error(nv, "Attribute order error: " + k + " must appear before any instance attribute");
                }
                attrs.add(new Attr(k, k.equals("role") ? v : v));
            } else {
                extra.add(new Nvpair(Optional.empty(), Optional.of(k), Optional.of(v), Optional.empty()));
                extraCtx.add(nv);
            }
        }
        if (!hasInterval) {
            if (!extra.isEmpty()) {
                // crmsh appends the missing interval=0 after the instance attributes, then refuses the order
                throw error(extraCtx.get(0), "Attribute order error: interval must appear before any instance "
                        + "attribute (op " + name + " has " + key(((CrmParser.ValuedPairContext) extraCtx.get(0))
                        .KEY()) + " but no interval: give interval= before it)");
            }
            attrs.add(new Attr("interval", "0"));
        }
        String id = ids.forOp(prefix, name, Attr.find(attrs, "interval"));
        List<AttributeSet> sets = new ArrayList<>();
        if (!extra.isEmpty()) {
            String setId = ids.forElement(id, SetKind.INSTANCE_ATTRIBUTES.tag());
            List<Nvpair> pairs = new ArrayList<>();
            for (Nvpair p : extra) {
                pairs.add(new Nvpair(Optional.of(ids.forNvpair(setId, p.name().orElseThrow())), p.name(),
                        p.value(), Optional.empty()));
            }
            sets.add(new AttributeSet(SetKind.INSTANCE_ATTRIBUTES, Optional.of(setId), Optional.empty(),
                    Optional.empty(), List.of(), pairs));
        }
        for (CrmParser.OpAttrSectionContext s : o.opAttrSection()) {
            if (s instanceof CrmParser.OpParamsSectionContext ps) {
                sets.add(attributeSet(ps.attrList(), SetKind.INSTANCE_ATTRIBUTES, id));
            } else {
                sets.add(attributeSet(((CrmParser.OpMetaSectionContext) s).attrList(), SetKind.META_ATTRIBUTES, id));
            }
        }
        return new Op(id, attrs, sets);
    }

    // ------------------------------------------------------------------ attribute sets

    private void implicitSet(CrmParser.AttrListContext list, SetKind kind, String prefix, List<Part> parts) {
        if (list != null && list.getChildCount() > 0) {
            parts.add(attributeSet(list, kind, prefix));
        }
    }

    private AttributeSet attributeSet(CrmParser.AttrListContext list, SetKind kind, String prefix) {
        Optional<String> id = Optional.empty();
        if (list.idSpec() != null) {
            String key = key(list.idSpec().KEY());
            String v = value(list.idSpec().VALUE());
            if (key.equalsIgnoreCase("$id-ref")) {
                return new AttributeSet(kind, Optional.empty(), Optional.of(v), Optional.empty(), List.of(),
                        List.of());
            }
            id = Optional.of(reserveExplicit(v, list.idSpec()));
        }
        String setId = id.orElseGet(() -> ids.forElement(prefix, kind.tag()));
        Optional<String> score = list.score == null ? Optional.empty() : Optional.of(label(list.score));
        List<Rule> rules = new ArrayList<>();
        for (CrmParser.RuleDefContext r : list.ruleDef()) {
            rules.add(rule(r, setId));
        }
        List<Nvpair> pairs = nvpairs(list.nvpair(), setId);
        return new AttributeSet(kind, Optional.of(setId), Optional.empty(), score, rules, pairs);
    }

    private List<Nvpair> nvpairs(List<CrmParser.NvpairContext> list, String setId) {
        List<Nvpair> pairs = new ArrayList<>();
        for (CrmParser.NvpairContext nv : list) {
            if (nv instanceof CrmParser.ReferencePairContext rp) {
                String[] ref = word(rp.ref).split(":", 2);
                pairs.add(new Nvpair(Optional.empty(), ref.length == 2 ? Optional.of(ref[1]) : Optional.empty(),
                        Optional.empty(), Optional.of(ref[0])));
            } else if (nv instanceof CrmParser.NamePairContext np) {
                String name = Words.unquote(np.name.getText());
                pairs.add(new Nvpair(Optional.of(ids.forNvpair(setId, name)), Optional.of(name), Optional.empty(),
                        Optional.empty()));
            } else {
                CrmParser.ValuedPairContext vp = (CrmParser.ValuedPairContext) nv;
                String k = key(vp.KEY());
                String v = vp.VALUE() == null ? "" : value(vp.VALUE());
                if (k.startsWith("$") && k.length() > 1) {
                    // $ID:NAME=VALUE names the nvpair's id
                    String[] idName = k.substring(1).split(":", 2);
                    String name = idName.length == 2 ? idName[1] : idName[0];
                    String nvId = reserveExplicit(idName[0], vp);
                    pairs.add(new Nvpair(Optional.of(nvId), Optional.of(name), Optional.of(v), Optional.empty()));
                } else {
                    pairs.add(new Nvpair(Optional.of(ids.forNvpair(setId, k)), Optional.of(k), Optional.of(v),
                            Optional.empty()));
                }
            }
        }
        return pairs;
    }

    // ------------------------------------------------------------------ rules

    private Rule rule(CrmParser.RuleDefContext r, String prefix) {
        Optional<String> id = Optional.empty();
        Optional<String> idRef = Optional.empty();
        Optional<String> role = Optional.empty();
        for (CrmParser.RuleAttrContext a : r.ruleAttr()) {
            String k = key(a.KEY()).toLowerCase(Locale.ROOT);
            String v = value(a.VALUE());
            if (k.equals("$id")) {
                id = Optional.of(reserveExplicit(v, a));
            } else if (k.equals("$id-ref")) {
                idRef = Optional.of(v);
            } else {
                role = Optional.of(v);
            }
        }
        if (idRef.isPresent()) {
            return new Rule(Optional.empty(), idRef, role, Optional.empty(), Optional.empty(), Optional.empty(),
                    List.of());
        }
        String ruleId = id.orElseGet(() -> ids.forElement(prefix, "rule"));
        Optional<String> score = Optional.of("INFINITY");
        Optional<String> scoreAttribute = Optional.empty();
        if (r.score != null) {
            Map.Entry<String, String> s = score(label(r.score));
            if (s.getKey().equals("score")) {
                score = Optional.of(s.getValue());
            } else {
                score = Optional.empty();
                scoreAttribute = Optional.of(s.getValue());
            }
        }
        Optional<String> boolOp = Optional.empty();
        String first = null;
        for (int i = 1; i < r.getChildCount(); i++) {
            if (r.getChild(i) instanceof TerminalNode t
                    && (t.getSymbol().getType() == crmj.grammar.CrmLexer.AND
                    || t.getSymbol().getType() == crmj.grammar.CrmLexer.OR)) {
                String op = t.getText();
                if (first != null && !first.equals(op)) {
                    throw error(t.getSymbol(), "Mixing bool ops not allowed: " + first + " != " + op);
                }
                first = op;
            }
        }
        if (first != null && !first.equalsIgnoreCase("and")) {
            boolOp = Optional.of(first);
        }
        List<Expression> exprs = new ArrayList<>();
        for (CrmParser.RuleExpressionContext e : r.ruleExpression()) {
            exprs.add(expression(e, ruleId));
        }
        return new Rule(Optional.of(ruleId), Optional.empty(), role, score, scoreAttribute, boolOp, exprs);
    }

    private Expression expression(CrmParser.RuleExpressionContext e, String ruleId) {
        if (e instanceof CrmParser.UnaryExpressionContext u) {
            String op = u.DEFINED() != null ? "defined" : "not_defined";
            return new AttrExpression(ids.forElement(ruleId, "expression"), word(u.attribute), op,
                    Optional.empty(), Optional.empty(), Optional.empty());
        }
        if (e instanceof CrmParser.BinaryExpressionContext b) {
            String attribute = word(b.attribute);
            String op = b.operator.op.getText();
            if (!BINARY_OPS.contains(op.toLowerCase(Locale.ROOT))) {
                throw error(b.operator.op, "expected an operator (" + String.join(", ", BINARY_OPS) + ")"
                        + Suggest.nearest(op, BINARY_OPS).map(s -> " (did you mean " + s + "?)").orElse("")
                        + ", found '" + op + "'");
            }
            Optional<String> type = Optional.empty();
            if (b.operator.type != null) {
                String t = b.operator.type.getText();
                if (!EXPRESSION_TYPES.contains(t.toLowerCase(Locale.ROOT))) {
                    throw error(b.operator.type, "expected a type (string, integer, number, version), found '"
                            + t + "'");
                }
                type = Optional.of(t);
            }
            String raw = value(b.val);
            Optional<String> valueSource = Optional.empty();
            String val = raw;
            int brace = raw.indexOf('{');
            if (brace > 0 && raw.endsWith("}")) {
                valueSource = Optional.of(raw.substring(0, brace));
                val = raw.substring(brace + 1, raw.length() - 1);
            }
            return new AttrExpression(ids.forElement(ruleId, "expression"), attribute, op, Optional.of(val), type,
                    valueSource);
        }
        return dateExpression((CrmParser.DateExpressionContext) e, ruleId);
    }

    private Expression dateExpression(CrmParser.DateExpressionContext d, String ruleId) {
        String op = word(d.op).toLowerCase(Locale.ROOT);
        String id = ids.forElement(ruleId, "expression");
        switch (op) {
            case "lt", "gt" -> {
                if (!(d.dateArgs() instanceof CrmParser.DateValueContext v)) {
                    throw error(d.dateArgs(), "expected a date after 'date " + op + "'");
                }
                String date = value(v.value());
                return op.equals("lt")
                        ? new DateExpression(id, op, Optional.empty(), Optional.of(date), Optional.empty())
                        : new DateExpression(id, op, Optional.of(date), Optional.empty(), Optional.empty());
            }
            case "in", "in_range", "spec", "date_spec" -> {
                if (!(d.dateArgs() instanceof CrmParser.DateNamedArgsContext named)) {
                    throw error(d.dateArgs(), "expected NAME=VALUE pairs after 'date " + op + "'");
                }
                boolean range = op.startsWith("in");
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < named.dateKey().size(); i++) {
                    String k = key(named.dateKey(i).KEY());
                    List<String> allowed = new ArrayList<>(DATE_SPEC_NAMES);
                    if (range) {
                        allowed.addAll(0, List.of("start", "end"));
                    }
                    if (!allowed.contains(k)) {
                        throw error(named.dateKey(i), "expected one of " + String.join(", ", allowed)
                                + ", found '" + k + "'");
                    }
                    values.put(k, value(named.VALUE(i)));
                }
                if (range && values.size() < 2) {
                    throw error(named, "Expected at least 2 name-value pairs");
                }
                String operation = range ? "in_range" : "date_spec";
                Optional<String> start = Optional.ofNullable(values.remove("start"));
                Optional<String> end = Optional.ofNullable(values.remove("end"));
                if (values.isEmpty()) {
                    return new DateExpression(id, operation, start, end, Optional.empty());
                }
                String tag = range ? "duration" : "date_spec";
                List<Attr> attrs = new ArrayList<>();
                values.forEach((k, v) -> attrs.add(new Attr(k, v)));
                String detailId = ids.forElement(id, tag);
                return new DateExpression(id, operation, start, end,
                        Optional.of(new DateExpression.DateDetail(tag, detailId, attrs)));
            }
            default -> throw error(d.op, "expected a date operation (lt, gt, in, spec), found '" + op + "'");
        }
    }

    // ------------------------------------------------------------------ constraints

    private CibObject constraint(CrmParser.ConstraintContext c) {
        if (c instanceof CrmParser.LocationContext l) {
            return location(l);
        } else if (c instanceof CrmParser.ColocationContext col) {
            return colocation(col);
        } else if (c instanceof CrmParser.OrderContext o) {
            return order(o);
        }
        return ticket((CrmParser.RscTicketContext) c);
    }

    private Location location(CrmParser.LocationContext l) {
        String id = newObjectId(l.id);
        List<Attr> attrs = new ArrayList<>();
        List<ResourceSet> sets = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        if (l.locationResource() instanceof CrmParser.LocationPlainContext p) {
            String rsc = word(p.resource.name);
            if (p.resource.qualifier != null) {
                throw error(p.resource, "expected a resource id, found '" + p.resource.getText() + "'");
            }
            attrs.add(new Attr("rsc", rsc));
        } else if (l.locationResource() instanceof CrmParser.LocationPatternContext p) {
            String pattern = p.PATTERN().getText();
            attrs.add(new Attr("rsc-pattern", pattern.substring(1, pattern.length() - 1)));
        } else {
            CrmParser.LocationSetContext s = (CrmParser.LocationSetContext) l.locationResource();
            sets.addAll(resourceSets(flatten(s.setItem()), "role", id));
        }
        for (CrmParser.LocationAttrContext a : l.locationAttr()) {
            String k = key(a.KEY());
            attrs.add(new Attr(k.startsWith("$") ? k.substring(1) : k, value(a.VALUE())));
        }
        if (l.locationTarget() instanceof CrmParser.LocationNodeContext n) {
            Map.Entry<String, String> s = score(label(n.score));
            attrs.add(new Attr(s.getKey(), s.getValue()));
            attrs.add(new Attr("node", word(n.nodeName)));
            if (n.locationAttr() != null && Attr.find(attrs, "role").isEmpty()) {
                attrs.add(new Attr("role", value(n.locationAttr().VALUE())));
            }
        } else {
            for (CrmParser.RuleDefContext r : ((CrmParser.LocationRulesContext) l.locationTarget()).ruleDef()) {
                rules.add(rule(r, id));
            }
        }
        return new Location(id, attrs, sets, rules, takeComments());
    }

    private Colocation colocation(CrmParser.ColocationContext c) {
        String id = newObjectId(c.id);
        List<Attr> attrs = new ArrayList<>();
        Map.Entry<String, String> s = score(label(c.score));
        attrs.add(new Attr(s.getKey(), s.getValue()));
        List<SetToken> items = flatten(c.setItem());
        SetToken tail = tail(items, "node-attribute");
        if (tail != null) {
            attrs.add(new Attr("node-attribute", tail.value.toLowerCase(Locale.ROOT)));
        }
        List<ResourceSet> sets = simpleOrSets(items, "role", id, attrs, List.of("rsc", "with-rsc"), c.score);
        return new Colocation(id, attrs, sets, takeComments());
    }

    private Order order(CrmParser.OrderContext o) {
        String id = newObjectId(o.id);
        List<Attr> attrs = new ArrayList<>();
        if (o.score != null) {
            String s = label(o.score);
            Optional<String> kind = canonical(s, ORDER_KINDS);
            if (kind.isPresent()) {
                attrs.add(new Attr("kind", kind.get()));
            } else if (numericScore(s)) {
                attrs.add(new Attr("kind", normalizeInfinity(s).equals("0") ? "Optional" : "Mandatory"));
            } else {
                throw error(o.score, "Invalid kind: " + s + " (expected Mandatory, Optional, Serialize or a score)"
                        + Suggest.nearest(s, ORDER_KINDS).map(k -> "; did you mean " + k + "?").orElse(""));
            }
        }
        List<SetToken> items = flatten(o.setItem());
        SetToken tail = tail(items, "symmetrical");
        if (tail != null) {
            attrs.add(new Attr("symmetrical", booleanValue(tail)));
        }
        List<ResourceSet> sets = simpleOrSets(items, "action", id, attrs, List.of("first", "then"),
                o.score != null ? o.score : o.id.getStop());
        return new Order(id, attrs, sets, takeComments());
    }

    private RscTicket ticket(CrmParser.RscTicketContext t) {
        String id = newObjectId(t.id);
        List<Attr> attrs = new ArrayList<>();
        attrs.add(new Attr("ticket", label(t.ticket)));
        List<SetToken> items = flatten(t.setItem());
        SetToken tail = tail(items, "loss-policy");
        if (tail != null) {
            if (!List.of("stop", "demote", "fence", "freeze").contains(tail.value)) {
                throw error(tail.token, "expected loss-policy=stop|demote|fence|freeze, found '" + tail.value + "'");
            }
            attrs.add(new Attr("loss-policy", tail.value));
        }
        List<ResourceSet> sets = simpleOrSets(items, "role", id, attrs, List.of("rsc"), t.ticket);
        return new RscTicket(id, attrs, sets, takeComments());
    }

    /** One element of a resource-set expression: a bracket, a name=value, or a resource reference. */
    private record SetToken(String kind, String name, String value, Token token) {
    }

    private List<SetToken> flatten(List<CrmParser.SetItemContext> items) {
        List<SetToken> out = new ArrayList<>();
        for (CrmParser.SetItemContext item : items) {
            if (item instanceof CrmParser.PlainSetItemContext p) {
                out.add(member(p.setMember()));
            } else {
                boolean paren = item instanceof CrmParser.SequentialFalseSetContext;
                List<CrmParser.SetMemberContext> members = paren
                        ? ((CrmParser.SequentialFalseSetContext) item).setMember()
                        : ((CrmParser.RequireAllFalseSetContext) item).setMember();
                out.add(new SetToken("open", paren ? "(" : "[", "", item.getStart()));
                members.forEach(m -> out.add(member(m)));
                out.add(new SetToken("close", paren ? ")" : "]", "", item.getStop()));
            }
        }
        return out;
    }

    private SetToken member(CrmParser.SetMemberContext m) {
        if (m instanceof CrmParser.SetAttributeContext a) {
            return new SetToken("attr", key(a.KEY()), value(a.VALUE()), a.getStart());
        }
        CrmParser.ResourceRefContext r = ((CrmParser.SetResourceContext) m).resourceRef();
        return new SetToken("ref", word(r.name), r.qualifier == null ? "" : word(r.qualifier), r.getStart());
    }

    private static SetToken tail(List<SetToken> items, String name) {
        if (!items.isEmpty()) {
            SetToken last = items.get(items.size() - 1);
            if (last.kind.equals("attr") && last.name.equalsIgnoreCase(name)) { // crmsh's try_match_tail ignores case
                items.remove(items.size() - 1);
                return last;
            }
        }
        return null;
    }

    private List<ResourceSet> simpleOrSets(List<SetToken> items, String qualifier, String id, List<Attr> attrs,
                                           List<String> names, Token at) {
        if (items.size() == names.size() && items.stream().allMatch(t -> t.kind.equals("ref"))) {
            for (int i = 0; i < names.size(); i++) {
                SetToken t = items.get(i);
                attrs.add(new Attr(names.get(i), t.name));
                if (!t.value.isEmpty()) {
                    if (t.value.chars().allMatch(Character::isDigit)) {
                        attrs.add(new Attr(names.get(i) + "-instance", t.value));
                    } else {
                        attrs.add(new Attr(names.get(i) + "-" + qualifier, qualify(t, qualifier)));
                    }
                }
            }
            return List.of();
        }
        // "_rsc_set_" marks a set form that would otherwise read as the simple form (crmsh's show writes it)
        List<SetToken> rest = new ArrayList<>(items);
        rest.removeIf(t -> t.kind.equals("ref") && t.name.equals("_rsc_set_") && t.value.isEmpty());
        if (rest.stream().noneMatch(t -> t.kind.equals("ref"))) {
            throw error(at, "expected resources after '" + at.getText() + "', found "
                    + (items.isEmpty() ? "the end of the line" : "'" + items.get(0).token.getText() + "'"));
        }
        return resourceSets(rest, qualifier, id);
    }

    private String qualify(SetToken t, String qualifier) {
        List<String> allowed = qualifier.equals("role") ? ROLES : ACTIONS;
        return canonical(t.value, allowed).orElseThrow(() -> error(t.token, "Invalid " + qualifier + " '" + t.value
                + "' for '" + t.name + "' (expected " + String.join(", ", allowed) + ")"
                + Suggest.nearest(t.value, allowed).map(s -> "; did you mean " + s + "?").orElse("")));
    }

    /** crmsh's ResourceSet parser: brackets open sets, a change of role/action starts a new set. */
    private List<ResourceSet> resourceSets(List<SetToken> items, String qualifier, String id) {
        List<ResourceSet> out = new ArrayList<>();
        SetBuilder current = new SetBuilder();
        String opened = "";
        boolean sequential = true;
        boolean requireAll = true;
        for (SetToken t : items) {
            switch (t.kind) {
                case "open" -> {
                    current.save(out, sequential, requireAll, qualifier, id);
                    if (!opened.isEmpty()) {
                        throw error(t.token, "Cannot nest resource sets");
                    }
                    sequential = false;
                    requireAll = !t.name.equals("[");
                    opened = t.name;
                }
                case "close" -> {
                    if (current.refs.isEmpty()) {
                        throw error(t.token, "Empty resource set");
                    }
                    current.save(out, sequential, requireAll, qualifier, id);
                    sequential = true;
                    requireAll = true;
                    opened = "";
                }
                case "attr" -> {
                    if (t.name.equals("sequential")) {
                        sequential = booleanValue(t).equals("true");
                    } else if (t.name.equals("require-all")) {
                        requireAll = booleanValue(t).equals("true");
                    } else {
                        throw error(t.token, "Unknown attribute " + t.name
                                + " (expected sequential= or require-all= inside a resource set)");
                    }
                }
                default -> {
                    String q = t.value.isEmpty() ? "" : qualify(t, qualifier);
                    if (!q.equals(current.qualifier)) {
                        current.save(out, sequential, requireAll, qualifier, id);
                        current.qualifier = q;
                    }
                    current.refs.add(t.name);
                }
            }
        }
        current.save(out, sequential, requireAll, qualifier, id);
        return out;
    }

    /** The resource set being collected. */
    private final class SetBuilder {
        private final List<String> refs = new ArrayList<>();
        private String qualifier = "";

        void save(List<ResourceSet> out, boolean sequential, boolean requireAll, String attr, String prefix) {
            if (refs.isEmpty()) {
                return;
            }
            List<Attr> attrs = new ArrayList<>();
            if (!requireAll) {
                attrs.add(new Attr("require-all", "false"));
            }
            if (!sequential) {
                attrs.add(new Attr("sequential", "false"));
            }
            if (!qualifier.isEmpty()) {
                attrs.add(new Attr(attr, qualifier));
            }
            out.add(new ResourceSet(ids.forPlain(prefix), attrs, refs));
            refs.clear();
            qualifier = "";
        }
    }

    private String booleanValue(SetToken t) {
        String v = t.value.toLowerCase(Locale.ROOT);
        if (List.of("true", "yes", "on", "1").contains(v)) {
            return "true";
        }
        if (List.of("false", "no", "off", "0").contains(v)) {
            return "false";
        }
        throw error(t.token, "Not a boolean: " + t.value);
    }

    // ------------------------------------------------------------------ property sets and others

    private PropertySet propertySet(CrmParser.PropertySetContext p) {
        ObjectType type = switch (p.kind.getType()) {
            case crmj.grammar.CrmLexer.PROPERTY -> ObjectType.PROPERTY;
            case crmj.grammar.CrmLexer.RSC_DEFAULTS -> ObjectType.RSC_DEFAULTS;
            default -> ObjectType.OP_DEFAULTS;
        };
        SetKind kind = type == ObjectType.PROPERTY ? SetKind.CLUSTER_PROPERTY_SET : SetKind.META_ATTRIBUTES;
        Optional<String> id = Optional.empty();
        Optional<String> idRef = Optional.empty();
        if (p.setId != null) {
            id = Optional.of(validSetId(label(p.setId), p.setId));
        } else if (p.idSpec() != null) {
            String v = value(p.idSpec().VALUE());
            if (key(p.idSpec().KEY()).equalsIgnoreCase("$id-ref")) {
                idRef = Optional.of(v);
            } else {
                id = Optional.of(validSetId(v, p.idSpec().getStart()));
            }
        }
        String setId = id.orElse(idRef.isPresent() ? "" : defaultSetId(type));
        if (!setId.isEmpty()) {
            ids.reserve(setId);
        }
        List<Rule> rules = new ArrayList<>();
        for (CrmParser.RuleDefContext r : p.ruleDef()) {
            rules.add(rule(r, setId));
        }
        for (CrmParser.NvpairContext nv : p.nvpair()) {
            if (nv instanceof CrmParser.ValuedPairContext vp && value(vp.VALUE()).isEmpty()) {
                throw error(nv, "Empty value for " + key(vp.KEY()) + " is not allowed");
            }
            if (nv instanceof CrmParser.NamePairContext np) {
                throw error(nv, "expected NAME=VALUE, found '" + np.getText() + "'");
            }
        }
        List<Nvpair> pairs = nvpairs(p.nvpair(), setId);
        AttributeSet set = new AttributeSet(kind, setId.isEmpty() ? Optional.empty() : Optional.of(setId), idRef,
                Optional.empty(), rules, pairs);
        return new PropertySet(type, set, takeComments());
    }

    /** A property set's own id must be a valid id, as crmsh checks it ("1bad: invalid object id"). */
    private String validSetId(String id, Token at) {
        if (!Words.validId(id)) {
            throw error(at, "invalid id '" + id + "': an id starts with a letter or '_' and contains only letters, "
                    + "digits, '_', '.' and '-'");
        }
        return id;
    }

    /** crmsh's default set ids: cib-bootstrap-options, rsc-options, op-options. */
    public static String defaultSetId(ObjectType type) {
        return switch (type) {
            case PROPERTY -> "cib-bootstrap-options";
            case RSC_DEFAULTS -> "rsc-options";
            default -> "op-options";
        };
    }

    private FencingTopology fencing(CrmParser.FencingTopologyContext f) {
        List<Attr[]> levels = new ArrayList<>();
        List<String> order = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        List<Attr> target = null;
        List<String> pendingDevices = new ArrayList<>();
        for (CrmParser.FencingItemContext item : f.fencingItem()) {
            if (item instanceof CrmParser.FencingTargetContext t) {
                target = List.of(new Attr("target", label(t.LABEL().getSymbol())));
            } else if (item instanceof CrmParser.FencingAttributeTargetContext a) {
                String k = key(a.KEY());
                if (!k.startsWith("attr:") || k.length() == 5) {
                    throw error(a, "expected attr:NAME=VALUE, found '" + a.getText() + "'");
                }
                target = List.of(new Attr("target-attribute", k.substring(5)), new Attr("target-value", value(a.VALUE())));
            } else if (item instanceof CrmParser.FencingPatternTargetContext p) {
                String kind = word(p.word());
                if (!kind.equals("pattern")) {
                    throw error(p, "expected pattern:REGEX or attr:NAME=VALUE, found '" + p.getText() + "'");
                }
                target = List.of(new Attr("target-pattern", value(p.value())));
            } else {
                String devices = item.getText();
                if (target == null) {
                    pendingDevices.add(devices);
                    continue;
                }
                addLevel(levels, index, target, devices);
            }
        }
        if (!pendingDevices.isEmpty()) {
            for (String node : nodeNames.get()) {
                for (String devices : pendingDevices) {
                    addLevel(levels, index, List.of(new Attr("target", node)), devices);
                }
            }
        }
        List<FencingTopology.Level> out = new ArrayList<>();
        for (Attr[] level : levels) {
            out.add(new FencingTopology.Level(ids.forPlain("fencing"), List.of(level)));
        }
        return new FencingTopology(out, takeComments());
    }

    private static void addLevel(List<Attr[]> levels, Map<String, Integer> index, List<Attr> target, String devices) {
        String key = target.toString();
        int i = index.merge(key, 1, Integer::sum);
        List<Attr> attrs = new ArrayList<>();
        if (target.get(0).name().equals("target")) {
            attrs.add(target.get(0));
            attrs.add(new Attr("index", Integer.toString(i)));
            attrs.add(new Attr("devices", devices));
        } else {
            attrs.add(new Attr("index", Integer.toString(i)));
            attrs.add(new Attr("devices", devices));
            attrs.addAll(target);
        }
        levels.add(attrs.toArray(new Attr[0]));
    }

    private Tag tag(CrmParser.TagContext t) {
        String id = t.tagId != null ? label(t.tagId) : word(t.id);
        checkNewId(id, t.tagId != null ? t.tagId : t.id.getStart());
        List<String> refs = new ArrayList<>();
        for (CrmParser.MemberRefContext m : t.memberRef()) {
            refs.add(word(m));
        }
        return new Tag(id, refs, takeComments());
    }

    private Alert alert(CrmParser.AlertContext a) {
        String id = newObjectId(a.id);
        String path = value(a.path);
        refuseEmptyDescription(a.emptyDescription());
        Optional<String> description = description(a.description());
        List<Part> parts = new ArrayList<>();
        int recipients = 1;
        for (CrmParser.AlertSectionContext s : a.alertSection()) {
            if (s instanceof CrmParser.AlertAttributesContext at) {
                parts.add(attributeSet(at.attrList(), SetKind.INSTANCE_ATTRIBUTES, id));
            } else if (s instanceof CrmParser.AlertMetaContext m) {
                parts.add(attributeSet(m.attrList(), SetKind.META_ATTRIBUTES, id));
            } else if (s instanceof CrmParser.AlertSelectContext sel) {
                List<String> kinds = new ArrayList<>();
                List<String> attributes = new ArrayList<>();
                for (CrmParser.AlertSelectorContext selector : sel.alertSelector()) {
                    String k = selector.kind.getText();
                    if (!List.of("nodes", "fencing", "resources", "attributes").contains(k)) {
                        throw error(selector, "expected nodes, fencing, resources or attributes, found '" + k + "'");
                    }
                    kinds.add(k);
                    for (int i = 0; i < selector.word().size(); i++) {
                        attributes.add(word(selector.word(i)));
                    }
                }
                if (!kinds.isEmpty()) { // crmsh makes the select element with its first selector
                    parts.add(new AlertSelect(kinds, attributes));
                }
            } else {
                CrmParser.RecipientContext r = s instanceof CrmParser.AlertRecipientBracedContext b ? b.recipient()
                        : ((CrmParser.AlertRecipientContext) s).recipient();
                String rid = id + "-recipient-" + recipients++;
                ids.reserve(rid);
                List<AttributeSet> sets = new ArrayList<>();
                for (CrmParser.RecipientSectionContext rs : r.recipientSection()) {
                    if (rs instanceof CrmParser.RecipientAttributesContext ra) {
                        sets.add(attributeSet(ra.attrList(), SetKind.INSTANCE_ATTRIBUTES, rid));
                    } else {
                        sets.add(attributeSet(((CrmParser.RecipientMetaContext) rs).attrList(),
                                SetKind.META_ATTRIBUTES, rid));
                    }
                }
                refuseEmptyDescription(r.emptyDescription());
                parts.add(new Recipient(rid, value(r.path), description(r.description()), sets));
            }
        }
        return new Alert(id, path, description, parts, takeComments());
    }

    private AclRole aclRole(CrmParser.AclRoleContext r) {
        String id = newObjectId(r.id);
        refuseEmptyDescription(r.emptyDescription());
        Optional<String> description = description(r.description());
        List<AclRole.Permission> perms = new ArrayList<>();
        for (CrmParser.PermissionContext p : r.permission()) {
            perms.addAll(AclSpecs.permissions(p, id, ids, this::error));
        }
        return new AclRole(id, description, perms, takeComments());
    }

    private AclTarget aclTarget(CrmParser.AclTargetContext t) {
        String id = newObjectId(t.id);
        List<String> roles = new ArrayList<>();
        for (int i = 1; i < t.identifier().size(); i++) {
            roles.add(word(t.identifier(i)));
        }
        boolean group = t.kind.getType() == crmj.grammar.CrmLexer.ACL_GROUP;
        return new AclTarget(id, group, roles, takeComments());
    }

    private CibObject xmlObject(CrmParser.XmlObjectContext x) {
        Token first = x.xmlToken(0).getStart();
        Token last = x.xmlToken(x.xmlToken().size() - 1).getStop();
        String xml = text.substring(first.getStartIndex(), last.getStopIndex() + 1);
        if (x.xmlToken().size() == 1 && first.getType() == crmj.grammar.CrmLexer.STRING) {
            xml = Words.unquote(xml);
        } else {
            // the lines of the object, as show writes them, are joined: the backslashes are not XML
            xml = CONTINUATION.matcher(xml).replaceAll("\n");
        }
        SourceLocation at = new SourceLocation(source, first.getLine(), first.getCharPositionInLine() + 1);
        if (xml.stripLeading().startsWith("<fencing-topology")) {
            // crmsh shows fencing levels its crm syntax cannot give back (pattern targets as the only
            // targets) in this form; the typed object reads it back
            try {
                Optional<crmj.cib.model.FencingTopology> f = crmj.cib.xml.CibXmlReader.fencingTopology(xml,
                        at.toString());
                if (f.isPresent()) {
                    List<String> comments = takeComments();
                    return new crmj.cib.model.FencingTopology(f.get().levels(), comments);
                }
            } catch (crmj.cib.xml.CibXmlException e) {
                throw new CrmException(at, "xml: " + e.getMessage());
            }
        }
        return XmlObjects.parse(xml, at, takeComments());
    }

    /** A backslash ending a line inside an {@code xml} object. */
    private static final java.util.regex.Pattern CONTINUATION = java.util.regex.Pattern.compile("\\\\[ \t]*\r?\n");

    // ------------------------------------------------------------------ helpers

    private void refuseEmptyDescription(CrmParser.EmptyDescriptionContext d) {
        if (d != null) {
            throw error(d, "expected a description after '" + key(d.KEY()) + "=', found an empty value "
                    + "(crmsh reads it as no description and refuses the line)");
        }
    }

    private Optional<String> description(CrmParser.DescriptionContext d) {
        if (d == null) {
            return Optional.empty();
        }
        return Optional.of(value(d.VALUE()));
    }

    /** crmsh's validate_score: a score (INFINITY spelled out) or, for anything else, a score-attribute. */
    private static Map.Entry<String, String> score(String s) {
        if (s.equalsIgnoreCase("mandatory")) {
            return Map.entry("score", "INFINITY");
        }
        if (s.equalsIgnoreCase("advisory")) {
            return Map.entry("score", "0");
        }
        if (numericScore(s)) {
            return Map.entry("score", normalizeInfinity(s));
        }
        return Map.entry("score-attribute", s);
    }

    private static final java.util.regex.Pattern NUMERIC_SCORE =
            java.util.regex.Pattern.compile("[+-]?(inf(inity)?|INF(INITY)?|[0-9]+)");
    private static final java.util.regex.Pattern INFINITY_WORD = java.util.regex.Pattern.compile("inf(inity)?|INF(INITY)?");

    private static boolean numericScore(String s) {
        return NUMERIC_SCORE.matcher(s).matches();
    }

    private static String normalizeInfinity(String s) {
        return INFINITY_WORD.matcher(s).replaceAll("INFINITY");
    }

    private static Optional<String> canonical(String value, List<String> allowed) {
        for (String a : allowed) {
            if (a.equalsIgnoreCase(value)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    private String newObjectId(ParserRuleContext idCtx) {
        String id = word(idCtx);
        checkNewId(id, idCtx.getStart());
        return id;
    }

    private void checkNewId(String id, Token at) {
        if (!Words.validId(id)) {
            throw error(at, "invalid id '" + id + "': an id starts with a letter or '_' and contains only letters, "
                    + "digits, '_', '.' and '-'");
        }
        ids.reserve(id);
    }

    private String reserveExplicit(String id, ParserRuleContext at) {
        if (!Words.validId(id)) {
            throw error(at, "invalid id '" + id + "'");
        }
        ids.reserve(id);
        return id;
    }

    private String idSpecValue(CrmParser.IdSpecContext spec, boolean allowRef) {
        if (!allowRef && key(spec.KEY()).equalsIgnoreCase("$id-ref")) {
            throw error(spec, "expected $id=ID, found " + spec.getText());
        }
        return value(spec.VALUE());
    }

    private static String key(TerminalNode key) {
        String t = key.getText();
        return t.substring(0, t.length() - 1);
    }

    private static String value(TerminalNode value) {
        return value == null ? "" : Words.unquote(value.getText());
    }

    private static String value(CrmParser.ValueContext v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.getChildCount(); i++) {
            if (v.getChild(i) instanceof CrmParser.ValuePartContext part) {
                sb.append(Words.unquote(part.getText()));
            } else {
                sb.append(':');
            }
        }
        return sb.toString();
    }

    private static String word(ParserRuleContext ctx) {
        return Words.unquote(ctx.getText());
    }

    private static String label(org.antlr.v4.runtime.Token t) {
        String s = t.getText();
        return Words.unquote(s.substring(0, s.length() - 1));
    }

    CrmException error(ParserRuleContext ctx, String message) {
        return error(ctx.getStart(), message);
    }

    CrmException error(Token t, String message) {
        return new CrmException(new SourceLocation(source, t.getLine(), t.getCharPositionInLine() + 1), message);
    }
}

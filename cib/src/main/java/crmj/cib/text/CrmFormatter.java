package crmj.cib.text;

import crmj.cib.model.AclRole;
import crmj.cib.model.AclTarget;
import crmj.cib.model.AgentRef;
import crmj.cib.model.Alert;
import crmj.cib.model.AlertSelect;
import crmj.cib.model.Attr;
import crmj.cib.model.AttrExpression;
import crmj.cib.model.AttributeSet;
import crmj.cib.model.Bundle;
import crmj.cib.model.Cib;
import crmj.cib.model.CibObject;
import crmj.cib.model.CibObjectVisitor;
import crmj.cib.model.Clone;
import crmj.cib.model.Colocation;
import crmj.cib.model.Comment;
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
import crmj.cib.model.RawXml;
import crmj.cib.model.Recipient;
import crmj.cib.model.ResourceSet;
import crmj.cib.model.RscTicket;
import crmj.cib.model.Rule;
import crmj.cib.model.SetKind;
import crmj.cib.model.Tag;
import crmj.cib.model.XmlObject;

import crmj.cib.xml.CibSections;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Prints model objects in crm syntax exactly as crmsh 4.4.1's {@code show} does: one entry per object,
 * clauses joined by {@code " \\\n\t"}, values quoted by crmsh's quote_wrap, objects sorted by kind then id.
 */
public final class CrmFormatter implements CibObjectVisitor<String> {
    private static final String BREAK = " \\\n\t";
    private static final Map<ObjectType, Integer> RANK = ranks();

    private final Cib cib;
    private final Function<CibObject, String> xmlForm;
    private final java.util.Set<String> referencedRules;
    private final AgentResolver agents;

    /**
     * @param cib     the whole CIB (fencing_topology's compact form depends on the node count)
     * @param xmlForm the {@code xml ...} text of an object crm syntax cannot express
     */
    public CrmFormatter(Cib cib, Function<CibObject, String> xmlForm) {
        this(cib, xmlForm, null);
    }

    /**
     * @param agents when given, a primitive whose printed agent would resolve to another agent (say
     *               {@code drbd} for ocf:heartbeat:drbd, which is not installed while ocf:linbit:drbd is)
     *               is shown in xml form, as crmsh's round-trip check does
     */
    public CrmFormatter(Cib cib, Function<CibObject, String> xmlForm, AgentResolver agents) {
        this.cib = cib;
        this.xmlForm = xmlForm;
        this.agents = agents;
        this.referencedRules = ruleReferences(cib);
    }

    private static java.util.Set<String> ruleReferences(Cib cib) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (CibObject o : cib.objects()) {
            List<Rule> rules = new ArrayList<>();
            if (o instanceof Location l) {
                rules.addAll(l.rules());
            } else if (o instanceof PropertySet ps) {
                rules.addAll(ps.set().rules());
            }
            for (Part p : ObjectParts.of(o)) {
                if (p instanceof AttributeSet s) {
                    rules.addAll(s.rules());
                }
            }
            rules.forEach(r -> r.idRef().ifPresent(out::add));
        }
        return out;
    }

    /** {@code show}: all objects, sorted, each ending with a newline; empty for an empty configuration. */
    public String show() {
        return show(cib.objects());
    }

    /** {@code show ID...}: the given objects in show order. */
    public String show(List<CibObject> objects) {
        return show(objects, true);
    }

    /**
     * The given objects in show order; with {@code sortById} false (crmsh's {@code core.sort_elements=false})
     * objects of one kind keep their CIB order.
     */
    public String show(List<CibObject> objects, boolean sortById) {
        StringBuilder out = new StringBuilder();
        List<CibObject> ordered = new ArrayList<>(objects);
        if (sortById) {
            ordered = sorted(objects);
        } else {
            ordered.sort(Comparator.comparingInt(CrmFormatter::rank));
        }
        List<CibObject> list = new ArrayList<>(ordered.size());
        for (CibObject o : ordered) {
            if (!CibSections.isPlaceholder(o) && !CibSections.isComment(o)) {
                list.add(o);
            }
        }
        if (list.size() < PARALLEL_OBJECTS || Runtime.getRuntime().availableProcessors() < 2) {
            for (CibObject o : list) {
                out.append(format(o)).append('\n');
            }
            return out.toString();
        }
        // objects format independently: a large configuration is formatted on every core, then
        // joined in order; a failure is rethrown as the sequential loop would have met it first
        Object[] parts = new Object[list.size()];
        java.util.stream.IntStream.range(0, parts.length).parallel().forEach(i -> {
            try {
                parts[i] = format(list.get(i));
            } catch (RuntimeException | Error e) {
                parts[i] = e;
            }
        });
        for (Object p : parts) {
            if (p instanceof RuntimeException e) {
                throw e;
            } else if (p instanceof Error e) {
                throw e;
            }
            out.append((String) p).append('\n');
        }
        return out.toString();
    }

    /** From this many objects on, {@link #show(List)} uses more than one thread. */
    private static final int PARALLEL_OBJECTS = 500;

    /** Objects in crmsh's show order: by kind rank, then by id (code-point order). */
    public static List<CibObject> sorted(List<CibObject> objects) {
        List<CibObject> list = new ArrayList<>(objects);
        list.sort(Comparator.comparingInt((CibObject o) -> rank(o)).thenComparing(CibObject::id));
        return list;
    }

    private static int rank(CibObject o) {
        if (o instanceof XmlObject x) {
            return RANK.getOrDefault(typeOfXml(x), 99);
        }
        return RANK.get(o.type());
    }

    private static ObjectType typeOfXml(XmlObject x) {
        String xml = x.xml().stripLeading();
        for (ObjectType t : ObjectType.values()) {
            String tag = switch (t) {
                case RSC_TEMPLATE -> "template";
                case MS -> "master";
                case LOCATION -> "rsc_location";
                case COLOCATION -> "rsc_colocation";
                case ORDER -> "rsc_order";
                case PROPERTY -> "cluster_property_set";
                case ROLE -> "acl_role";
                default -> t.keyword();
            };
            if (xml.startsWith("<" + tag + " ") || xml.startsWith("<" + tag + ">")) {
                return t;
            }
        }
        return ObjectType.XML;
    }

    private static Map<ObjectType, Integer> ranks() {
        Map<ObjectType, Integer> m = new LinkedHashMap<>();
        m.put(ObjectType.NODE, 0);
        m.put(ObjectType.RSC_TEMPLATE, 1);
        m.put(ObjectType.PRIMITIVE, 2);
        m.put(ObjectType.BUNDLE, 3);
        m.put(ObjectType.GROUP, 4);
        m.put(ObjectType.MS, 5);
        m.put(ObjectType.CLONE, 6);
        m.put(ObjectType.TAG, 8);
        m.put(ObjectType.LOCATION, 9);
        m.put(ObjectType.COLOCATION, 9);
        m.put(ObjectType.ORDER, 9);
        m.put(ObjectType.RSC_TICKET, 10);
        m.put(ObjectType.FENCING_TOPOLOGY, 10);
        m.put(ObjectType.PROPERTY, 11);
        m.put(ObjectType.RSC_DEFAULTS, 12);
        m.put(ObjectType.OP_DEFAULTS, 13);
        m.put(ObjectType.ROLE, 14);
        m.put(ObjectType.ACL_TARGET, 15);
        m.put(ObjectType.ACL_GROUP, 15);
        m.put(ObjectType.USER, 15);
        m.put(ObjectType.ALERT, 16);
        m.put(ObjectType.XML, 99);
        return m;
    }

    /** One object's text, without the final newline. */
    public String format(CibObject o) {
        if (needsXmlForm(o)) {
            return withComments(o, xmlForm.apply(o));
        }
        return withComments(o, o.accept(this));
    }

    private String withComments(CibObject o, String body) {
        List<String> comments = new ArrayList<>();
        for (String c : o.comments()) {
            comments.add(c.startsWith("#") ? c : "# " + c);
        }
        for (Part p : ObjectParts.of(o)) {
            if (p instanceof Comment c) {
                comments.add(c.text().startsWith("#") ? c.text() : "# " + c.text());
            }
        }
        if (comments.isEmpty()) {
            return body;
        }
        return String.join("\n", comments) + "\n" + body;
    }


    /** Cases where crmsh's round-trip check fails and it falls back to the xml form. */
    private boolean needsXmlForm(CibObject o) {
        if (o instanceof XmlObject) {
            return true;
        }
        for (Part p : ObjectParts.of(o)) {
            if (p instanceof RawXml) {
                return true;
            }
        }
        if (o instanceof crmj.cib.model.Described d && d.description().filter(String::isEmpty).isPresent()) {
            return true; // description="" reads back as an attribute (crmsh's description=(.+)), or not at all
        }
        if (o instanceof Alert a && a.parts().stream().anyMatch(x -> x instanceof Recipient r
                && r.description().isPresent())) {
            return true; // crmsh prints no recipient description ("to PATH"): the text would lose it
        }
        if (o instanceof NodeDef n && !n.id().equals(n.uname()) && Words.plain(n.id())
                && !n.id().matches("[\\w-]+")) {
            return true; // "node ID: UNAME" is read back only for ids made of [\w-]
        }
        if (o instanceof Primitive p && p.parts().stream().anyMatch(x -> x instanceof Operations ops
                && ops.ops().isEmpty() && ops.id().isEmpty() && ops.idRef().isEmpty())) {
            return true; // an empty <operations/> has no crm syntax
        }
        if (agents != null && o instanceof Primitive p && p.agent().isPresent()) {
            Optional<crmj.cib.model.AgentRef> reread = agents.resolve(agent(p.agent().get()));
            if (reread.isPresent() && !reread.equals(p.agent())) {
                return true;
            }
        }
        if (o instanceof FencingTopology f && compactFencing(f) && !compactFencingNamesTheNodes(f)) {
            return true; // the compact form would be read back as one level list per node: not these targets
        }
        if (o instanceof PropertySet ps) {
            AttributeSet s = ps.set();
            if (s.score().isPresent() || s.id().map(id -> id.contains(".") || !Words.plain(id)).orElse(false)) {
                return true;
            }
        }
        return !isAscii(o) || !setsSurviveRoundTrip(o);
    }

    /**
     * crmsh prints an object, parses the text again and falls back to the xml form when the result
     * differs. For constraints with resource sets that can happen (a sequential set written inside
     * brackets); this repeats the check for them, ids aside.
     */
    private boolean setsSurviveRoundTrip(CibObject o) {
        if (!ConstraintRefs.isConstraint(o) || ConstraintRefs.sets(o).isEmpty()) {
            return true;
        }
        String text = o.accept(this);
        try {
            CibBuilder builder = new CibBuilder(new IdRegistry(java.util.Set.of()), spec -> Optional.empty(),
                    List::of);
            for (ParsedLine line : CrmTextParser.parse("show", text)) {
                Optional<Statement> st = builder.build(line, text);
                if (st.isPresent() && st.get() instanceof Statement.Define d) {
                    return shape(d.object()).equals(shape(o));
                }
            }
        } catch (crmj.cib.CrmException e) {
            return false;
        }
        return false;
    }

    private static List<Object> shape(CibObject c) {
        List<Object> out = new ArrayList<>();
        out.add(new java.util.HashSet<>(ConstraintRefs.attributes(c)));
        for (ResourceSet s : ConstraintRefs.sets(c)) {
            java.util.Set<Attr> attrs = new java.util.HashSet<>();
            for (Attr a : s.attributes()) {
                boolean defaultValue = (a.name().equals("sequential") || a.name().equals("require-all"))
                        && !isFalse(a.value());
                if (!defaultValue) {
                    attrs.add(a);
                }
            }
            out.add(List.of(attrs, s.resources()));
        }
        return out;
    }

    /**
     * True when no string in the object (any record component, at any depth) has a character above
     * 127: the same answer as looking through the record's {@code toString()}, without building that
     * text (the generated record {@code toString}s cost method-handle set-up at start and much
     * garbage on a large CIB). Types not known here fall back to their {@code toString()}.
     */
    static boolean isAscii(Object x) {
        if (x == null || x instanceof Boolean || x instanceof Number || x instanceof ObjectType
                || x instanceof SetKind) {
            return true;
        } else if (x instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) >= 128) {
                    return false;
                }
            }
            return true;
        } else if (x instanceof Optional<?> o) {
            return o.isEmpty() || isAscii(o.get());
        } else if (x instanceof List<?> list) {
            for (Object e : list) {
                if (!isAscii(e)) {
                    return false;
                }
            }
            return true;
        } else if (x instanceof Attr a) {
            return isAscii(a.name()) && isAscii(a.value());
        } else if (x instanceof Nvpair nv) {
            return isAscii(nv.id()) && isAscii(nv.name()) && isAscii(nv.value()) && isAscii(nv.idRef());
        } else if (x instanceof AttributeSet set) {
            return isAscii(set.id()) && isAscii(set.idRef()) && isAscii(set.score()) && isAscii(set.rules())
                    && isAscii(set.nvpairs());
        } else if (x instanceof Op op) {
            return isAscii(op.id()) && isAscii(op.attributes()) && isAscii(op.sets());
        } else if (x instanceof Operations ops) {
            return isAscii(ops.id()) && isAscii(ops.idRef()) && isAscii(ops.ops());
        } else if (x instanceof Primitive p) {
            return isAscii(p.id()) && isAscii(p.agent()) && isAscii(p.templateRef()) && isAscii(p.description())
                    && isAscii(p.parts()) && isAscii(p.comments());
        } else if (x instanceof AgentRef a) {
            return isAscii(a.agentClass()) && isAscii(a.provider()) && isAscii(a.agentType());
        } else if (x instanceof Group g) {
            return isAscii(g.id()) && isAscii(g.members()) && isAscii(g.description()) && isAscii(g.parts())
                    && isAscii(g.comments());
        } else if (x instanceof Clone c) {
            return isAscii(c.id()) && isAscii(c.child()) && isAscii(c.description()) && isAscii(c.parts())
                    && isAscii(c.comments());
        } else if (x instanceof ResourceSet rs) {
            return isAscii(rs.id()) && isAscii(rs.attributes()) && isAscii(rs.resources());
        } else if (x instanceof Location l) {
            return isAscii(l.id()) && isAscii(l.attributes()) && isAscii(l.sets()) && isAscii(l.rules())
                    && isAscii(l.comments());
        } else if (x instanceof Colocation c) {
            return isAscii(c.id()) && isAscii(c.attributes()) && isAscii(c.sets()) && isAscii(c.comments());
        } else if (x instanceof Order o) {
            return isAscii(o.id()) && isAscii(o.attributes()) && isAscii(o.sets()) && isAscii(o.comments());
        } else if (x instanceof RscTicket t) {
            return isAscii(t.id()) && isAscii(t.attributes()) && isAscii(t.sets()) && isAscii(t.comments());
        } else if (x instanceof Rule r) {
            return isAscii(r.id()) && isAscii(r.idRef()) && isAscii(r.role()) && isAscii(r.score())
                    && isAscii(r.scoreAttribute()) && isAscii(r.booleanOp()) && isAscii(r.expressions());
        } else if (x instanceof AttrExpression e) {
            return isAscii(e.id()) && isAscii(e.attribute()) && isAscii(e.operation()) && isAscii(e.value())
                    && isAscii(e.type()) && isAscii(e.valueSource());
        } else if (x instanceof DateExpression e) {
            return isAscii(e.id()) && isAscii(e.operation()) && isAscii(e.start()) && isAscii(e.end())
                    && isAscii(e.detail());
        } else if (x instanceof DateExpression.DateDetail d) {
            return isAscii(d.tag()) && isAscii(d.id()) && isAscii(d.attributes());
        } else if (x instanceof NodeDef n) {
            return isAscii(n.id()) && isAscii(n.uname()) && isAscii(n.nodeType()) && isAscii(n.description())
                    && isAscii(n.parts()) && isAscii(n.comments());
        } else if (x instanceof PropertySet ps) {
            return isAscii(ps.set()) && isAscii(ps.comments());
        } else if (x instanceof Comment c) {
            return isAscii(c.text());
        } else if (x instanceof RawXml r) {
            return isAscii(r.xml());
        } else if (x instanceof Bundle b) {
            return isAscii(b.id()) && isAscii(b.description()) && isAscii(b.parts()) && isAscii(b.child())
                    && isAscii(b.comments());
        } else if (x instanceof ContainerPart c) {
            return isAscii(c.tag()) && isAscii(c.attributes()) && isAscii(c.mappings());
        } else if (x instanceof ContainerPart.Mapping m) {
            return isAscii(m.tag()) && isAscii(m.attributes());
        } else if (x instanceof Recipient r) {
            return isAscii(r.id()) && isAscii(r.value()) && isAscii(r.description()) && isAscii(r.sets());
        } else if (x instanceof AlertSelect a) {
            return isAscii(a.kinds()) && isAscii(a.attributes());
        } else if (x instanceof Alert a) {
            return isAscii(a.id()) && isAscii(a.path()) && isAscii(a.description()) && isAscii(a.parts())
                    && isAscii(a.comments());
        } else if (x instanceof FencingTopology f) {
            return isAscii(f.levels()) && isAscii(f.comments());
        } else if (x instanceof FencingTopology.Level l) {
            return isAscii(l.id()) && isAscii(l.attributes());
        } else if (x instanceof Tag t) {
            return isAscii(t.id()) && isAscii(t.refs()) && isAscii(t.comments());
        } else if (x instanceof AclRole r) {
            return isAscii(r.id()) && isAscii(r.description()) && isAscii(r.permissions()) && isAscii(r.comments());
        } else if (x instanceof AclRole.Permission p) {
            return isAscii(p.id()) && isAscii(p.attributes());
        } else if (x instanceof AclTarget t) {
            return isAscii(t.id()) && isAscii(t.roles()) && isAscii(t.comments());
        } else if (x instanceof XmlObject o) {
            return isAscii(o.id()) && isAscii(o.section()) && isAscii(o.xml()) && isAscii(o.comments());
        }
        return isAscii(x.toString());
    }

    // ------------------------------------------------------------------ objects

    @Override
    public String visitNode(NodeDef n) {
        StringBuilder head = new StringBuilder("node");
        if (!n.id().equals(n.uname())) {
            head.append(Words.plain(n.id()) ? " " + n.id() + ":" : " $id=\"" + n.id() + "\"");
        }
        head.append(' ').append(n.uname());
        n.nodeType().filter(t -> !t.equals("normal")).ifPresent(t -> head.append(':').append(t));
        List<String> clauses = new ArrayList<>();
        clauses.add(head.toString());
        n.description().ifPresent(d -> clauses.add("description=" + Words.quote(d)));
        for (Part p : n.parts()) {
            if (p instanceof AttributeSet s) {
                clauses.add(setClause(s.kind() == SetKind.UTILIZATION ? "utilization" : "attributes", s));
            }
        }
        return String.join(BREAK, clauses);
    }

    @Override
    public String visitPrimitive(Primitive p) {
        String spec = p.templateRef().map(t -> "@" + t).orElseGet(() -> agent(p.agent().orElseThrow()));
        List<String> clauses = new ArrayList<>();
        clauses.add((p.template() ? "rsc_template " : "primitive ") + p.id() + " " + spec);
        p.description().ifPresent(d -> clauses.add("description=" + Words.quote(d)));
        for (Part part : p.parts()) {
            if (part instanceof AttributeSet s) {
                clauses.add(setClause(switch (s.kind()) {
                    case META_ATTRIBUTES -> "meta";
                    case UTILIZATION -> "utilization";
                    default -> "params";
                }, s));
            } else if (part instanceof Operations ops) {
                operations(ops, clauses);
            }
        }
        return String.join(BREAK, clauses);
    }

    /** crmsh's mk_rsc_type: the type alone for heartbeat agents, else class[:provider]:type. */
    static String agent(AgentRef a) {
        if (a.provider().map(p -> p.equals("heartbeat")).orElse(a.agentClass().equals("ocf"))) {
            return a.agentType();
        }
        return a.toString();
    }

    private void operations(Operations ops, List<String> clauses) {
        String s = "";
        if (ops.id().isPresent()) {
            s = "$id=" + Words.quote(ops.id().get());
        }
        if (ops.idRef().isPresent()) {
            s = s + " $id-ref=" + Words.quote(ops.idRef().get());
        }
        if (!s.isEmpty()) {
            clauses.add("operations " + s);
        }
        for (Op op : ops.ops()) {
            StringBuilder sb = new StringBuilder("op ").append(op.name());
            for (Attr a : op.attributes()) {
                if (!a.name().equals("name") && !a.name().equals("id")) {
                    sb.append(' ').append(a.name()).append('=').append(Words.quote(a.value()));
                }
            }
            clauses.add(sb.toString());
            op.attribute("description").ifPresent(d -> clauses.add("description=" + Words.quote(d)));
            for (AttributeSet set : op.sets()) {
                clauses.add(setClause(set.kind() == SetKind.META_ATTRIBUTES ? "op_meta" : "op_params", set));
            }
        }
    }

    @Override
    public String visitGroup(Group g) {
        List<String> clauses = new ArrayList<>();
        clauses.add("group " + g.id() + (g.members().isEmpty() ? "" : " " + String.join(" ", g.members())));
        containerClauses(g.description(), g.parts(), clauses);
        return String.join(BREAK, clauses);
    }

    @Override
    public String visitClone(Clone c) {
        List<String> clauses = new ArrayList<>();
        clauses.add((c.master() ? "ms " : "clone ") + c.id() + " " + c.child());
        containerClauses(c.description(), c.parts(), clauses);
        return String.join(BREAK, clauses);
    }

    private void containerClauses(Optional<String> description, List<Part> parts, List<String> clauses) {
        description.ifPresent(d -> clauses.add("description=" + Words.quote(d)));
        for (Part p : parts) {
            if (p instanceof AttributeSet s) {
                clauses.add(setClause(s.kind() == SetKind.META_ATTRIBUTES ? "meta" : "params", s));
            }
        }
    }

    @Override
    public String visitBundle(Bundle b) {
        List<String> clauses = new ArrayList<>();
        clauses.add("bundle " + b.id());
        b.description().ifPresent(d -> clauses.add("description=" + Words.quote(d)));
        for (Part p : b.parts()) {
            if (p instanceof ContainerPart c) {
                StringBuilder sb = new StringBuilder(c.tag());
                for (Attr a : c.attributes()) {
                    sb.append(' ').append(a.name()).append('=').append(Words.quote(a.value()));
                }
                for (ContainerPart.Mapping m : c.mappings()) {
                    sb.append(' ').append(m.tag());
                    for (Attr a : m.attributes()) {
                        sb.append(' ').append(a.name()).append('=').append(Words.quote(a.value()));
                    }
                }
                clauses.add(sb.toString());
            } else if (p instanceof AttributeSet s) {
                clauses.add(setClause(s.kind() == SetKind.META_ATTRIBUTES ? "meta" : "params", s));
            }
        }
        b.child().ifPresent(c -> clauses.add("primitive " + c));
        return String.join(BREAK, clauses);
    }

    @Override
    public String visitLocation(Location l) {
        StringBuilder head = new StringBuilder("location ").append(l.id()).append(' ');
        if (l.attribute("rsc").isPresent()) {
            head.append(l.attribute("rsc").get());
        } else if (l.attribute("rsc-pattern").isPresent()) {
            head.append('/').append(l.attribute("rsc-pattern").get()).append('/');
        } else {
            head.append("{ ").append(String.join(" ", setItems(l.sets(), "role"))).append(" }");
        }
        l.attribute("role").ifPresent(r -> head.append(" role=").append(r));
        l.attribute("resource-discovery").ifPresent(r -> head.append(" resource-discovery=").append(r));
        if (l.attribute("node").isPresent()) {
            head.append(' ').append(scoreText(l.attribute("score"), l.attribute("score-attribute")))
                    .append(": ").append(l.attribute("node").get());
        }
        List<String> clauses = new ArrayList<>();
        clauses.add(head.toString());
        for (Rule r : l.rules()) {
            clauses.add("rule " + rule(r));
        }
        return String.join(BREAK, clauses);
    }

    @Override
    public String visitColocation(Colocation c) {
        StringBuilder sb = new StringBuilder("colocation ").append(c.id()).append(' ');
        appendScoreOrKind(sb, c.attributes());
        if (c.sets().isEmpty()) {
            sb.append(ref(c.attributes(), "rsc", "role")).append(' ').append(ref(c.attributes(), "with-rsc", "role"));
        } else {
            sb.append(String.join(" ", constraintSets(c.sets(), "role", false)));
        }
        Attr.find(c.attributes(), "node-attribute").ifPresent(v -> sb.append(" node-attribute=").append(v));
        return sb.toString();
    }

    @Override
    public String visitOrder(Order o) {
        StringBuilder sb = new StringBuilder("order ").append(o.id()).append(' ');
        appendScoreOrKind(sb, o.attributes());
        if (o.sets().isEmpty()) {
            sb.append(ref(o.attributes(), "first", "action")).append(' ')
                    .append(ref(o.attributes(), "then", "action"));
        } else {
            sb.append(String.join(" ", constraintSets(o.sets(), "action", false)));
        }
        Attr.find(o.attributes(), "symmetrical").ifPresent(v -> sb.append(" symmetrical=").append(v));
        return sb.toString();
    }

    @Override
    public String visitRscTicket(RscTicket t) {
        StringBuilder sb = new StringBuilder("rsc_ticket ").append(t.id()).append(' ')
                .append(t.attribute("ticket").orElse("")).append(": ");
        if (t.sets().isEmpty()) {
            sb.append(ref(t.attributes(), "rsc", "role"));
        } else {
            sb.append(String.join(" ", constraintSets(t.sets(), "role", true)));
        }
        t.attribute("loss-policy").ifPresent(v -> sb.append(" loss-policy=").append(v));
        return sb.toString();
    }

    private static void appendScoreOrKind(StringBuilder sb, List<Attr> attrs) {
        Optional<String> score = Attr.find(attrs, "score");
        Optional<String> scoreAttr = Attr.find(attrs, "score-attribute");
        if (score.isPresent() || scoreAttr.isPresent()) {
            sb.append(scoreText(score, scoreAttr)).append(": ");
        } else {
            Attr.find(attrs, "kind").ifPresent(k -> sb.append(k).append(": "));
        }
    }

    private static String ref(List<Attr> attrs, String name, String qualifier) {
        String rsc = Attr.find(attrs, name).orElse("");
        Optional<String> q = Attr.find(attrs, name + "-" + qualifier).or(() -> Attr.find(attrs, name + "-instance"));
        return q.map(v -> rsc + ":" + v).orElse(rsc);
    }

    private static String scoreText(Optional<String> score, Optional<String> scoreAttribute) {
        return score.map(s -> s.replace("INFINITY", "inf")).or(() -> scoreAttribute).orElse("");
    }

    /**
     * crmsh's rsc_set_constraint: sets that would read back as the simple form (at most two references, one
     * for a ticket, the last set sequential and requiring all; any set for a ticket) start with {@code _rsc_set_}.
     */
    private List<String> constraintSets(List<ResourceSet> sets, String qualifier, boolean ticket) {
        List<String> items = setItems(sets, qualifier);
        ResourceSet last = sets.get(sets.size() - 1);
        boolean seqAll = !last.attribute("sequential").map(CrmFormatter::isFalse).orElse(false)
                && !last.attribute("require-all").map(CrmFormatter::isFalse).orElse(false);
        int refs = sets.stream().mapToInt(s -> s.resources().size()).sum();
        if (ticket ? refs <= 1 : seqAll && refs <= 2) {
            items.add(0, "_rsc_set_");
        }
        return items;
    }

    private static List<String> setItems(List<ResourceSet> sets, String qualifier) {
        List<String> items = new ArrayList<>();
        for (ResourceSet s : sets) {
            boolean requireAllFalse = s.attribute("require-all").map(CrmFormatter::isFalse).orElse(false);
            boolean sequentialFalse = s.attribute("sequential").map(CrmFormatter::isFalse).orElse(false);
            if (requireAllFalse) {
                items.add("[");
            } else if (sequentialFalse) {
                items.add("(");
            }
            Optional<String> q = s.attribute(qualifier);
            for (String r : s.resources()) {
                items.add(q.map(v -> r + ":" + v).orElse(r));
            }
            if (requireAllFalse) {
                if (!sequentialFalse) {
                    items.add("sequential=true");
                }
                items.add("]");
            } else if (sequentialFalse) {
                items.add(")");
            }
        }
        return items;
    }

    private static boolean isFalse(String v) {
        return List.of("false", "no", "off", "0", "n").contains(v.toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public String visitPropertySet(PropertySet p) {
        AttributeSet s = p.set();
        String keyword = p.type().keyword();
        List<String> clauses = new ArrayList<>();
        if (s.idRef().isPresent()) {
            clauses.add(keyword + " $id-ref=" + s.idRef().get());
        } else {
            String id = s.id().orElse("");
            clauses.add(Words.plain(id) ? keyword + " " + id + ":" : keyword + " $id=\"" + id + "\"");
        }
        for (Rule r : s.rules()) {
            clauses.add("rule " + rule(r));
        }
        for (Nvpair nv : s.nvpairs()) {
            clauses.add(nvpair(nv));
        }
        return String.join(BREAK, clauses);
    }

    /** crmsh's compact form ({@code fencing_topology DEVICES...}): one device list, as many targets as nodes. */
    private boolean compactFencing(FencingTopology f) {
        Map<String, List<String>> devices = fencingDevices(f);
        long nodes = cib.objects().stream().filter(o -> o instanceof NodeDef).count();
        return !devices.isEmpty() && devices.values().stream().distinct().count() == 1 && devices.size() == nodes;
    }

    /** True when every level targets a node by name ({@code target=}), as the compact form is read back. */
    private boolean compactFencingNamesTheNodes(FencingTopology f) {
        java.util.Set<String> unames = new java.util.HashSet<>();
        for (CibObject o : cib.objects()) {
            if (o instanceof NodeDef n) {
                unames.add(n.uname());
            }
        }
        return f.levels().stream().allMatch(l -> Attr.find(l.attributes(), "target").map(unames::contains)
                .orElse(false));
    }

    /** Each target's device lists, by index. */
    private static Map<String, List<String>> fencingDevices(FencingTopology f) {
        Map<String, List<FencingTopology.Level>> byTarget = new LinkedHashMap<>();
        for (FencingTopology.Level level : f.levels()) {
            byTarget.computeIfAbsent(fencingTarget(level), k -> new ArrayList<>()).add(level);
        }
        Map<String, List<String>> devices = new LinkedHashMap<>();
        byTarget.forEach((target, levels) -> devices.put(target, levels.stream()
                .sorted(Comparator.comparingInt(l -> Integer.parseInt(Attr.find(l.attributes(), "index").orElse("0"))))
                .map(l -> Attr.find(l.attributes(), "devices").orElse("")).toList()));
        return devices;
    }

    @Override
    public String visitFencingTopology(FencingTopology f) {
        Map<String, List<String>> devices = fencingDevices(f);
        if (devices.isEmpty()) {
            return "fencing_topology";
        }
        if (compactFencing(f)) {
            return "fencing_topology " + String.join(" ", devices.values().iterator().next());
        }
        List<String> clauses = new ArrayList<>();
        clauses.add("fencing_topology");
        devices.forEach((target, devs) -> clauses.add(target + " " + String.join(" ", devs)));
        return String.join(BREAK, clauses);
    }

    private static String fencingTarget(FencingTopology.Level level) {
        List<Attr> a = level.attributes();
        if (Attr.find(a, "target").isPresent()) {
            return Attr.find(a, "target").get() + ":";
        }
        if (Attr.find(a, "target-pattern").isPresent()) {
            return "pattern:" + Attr.find(a, "target-pattern").get();
        }
        return "attr:" + Attr.find(a, "target-attribute").orElse("") + "=" + Attr.find(a, "target-value").orElse("");
    }

    @Override
    public String visitTag(Tag t) {
        return "tag " + t.id() + (t.refs().isEmpty() ? "" : " " + String.join(" ", t.refs()));
    }

    @Override
    public String visitAlert(Alert a) {
        List<String> clauses = new ArrayList<>();
        clauses.add("alert " + a.id() + " " + Words.quote(a.path()));
        a.description().ifPresent(d -> clauses.add("description=" + Words.quote(d)));
        boolean setsAfterRecipient = false;
        boolean seenRecipient = false;
        for (Part p : a.parts()) {
            if (p instanceof Recipient) {
                seenRecipient = true;
            } else if (p instanceof AttributeSet && seenRecipient) {
                setsAfterRecipient = true;
            }
        }
        for (Part p : a.parts()) {
            if (p instanceof AttributeSet s) {
                clauses.add(setClause(s.kind() == SetKind.META_ATTRIBUTES ? "meta" : "attributes", s));
            } else if (p instanceof AlertSelect sel) {
                StringBuilder sb = new StringBuilder("select");
                for (String k : sel.kinds()) {
                    sb.append(' ').append(k);
                    if (k.equals("attributes")) {
                        sb.append(" {");
                        sel.attributes().forEach(x -> sb.append(' ').append(x));
                        sb.append(" }");
                    }
                }
                clauses.add(sb.toString());
            } else if (p instanceof Recipient r) {
                StringBuilder sb = new StringBuilder("to ");
                if (setsAfterRecipient) {
                    sb.append("{ ");
                }
                sb.append(Words.quote(r.value()));
                r.description().ifPresent(d -> sb.append(" description=").append(Words.quote(d)));
                for (AttributeSet s : r.sets()) {
                    sb.append(' ').append(setClause(s.kind() == SetKind.META_ATTRIBUTES ? "meta" : "attributes", s));
                }
                if (setsAfterRecipient) {
                    sb.append(" }");
                }
                clauses.add(sb.toString());
            }
        }
        return String.join(BREAK, clauses);
    }

    @Override
    public String visitAclRole(AclRole r) {
        List<String> clauses = new ArrayList<>();
        clauses.add("role " + r.id());
        r.description().ifPresent(d -> clauses.add("description=" + Words.quote(d)));
        for (AclRole.Permission p : r.permissions()) {
            clauses.add(AclFormat.permission(p));
        }
        return String.join(BREAK, clauses);
    }

    @Override
    public String visitAclTarget(AclTarget t) {
        List<String> clauses = new ArrayList<>();
        clauses.add((t.group() ? "acl_group " : "acl_target ") + t.id());
        clauses.addAll(t.roles());
        return String.join(BREAK, clauses);
    }

    @Override
    public String visitXmlObject(XmlObject x) {
        return xmlForm.apply(x);
    }

    // ------------------------------------------------------------------ pieces

    private String setClause(String keyword, AttributeSet s) {
        List<String> items = new ArrayList<>();
        items.add(keyword);
        s.idRef().ifPresent(r -> items.add("$id-ref=" + Words.quote(r)));
        s.score().ifPresent(sc -> items.add(sc + ":"));
        for (Rule r : s.rules()) {
            items.add("rule " + rule(r));
        }
        for (Nvpair nv : s.nvpairs()) {
            items.add(nvpair(nv));
        }
        return String.join(" ", items);
    }

    private static String nvpair(Nvpair nv) {
        if (nv.idRef().isPresent()) {
            return "@" + nv.idRef().get() + nv.name().map(n -> ":" + n).orElse("");
        }
        String name = nv.name().orElse("");
        if (nv.value().isEmpty()) {
            return name;
        }
        String value = nv.value().get();
        if (name.startsWith("passw")) {
            value = "******";
        }
        return name + "=" + Words.quote(value);
    }

    /** crmsh's cli_rule. */
    String rule(Rule r) {
        List<String> items = new ArrayList<>();
        if (r.id().isPresent() && referencedRules.contains(r.id().get())) {
            // crmsh shows the id of a rule that another rule refers to (is_id_refd)
            items.add("$id=" + Words.quote(r.id().get()));
        } else if (r.idRef().isPresent()) {
            return "$id-ref=" + Words.quote(r.idRef().get());
        }
        r.role().ifPresent(role -> items.add("$role=" + Words.quote(role)));
        Optional<String> score = r.score().filter(s -> !s.equals("INFINITY"));
        if (score.isPresent() || (r.score().isEmpty() && r.scoreAttribute().isPresent())) {
            items.add(scoreText(score, r.scoreAttribute()) + ":");
        }
        String op = r.booleanOp().orElse("and");
        List<String> exprs = new ArrayList<>();
        for (Expression e : r.expressions()) {
            if (e instanceof AttrExpression a) {
                exprs.add(expression(a));
            } else if (e instanceof DateExpression d) {
                exprs.add(dateExpression(d));
            }
        }
        items.add(String.join(" " + op + " ", exprs));
        return String.join(" ", items);
    }

    private static String expression(AttrExpression a) {
        String operation = a.type().filter(t -> !t.equals("string")).map(t -> t + ":" + a.operation())
                .orElse(a.operation());
        if (a.value().isEmpty() || a.value().get().isEmpty()) {
            return operation + " " + a.attribute();
        }
        String value = a.value().get();
        if (a.valueSource().isPresent() && !a.valueSource().get().equals("literal")) {
            return a.attribute() + " " + operation + " " + a.valueSource().get() + "{" + value + "}";
        }
        return a.attribute() + " " + operation + " " + value;
    }

    private static String dateExpression(DateExpression d) {
        String op = switch (d.operation()) {
            case "in_range" -> "in";
            case "date_spec" -> "spec";
            default -> d.operation();
        };
        StringBuilder sb = new StringBuilder("date ").append(op);
        if (d.operation().equals("lt") || d.operation().equals("gt")) {
            Optional<String> v = d.operation().equals("lt") ? d.end() : d.start();
            return sb.append(' ').append(Words.quote(v.orElse(""))).toString();
        }
        if (d.operation().equals("in_range")) {
            d.start().ifPresent(s -> sb.append(" start=").append(Words.quote(s)));
            d.end().ifPresent(s -> sb.append(" end=").append(Words.quote(s)));
        }
        d.detail().ifPresent(detail -> detail.attributes().stream().filter(a -> !a.name().equals("id"))
                .forEach(a -> sb.append(' ').append(a.name()).append('=').append(Words.quote(a.value()))));
        return sb.toString();
    }
}

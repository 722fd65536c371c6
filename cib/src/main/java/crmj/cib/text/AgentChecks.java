package crmj.cib.text;

import crmj.cib.agent.AgentCatalog;
import crmj.cib.agent.AgentException;
import crmj.cib.agent.AgentId;
import crmj.cib.agent.AgentValidator;
import crmj.cib.agent.ClusterOptions;
import crmj.cib.agent.MetaAttributes;
import crmj.cib.agent.OpSpec;
import crmj.cib.agent.PrimitiveCheck;
import crmj.cib.agent.ValidationProblem;
import crmj.cib.model.AgentRef;
import crmj.cib.model.Attr;
import crmj.cib.model.AttributeSet;
import crmj.cib.model.Cib;
import crmj.cib.model.CibObject;
import crmj.cib.model.Clone;
import crmj.cib.model.Group;
import crmj.cib.model.Nvpair;
import crmj.cib.model.ObjectType;
import crmj.cib.model.Op;
import crmj.cib.model.Part;
import crmj.cib.model.Primitive;
import crmj.cib.model.PropertySet;
import crmj.cib.model.SetKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * crmsh's commit-time checks against agent meta-data and Pacemaker's option lists, for the objects a
 * session changed, sorted by id as crmsh prints them: parameters and ops of primitives (a primitive made
 * from a template is checked with the template's agent and parameters merged in), meta attributes of
 * resources, cluster properties and defaults.
 */
public final class AgentChecks {
    private final AgentCatalog catalog;
    private final AgentValidator validator;

    public AgentChecks(AgentCatalog catalog) {
        this.catalog = catalog;
        this.validator = new AgentValidator(catalog);
    }

    /** The problems of the changed objects, in crmsh's order. */
    public List<ValidationProblem> check(Cib cib, Collection<String> changedIds) {
        List<ValidationProblem> out = new ArrayList<>();
        Optional<String> defaultTimeout = opDefaultTimeout(cib);
        List<CibObject> changed = new ArrayList<>();
        for (CibObject o : cib.objects()) {
            if (changedIds.contains(o.id())) {
                changed.add(o);
            }
        }
        changed.sort((a, b) -> a.id().compareTo(b.id()));
        for (CibObject o : changed) {
            if (o instanceof Primitive p) {
                primitive(cib, p, defaultTimeout).ifPresent(c -> out.addAll(validator.check(c)));
            } else if (o instanceof Group g) {
                out.addAll(MetaAttributes.check(g.id(), meta(g.parts()).keySet(), MetaAttributes.forGroup()));
            } else if (o instanceof Clone c) {
                out.addAll(MetaAttributes.check(c.id(), meta(c.parts()).keySet(),
                        c.master() ? MetaAttributes.forMs() : MetaAttributes.forClone()));
            } else if (o instanceof PropertySet ps) {
                out.addAll(properties(ps));
            }
        }
        return out;
    }

    private List<ValidationProblem> properties(PropertySet ps) {
        List<String> names = new ArrayList<>();
        ps.set().nvpairs().forEach(nv -> nv.name().ifPresent(names::add));
        String setId = ps.set().id().orElse("");
        if (ps.type() == ObjectType.RSC_DEFAULTS) {
            return ClusterOptions.checkRscDefaults(setId, names);
        } else if (ps.type() == ObjectType.OP_DEFAULTS) {
            return ClusterOptions.checkOpDefaults(setId, names);
        }
        try {
            return catalog.clusterOptions().checkProperties(setId, names);
        } catch (AgentException e) {
            return List.of();
        }
    }

    private Optional<PrimitiveCheck> primitive(Cib cib, Primitive p, Optional<String> defaultTimeout) {
        Primitive source = p;
        Map<String, String> params = new LinkedHashMap<>();
        Map<String, String> meta = new LinkedHashMap<>();
        List<OpSpec> ops = new ArrayList<>();
        if (p.templateRef().isPresent()) {
            Optional<CibObject> t = cib.find(p.templateRef().get());
            if (t.isEmpty() || !(t.get() instanceof Primitive template)) {
                return Optional.empty();
            }
            source = template;
            params.putAll(values(template.parts(), SetKind.INSTANCE_ATTRIBUTES));
            meta.putAll(meta(template.parts()));
            ops.addAll(ops(template));
        }
        Optional<AgentRef> agent = source.agent();
        if (agent.isEmpty()) {
            return Optional.empty();
        }
        AgentId id;
        try {
            id = AgentId.fromCib(agent.get().agentClass(), agent.get().provider().orElse(null),
                    agent.get().agentType());
        } catch (AgentException e) {
            return Optional.empty();
        }
        params.putAll(values(p.parts(), SetKind.INSTANCE_ATTRIBUTES));
        meta.putAll(meta(p.parts()));
        ops.addAll(ops(p));
        PrimitiveCheck check = new PrimitiveCheck(p.id(), id, p.template(), params, meta, ops, defaultTimeout);
        return Optional.of(check);
    }

    private static List<OpSpec> ops(Primitive p) {
        List<OpSpec> out = new ArrayList<>();
        for (Op op : p.ops()) {
            Map<String, String> attrs = new LinkedHashMap<>();
            for (Attr a : op.attributes()) {
                if (!a.name().equals("name") && !a.name().equals("id")) {
                    attrs.put(a.name(), a.value());
                }
            }
            out.add(new OpSpec(op.name(), attrs));
        }
        return out;
    }

    private static Map<String, String> meta(List<Part> parts) {
        return values(parts, SetKind.META_ATTRIBUTES);
    }

    /** Name/value pairs of the rule-less sets of one kind, later sets overriding earlier ones. */
    private static Map<String, String> values(List<Part> parts, SetKind kind) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Part part : parts) {
            if (part instanceof AttributeSet s && s.kind() == kind && s.rules().isEmpty()) {
                for (Nvpair nv : s.nvpairs()) {
                    nv.name().ifPresent(n -> out.put(n, nv.value().orElse("")));
                }
            }
        }
        return out;
    }

    private static Optional<String> opDefaultTimeout(Cib cib) {
        for (CibObject o : cib.objects()) {
            if (o instanceof PropertySet ps && ps.type() == ObjectType.OP_DEFAULTS) {
                Optional<String> t = ps.set().value("timeout");
                if (t.isPresent()) {
                    return t;
                }
            }
        }
        return Optional.empty();
    }
}

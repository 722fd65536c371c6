package crmj.cib.text;

import crmj.cib.CrmException;
import crmj.cib.SourceLocation;
import crmj.cib.model.Attr;
import crmj.cib.model.AttributeSet;
import crmj.cib.model.Cib;
import crmj.cib.model.CibObject;
import crmj.cib.model.Clone;
import crmj.cib.model.Group;
import crmj.cib.model.Nvpair;
import crmj.cib.model.ObjectType;
import crmj.cib.model.Op;
import crmj.cib.model.Operations;
import crmj.cib.model.Part;
import crmj.cib.model.Primitive;
import crmj.cib.model.PropertySet;
import crmj.cib.model.XmlObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies configure statements to an immutable CIB, producing a new one each time: define, merge
 * property sets, add monitor ops, delete, rename. Ids come from one {@link IdRegistry} kept in step
 * with the CIB.
 */
public final class ConfigEditor {
    private Cib cib;
    private final IdRegistry ids;
    private final CibBuilder builder;

    public ConfigEditor(Cib cib, AgentResolver agents) {
        this.cib = cib;
        this.ids = new IdRegistry(CibIds.of(cib));
        this.builder = new CibBuilder(ids, agents, this::nodeNames);
    }

    private List<String> nodeNames() {
        List<String> names = new ArrayList<>();
        for (CibObject o : cib.objects()) {
            if (o instanceof crmj.cib.model.NodeDef n) {
                names.add(n.uname());
            }
        }
        return names;
    }

    /** The current CIB. */
    public Cib cib() {
        return cib;
    }

    /** The builder that shares this editor's ids. */
    public CibBuilder builder() {
        return builder;
    }

    /** Replaces the whole CIB (erase, load replace), resetting the id registry. */
    public void reset(Cib newCib) {
        for (String id : CibIds.of(cib)) {
            ids.release(id);
        }
        cib = newCib;
        CibIds.of(newCib).forEach(ids::reserve);
    }

    /** Parses the text of one object (as typed after "configure") and defines it. */
    public CibObject defineText(String source, String text) {
        CibObject last = null;
        for (ParsedLine line : CrmTextParser.parse(source, text)) {
            Optional<Statement> st = builder.build(line, text);
            if (st.isPresent() && st.get() instanceof Statement.Define d) {
                last = define(d.object(), d.location(), false);
            } else if (st.isPresent()) {
                throw new CrmException(line.location(), "expected an object definition");
            }
        }
        return last;
    }

    /**
     * Adds an object. A property/rsc_defaults/op_defaults set whose id exists is merged into it (new
     * values replace old ones, new names are appended); with {@code replace} an existing object of the
     * same kind is replaced in place (load update); otherwise an existing id is an error.
     */
    public CibObject define(CibObject given, SourceLocation at, boolean replace) {
        CibObject object = resolveReferences(given);
        List<CibObject> objects = new ArrayList<>(cib.objects());
        int existing = indexOf(objects, object.id());
        if (object instanceof PropertySet ps && existing >= 0 && objects.get(existing) instanceof PropertySet old
                && old.type() == ps.type()) {
            PropertySet merged = merge(old, ps);
            objects.set(existing, merged);
            cib = cib.withObjects(objects);
            return merged;
        }
        if (existing >= 0) {
            CibObject old = objects.get(existing);
            if (!replace || old.type() != object.type()) {
                throw new CrmException(at, "id " + object.id() + " is already in use by " + describe(old));
            }
            objects.set(existing, object);
        } else {
            objects.add(object);
        }
        cib = cib.withObjects(nestChildren(objects, object));
        return object;
    }

    /**
     * Keeps the list in XML document order: a container's children (and theirs) follow it directly,
     * as they are nested inside its element.
     */
    private static List<CibObject> nestChildren(List<CibObject> objects, CibObject container) {
        List<String> children = childIds(container);
        if (children.isEmpty()) {
            return objects;
        }
        List<CibObject> moved = new ArrayList<>();
        for (String child : children) {
            int i = indexOf(objects, child);
            if (i >= 0 && objects.get(i).type().isResource()) {
                CibObject c = objects.remove(i);
                moved.add(c);
                List<String> grandChildren = childIds(c);
                for (String g : grandChildren) {
                    int j = indexOf(objects, g);
                    if (j >= 0 && objects.get(j).type().isResource()) {
                        moved.add(objects.remove(j));
                    }
                }
            }
        }
        int at = indexOf(objects, container.id());
        objects.addAll(at + 1, moved);
        return objects;
    }

    /** The ids of a group's members, a clone's child or a bundle's primitive. */
    public static List<String> childIds(CibObject o) {
        if (o instanceof Group g) {
            return g.members();
        } else if (o instanceof Clone c) {
            return List.of(c.child());
        } else if (o instanceof crmj.cib.model.Bundle b) {
            return b.child().map(List::of).orElse(List.of());
        }
        return List.of();
    }

    /**
     * crmsh's resolve_idref: an {@code $id-ref} naming an object (not a set) refers to that object's
     * first element of the same kind ({@code operations $id-ref=d1} means d1's operations).
     */
    private CibObject resolveReferences(CibObject o) {
        if (!(o instanceof Primitive p)) {
            return o;
        }
        List<Part> parts = new ArrayList<>();
        boolean changedAny = false;
        for (Part part : p.parts()) {
            Part resolved = part;
            if (part instanceof Operations ops && ops.idRef().isPresent()) {
                Optional<String> target = firstPart(ops.idRef().get(), Operations.class, null)
                        .flatMap(x -> ((Operations) x).id());
                if (target.isPresent()) {
                    resolved = new Operations(ops.id(), target, ops.ops());
                }
            } else if (part instanceof AttributeSet set && set.idRef().isPresent()) {
                Optional<String> target = firstPart(set.idRef().get(), AttributeSet.class, set.kind())
                        .flatMap(x -> ((AttributeSet) x).id());
                if (target.isPresent()) {
                    resolved = new AttributeSet(set.kind(), set.id(), target, set.score(), set.rules(), set.nvpairs());
                }
            }
            changedAny |= resolved != part;
            parts.add(resolved);
        }
        return changedAny ? new Primitive(p.id(), p.template(), p.agent(), p.templateRef(), p.description(), parts,
                p.comments()) : p;
    }

    private Optional<Part> firstPart(String objectId, Class<? extends Part> kind, crmj.cib.model.SetKind setKind) {
        int i = indexOf(cib.objects(), objectId);
        if (i < 0 || !(cib.objects().get(i) instanceof Primitive target)) {
            return Optional.empty();
        }
        for (Part part : target.parts()) {
            if (kind.isInstance(part) && (setKind == null || ((AttributeSet) part).kind() == setKind)) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }

    private PropertySet merge(PropertySet old, PropertySet update) {
        List<Nvpair> pairs = new ArrayList<>(old.set().nvpairs());
        for (Nvpair nv : update.set().nvpairs()) {
            int at = -1;
            for (int i = 0; i < pairs.size(); i++) {
                if (pairs.get(i).name().equals(nv.name())) {
                    at = i;
                    break;
                }
            }
            if (at >= 0) {
                Nvpair prev = pairs.get(at);
                nv.id().ifPresent(ids::release);
                pairs.set(at, new Nvpair(prev.id(), prev.name(), nv.value(), nv.idRef()));
            } else {
                pairs.add(nv);
            }
        }
        List<crmj.cib.model.Rule> rules = new ArrayList<>(old.set().rules());
        rules.addAll(update.set().rules());
        AttributeSet set = new AttributeSet(old.set().kind(), old.set().id(), old.set().idRef(), old.set().score(),
                rules, pairs);
        List<String> comments = new ArrayList<>(old.comments());
        comments.addAll(update.comments());
        return new PropertySet(old.type(), set, comments);
    }

    /** {@code monitor RSC[:ROLE] INTERVAL[:TIMEOUT]}: adds a monitor op to a primitive. */
    public void monitor(Statement.Monitor m) {
        List<CibObject> objects = new ArrayList<>(cib.objects());
        int at = indexOf(objects, m.resource());
        if (at < 0 || !(objects.get(at) instanceof Primitive p)) {
            throw new CrmException(m.location(), "monitor: " + m.resource() + " is not a primitive");
        }
        for (Op op : p.ops()) {
            if (op.name().equals("monitor") && op.attribute("interval").equals(Optional.of(m.interval()))) {
                throw new CrmException(m.location(), m.resource() + " already has a monitor op with interval "
                        + m.interval());
            }
        }
        List<Attr> attrs = new ArrayList<>();
        attrs.add(new Attr("name", "monitor"));
        m.role().ifPresent(r -> attrs.add(new Attr("role", r)));
        attrs.add(new Attr("interval", m.interval()));
        m.timeout().ifPresent(t -> attrs.add(new Attr("timeout", t)));
        Op op = new Op(ids.forOp(p.id(), "monitor", Optional.of(m.interval())), attrs, List.of());
        List<Part> parts = new ArrayList<>(p.parts());
        int opsAt = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof Operations) {
                opsAt = i;
            }
        }
        if (opsAt >= 0) {
            Operations ops = (Operations) parts.get(opsAt);
            List<Op> list = new ArrayList<>(ops.ops());
            list.add(op);
            parts.set(opsAt, new Operations(ops.id(), ops.idRef(), list));
        } else {
            parts.add(new Operations(Optional.empty(), Optional.empty(), List.of(op)));
        }
        objects.set(at, new Primitive(p.id(), p.template(), p.agent(), p.templateRef(), p.description(), parts,
                p.comments()));
        cib = cib.withObjects(objects);
    }

    /** Deletes objects by id; refuses to delete a resource still in a group or clone. */
    public void delete(List<String> idList, SourceLocation at) {
        List<CibObject> objects = new ArrayList<>(cib.objects());
        for (String id : idList) {
            int i = indexOf(objects, id);
            if (i < 0) {
                throw new CrmException(at, "object " + id + " does not exist");
            }
            CibObject o = objects.remove(i);
            CibIds.of(o).forEach(ids::release);
        }
        cib = cib.withObjects(objects);
    }

    /** The index of the object with this id, or -1. */
    static int indexOf(List<CibObject> objects, String id) {
        for (int i = 0; i < objects.size(); i++) {
            if (objects.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** "primitive p1", "group g", ... */
    public static String describe(CibObject o) {
        if (o instanceof XmlObject x) {
            return "xml object " + x.id();
        }
        return o.type().keyword() + " " + o.id();
    }

    /** The group or clone that contains a resource, if any. */
    public static Optional<CibObject> parentOf(Cib cib, String id) {
        for (CibObject o : cib.objects()) {
            if (o instanceof Group g && g.members().contains(id)) {
                return Optional.of(g);
            }
            if (o instanceof Clone c && c.child().equals(id)) {
                return Optional.of(c);
            }
            if (o instanceof crmj.cib.model.Bundle b && b.child().equals(Optional.of(id))) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /** True for object kinds that are resources. */
    public static boolean isResource(CibObject o) {
        return o.type().isResource() && o.type() != ObjectType.RSC_TEMPLATE;
    }
}

package crmj.cib.text;

import crmj.cib.CrmException;
import crmj.cib.SourceLocation;
import crmj.cib.model.Attr;
import crmj.cib.model.AttributeSet;
import crmj.cib.model.Cib;
import crmj.cib.model.CibObject;
import crmj.cib.model.Clone;
import crmj.cib.model.Group;
import crmj.cib.model.NodeDef;
import crmj.cib.model.Nvpair;
import crmj.cib.model.ObjectType;
import crmj.cib.model.Op;
import crmj.cib.model.Operations;
import crmj.cib.model.Part;
import crmj.cib.model.Primitive;
import crmj.cib.model.PropertySet;
import crmj.cib.model.XmlObject;

import crmj.cib.xml.CibSections;

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

    private java.util.function.Consumer<String> info = m -> { };
    /**
     * While {@link #load} defines many objects: the objects being built (the CIB is made from them
     * once, at the end), a superset of their ids, and whether any of them is a constraint. Defining
     * thousands of objects otherwise copied and searched the whole list for each one.
     */
    private List<CibObject> batch;
    private java.util.Set<String> batchIds;
    private boolean batchHasConstraint;

    /** Where crmsh's INFO lines about cascading changes go ("hanging location:l1 deleted"). */
    public void onInfo(java.util.function.Consumer<String> sink) {
        this.info = sink;
    }

    public ConfigEditor(Cib cib, AgentResolver agents) {
        this.cib = cib;
        this.ids = new IdRegistry(CibIds.of(cib));
        this.builder = new CibBuilder(ids, agents, this::nodeNames);
    }

    /** The current objects: those of a load in progress, else the CIB's. */
    private List<CibObject> objects() {
        return batch != null ? batch : cib.objects();
    }

    private List<String> nodeNames() {
        List<String> names = new ArrayList<>();
        for (CibObject o : objects()) {
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
        if (newCib.objects() == cib.objects()) {
            // the same objects (a commit only changed the epoch): releasing their ids and reserving
            // them again leaves the registry with them all reserved, as this does in one walk
            cib = newCib;
            ids.reserveLater(() -> CibIds.of(newCib));
            return;
        }
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
        List<CibObject> objects = batch != null ? batch : new ArrayList<>(cib.objects());
        int existing = batch != null && !batchIds.contains(object.id()) ? -1 : indexOfSameNamespace(objects, object);
        if (object instanceof PropertySet ps && existing >= 0 && objects.get(existing) instanceof PropertySet old
                && old.type() == ps.type()) {
            PropertySet merged = merge(old, ps);
            objects.set(existing, merged);
            if (batch == null) {
                cib = cib.withObjects(objects);
            }
            return merged;
        }
        if (object instanceof NodeDef nd && !replace && existing < 0 && batch == null) {
            existing = indexOfNode(objects, nd.uname());
        }
        if (object instanceof NodeDef nd && !replace && existing >= 0 && objects.get(existing) instanceof NodeDef old) {
            // crmsh makes an exception for nodes: defining an existing node merges its attribute sets
            NodeDef merged = mergeNode(old, nd);
            objects.set(existing, merged);
            if (batch == null) {
                cib = cib.withObjects(objects);
            }
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
            // (without constraints there is nothing to redirect)
            if (Cascades.isContainer(object) && (batch == null || batchHasConstraint)) {
                new Cascades(objects, info).redirectToContainer(object);
            }
        }
        List<CibObject> nested = nestChildren(objects, object);
        if (batch == null) {
            cib = cib.withObjects(nested);
        } else {
            batchIds.add(object.id());
            batchHasConstraint |= ConstraintRefs.isConstraint(object);
        }
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
        // the container was just appended or replaced in place: look for it (itself, not a node of the
        // same name) from the end, where a load puts it, so that a large load stays linear
        int at = objects.size() - 1;
        while (at >= 0 && objects.get(at) != container) {
            at--;
        }
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
        if (o instanceof crmj.cib.model.Location l && l.rules().stream().anyMatch(r -> r.idRef().isPresent())) {
            List<crmj.cib.model.Rule> rules = new ArrayList<>();
            for (crmj.cib.model.Rule r : l.rules()) {
                rules.add(r.idRef().map(ref -> new crmj.cib.model.Rule(r.id(), Optional.of(firstRuleOf(ref)),
                        r.role(), r.score(), r.scoreAttribute(), r.booleanOp(), r.expressions())).orElse(r));
            }
            return new crmj.cib.model.Location(l.id(), l.attributes(), l.sets(), rules, l.comments());
        }
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

    /** An object id given as a rule reference means that object's first rule. */
    private String firstRuleOf(String ref) {
        int i = indexOf(objects(), ref);
        if (i >= 0 && objects().get(i) instanceof crmj.cib.model.Location l && !l.rules().isEmpty()) {
            return l.rules().get(0).id().orElse(ref);
        }
        return ref;
    }

    private Optional<Part> firstPart(String objectId, Class<? extends Part> kind, crmj.cib.model.SetKind setKind) {
        int i = indexOf(objects(), objectId);
        if (i < 0 || !(objects().get(i) instanceof Primitive target)) {
            return Optional.empty();
        }
        for (Part part : target.parts()) {
            if (kind.isInstance(part) && (setKind == null || ((AttributeSet) part).kind() == setKind)) {
                return Optional.of(part);
            }
        }
        return Optional.empty();
    }

    /**
     * An existing node updated as crmsh's merge_nodes does: each attribute set of the update is merged,
     * nvpair by name, into the node's first set of the same kind, or added; the node's name, type and
     * description stay as they were.
     */
    private static NodeDef mergeNode(NodeDef old, NodeDef update) {
        List<Part> parts = new ArrayList<>(old.parts());
        for (Part p : update.parts()) {
            if (!(p instanceof AttributeSet add)) {
                continue;
            }
            int at = -1;
            for (int i = 0; i < parts.size() && at < 0; i++) {
                if (parts.get(i) instanceof AttributeSet s && s.kind() == add.kind()) {
                    at = i;
                }
            }
            if (at < 0) {
                parts.add(add);
                continue;
            }
            AttributeSet into = (AttributeSet) parts.get(at);
            List<Nvpair> pairs = new ArrayList<>(into.nvpairs());
            for (Nvpair nv : add.nvpairs()) {
                int same = -1;
                for (int i = 0; i < pairs.size() && same < 0; i++) {
                    if (pairs.get(i).name().equals(nv.name())) {
                        same = i;
                    }
                }
                if (same >= 0) {
                    Nvpair prev = pairs.get(same);
                    pairs.set(same, new Nvpair(prev.id(), prev.name(), nv.value(), nv.idRef()));
                } else {
                    pairs.add(nv);
                }
            }
            parts.set(at, new AttributeSet(into.kind(), into.id(), into.idRef(), into.score(), into.rules(), pairs));
        }
        return new NodeDef(old.id(), old.uname(), old.nodeType(), old.description(), parts, old.comments());
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
        List<CibObject> objects = batch != null ? batch : new ArrayList<>(cib.objects());
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
        if (batch == null) {
            cib = cib.withObjects(objects);
        }
    }

    /**
     * Deletes objects by id as crmsh does: primitives made from a deleted template go too, a container
     * left empty goes, constraints and tags are cleaned up (see {@link Cascades}). A missing id is an error.
     */
    public void delete(List<String> idList, SourceLocation at) {
        List<CibObject> objects = new ArrayList<>(cib.objects());
        List<CibObject> victims = new ArrayList<>();
        for (String id : idList) {
            int i = indexOf(objects, id);
            if (i < 0) {
                throw new CrmException(at, "object " + id + " does not exist");
            }
            CibObject o = objects.get(i);
            if (o instanceof Primitive p && p.template()) {
                for (CibObject user : objects) {
                    if (Cascades.usesTemplate(user, id) && !victims.contains(user) && !idList.contains(user.id())) {
                        info.accept("hanging " + Cascades.describe(user) + " deleted");
                        victims.add(user);
                    }
                }
            }
            victims.add(o);
        }
        Cascades cascades = new Cascades(objects, info);
        for (CibObject o : victims) {
            if (indexOf(objects, o.id()) >= 0) {
                cascades.delete(objects.get(indexOf(objects, o.id())));
            }
        }
        setObjects(objects);
    }

    /**
     * Runs an editing command of the configure level (delete, rename, modgroup, set, erase); false when
     * the command is not one of them.
     */
    public boolean edit(Statement.Command c) {
        List<String> args = c.arguments();
        switch (c.name().toLowerCase(java.util.Locale.ROOT)) {
            case "delete", "rm" -> {
                if (args.isEmpty()) {
                    throw new CrmException(c.location(), "delete: expected one or more ids");
                }
                delete(args, c.location());
            }
            case "rename" -> {
                if (args.size() != 2) {
                    throw new CrmException(c.location(), "rename: expected OLD_ID NEW_ID");
                }
                rename(args.get(0), args.get(1), c.location());
            }
            case "modgroup" -> modgroup(args, c.location());
            case "set" -> set(args, c.location());
            case "erase" -> erase(args, c.location());
            default -> {
                return false;
            }
        }
        return true;
    }

    /** {@code erase}: everything but the nodes; {@code erase nodes}: the nodes (crmsh keeps resources). */
    public void erase(List<String> args, SourceLocation at) {
        boolean nodes;
        if (args.isEmpty()) {
            nodes = false;
        } else if (args.equals(List.of("nodes"))) {
            nodes = true;
        } else {
            throw new CrmException(at, "erase: expected nothing or 'nodes', found '" + String.join(" ", args) + "'");
        }
        List<CibObject> keep = new ArrayList<>();
        for (CibObject o : cib.objects()) {
            if ((o.type() == ObjectType.NODE) != nodes) {
                keep.add(o);
            }
        }
        setObjects(keep);
    }

    /**
     * {@code load update} / {@code load replace} of crm text: every object in it is defined, replacing an
     * object with the same id. The ids of replaced objects are freed first, so generated inner ids come
     * out as they were (crmsh harvests them from the old object).
     */
    public void load(String source, String text, boolean update) {
        if (!update) {
            setObjects(List.of());
        }
        List<ParsedLine> lines = CrmTextParser.parse(source, text);
        Timing.mark("load: lex + parse");
        freeIdsOfRedefined(lines, text);
        batch = new ArrayList<>(cib.objects());
        batchIds = new java.util.HashSet<>();
        for (CibObject o : batch) {
            batchIds.add(o.id());
            batchHasConstraint |= ConstraintRefs.isConstraint(o);
        }
        try {
            for (ParsedLine line : lines) {
                Optional<Statement> st = builder.build(line, text);
                if (st.isEmpty()) {
                    continue;
                }
                if (st.get() instanceof Statement.Define d) {
                    define(d.object(), d.location(), true);
                } else if (st.get() instanceof Statement.Monitor m) {
                    monitor(m);
                } else {
                    throw new CrmException(line.location(), "expected an object definition in a loaded file");
                }
            }
        } finally {
            // what was defined before a failing line stays, as when each line made a new CIB
            List<CibObject> done = batch;
            batch = null;
            batchIds = null;
            batchHasConstraint = false;
            cib = cib.withObjects(done);
            Timing.mark("load: build + define");
        }
    }

    /** Object keywords, for suggestions when a replacing text has something else. */
    private static final List<String> OBJECT_KEYWORDS = List.of("node", "primitive", "group", "clone", "ms",
            "master", "rsc_template", "bundle", "location", "colocation", "order", "rsc_ticket", "property",
            "rsc_defaults", "op_defaults", "fencing_topology", "tag", "alert", "role", "acl_target", "xml");

    /**
     * {@code filter} and {@code edit}: the objects are replaced by those of the text (objects it drops are
     * deleted); SOURCE names the text in messages.
     */
    public void replaceObjects(List<CibObject> old, String source, String text) {
        List<CibObject> objects = new ArrayList<>(cib.objects());
        for (CibObject o : old) {
            CibIds.of(o).forEach(ids::release);
        }
        List<ParsedLine> lines = CrmTextParser.parse(source, text);
        List<String> kept = new ArrayList<>();
        List<CibObject> built = new ArrayList<>();
        for (ParsedLine line : lines) {
            Optional<Statement> st = builder.build(line, text);
            if (st.isPresent() && st.get() instanceof Statement.Define d) {
                built.add(d.object());
                kept.add(d.object().id());
            } else if (st.isPresent()) {
                // the source names the command that produced the text (filter, edit)
                String found = st.get() instanceof Statement.Command c ? ", found '" + c.name() + "'"
                        + Suggest.nearest(c.name(), OBJECT_KEYWORDS).map(k -> " (did you mean " + k + "?)").orElse("")
                        : "";
                throw new CrmException(line.location(), "expected an object definition from " + source + found);
            }
        }
        for (CibObject o : old) {
            if (!kept.contains(o.id())) {
                objects.remove(o);
            }
        }
        cib = cib.withObjects(objects);
        for (CibObject o : built) {
            define(o, SourceLocation.of(source), true);
        }
    }

    private void freeIdsOfRedefined(List<ParsedLine> lines, String text) {
        if (cib.objects().isEmpty()) {
            return; // nothing can be redefined
        }
        CibBuilder probe = new CibBuilder(new IdRegistry(java.util.Set.of()), spec -> Optional.of(
                new crmj.cib.model.AgentRef("ocf", Optional.of("heartbeat"), "probe")), this::nodeNames);
        for (ParsedLine line : lines) {
            try {
                Optional<Statement> st = probe.build(line, text);
                if (st.isPresent() && st.get() instanceof Statement.Define d) {
                    int i = indexOfSameNamespace(cib.objects(), d.object());
                    if (i >= 0) {
                        CibIds.of(cib.objects().get(i)).forEach(ids::release);
                    }
                }
            } catch (CrmException e) {
                // the real build reports it
            }
        }
    }

    /** {@code rename OLD NEW}: the object and the constraints naming it (not tags, as in crmsh 4.4.1). */
    public void rename(String from, String to, SourceLocation at) {
        if (!Words.validId(to)) {
            throw new CrmException(at, "invalid id '" + to + "'");
        }
        if (ids.isUsed(to)) {
            throw new CrmException(at, to + ": id is already in use");
        }
        List<CibObject> objects = new ArrayList<>(cib.objects());
        int i = indexOf(objects, from);
        if (i < 0) {
            throw new CrmException(at, "object " + from + " does not exist");
        }
        CibObject renamed = Renames.withId(objects.get(i), to)
                .orElseThrow(() -> new CrmException(at, from + ": objects of this kind cannot be renamed"));
        objects.set(i, renamed);
        for (int j = 0; j < objects.size(); j++) {
            objects.set(j, Renames.withChildRenamed(objects.get(j), from, to));
        }
        new Cascades(objects, info).renameReferences(from, to);
        ids.release(from);
        ids.reserve(to);
        setObjects(objects);
    }

    /** {@code modgroup GROUP add|remove ID [after|before REF]}. */
    public void modgroup(List<String> args, SourceLocation at) {
        if (args.size() < 3 || !List.of("add", "remove").contains(args.get(1))) {
            throw new CrmException(at, "modgroup: expected GROUP add|remove ID [after|before ID]");
        }
        String groupId = args.get(0);
        String member = args.get(2);
        int gi = indexOf(cib.objects(), groupId);
        if (gi < 0) {
            throw new CrmException(at, "group " + groupId + " does not exist");
        }
        if (!(cib.objects().get(gi) instanceof Group g)) {
            throw new CrmException(at, "element " + groupId + " is not a group");
        }
        List<String> members = new ArrayList<>(g.members());
        if (args.get(1).equals("remove")) {
            if (args.size() != 3) {
                throw new CrmException(at, "modgroup: expected add (found remove)");
            }
            if (!members.remove(member)) {
                throw new CrmException(at, member + " is not member of " + groupId);
            }
            if (members.isEmpty()) {
                throw new CrmException(at, "modgroup: cannot remove the last member of " + groupId
                        + " (delete the group instead)");
            }
        } else {
            int pos = members.size();
            if (args.size() > 3) {
                if (args.size() != 5 || !List.of("after", "before").contains(args.get(3))) {
                    throw new CrmException(at, "modgroup: expected 'after|before ID'");
                }
                int ref = members.indexOf(args.get(4));
                if (ref < 0) {
                    throw new CrmException(at, args.get(4) + " is not member of " + groupId);
                }
                pos = args.get(3).equals("after") ? ref + 1 : ref;
            }
            if (indexOf(cib.objects(), member) < 0) {
                throw new CrmException(at, "object " + member + " does not exist");
            }
            members.add(pos, member);
        }
        Group updated = new Group(g.id(), members, g.description(), g.parts(), g.comments());
        List<CibObject> objects = new ArrayList<>(cib.objects());
        objects.set(gi, updated);
        if (args.get(1).equals("remove")) {
            // a member taken out of its group becomes a top-level resource at the end, as in crmsh
            objects.add(objects.remove(indexOf(objects, member)));
        }
        setObjects(nestChildren(objects, updated));
    }

    /** {@code set ID.NAME VALUE}, {@code set ID.OP.NAME VALUE}, {@code set ID.OP.INTERVAL.NAME VALUE}. */
    public void set(List<String> args, SourceLocation at) {
        if (args.size() != 2) {
            throw new CrmException(at, "set: expected PATH VALUE");
        }
        List<CibObject> objects = new ArrayList<>(cib.objects());
        AttributePaths.set(objects, args.get(0), args.get(1), at);
        setObjects(objects);
    }

    private void setObjects(List<CibObject> given) {
        List<CibObject> objects = keepEmptySections(cib.objects(), given);
        java.util.Set<String> before = CibIds.of(cib);
        cib = cib.withObjects(objects);
        java.util.Set<String> after = CibIds.of(cib);
        before.stream().filter(id -> !after.contains(id)).forEach(ids::release);
    }

    /**
     * crmsh keeps an optional section (tags, alerts, ...) whose last object was removed, as an empty
     * element: the model marks it with a placeholder.
     */
    private static List<CibObject> keepEmptySections(List<CibObject> before, List<CibObject> after) {
        java.util.Set<String> sectionsAfter = new java.util.HashSet<>();
        for (CibObject o : after) {
            sectionsAfter.add(placeholderSection(o));
        }
        List<CibObject> out = new ArrayList<>(after);
        java.util.Set<String> added = new java.util.HashSet<>();
        for (CibObject o : before) {
            String section = placeholderSection(o);
            if (!CibSections.REQUIRED.contains(section) && !section.equals(CibSections.CONFIGURATION)
                    && !section.equals(CibSections.CIB) && !sectionsAfter.contains(section) && added.add(section)) {
                out.add(CibSections.placeholder(section));
            }
        }
        return out;
    }

    private static String placeholderSection(CibObject o) {
        return CibSections.isPlaceholder(o) ? o.id() : CibSections.sectionOf(o);
    }

    /** The group, clone or bundle that holds a resource, if any. */
    static Optional<CibObject> parentOf(List<CibObject> objects, String id) {
        for (CibObject o : objects) {
            if (childIds(o).contains(id)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    /** The index of the node with this name, or -1. */
    private static int indexOfNode(List<CibObject> objects, String uname) {
        for (int i = 0; i < objects.size(); i++) {
            if (objects.get(i) instanceof NodeDef n && n.uname().equals(uname)) {
                return i;
            }
        }
        return -1;
    }

    /** Node ids live apart from the ids of other objects (a remote node and its resource share a name). */
    private static int indexOfSameNamespace(List<CibObject> objects, CibObject o) {
        boolean node = o.type() == ObjectType.NODE;
        for (int i = 0; i < objects.size(); i++) {
            CibObject x = objects.get(i);
            if (x.id().equals(o.id()) && (x.type() == ObjectType.NODE) == node) {
                return i;
            }
        }
        return -1;
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

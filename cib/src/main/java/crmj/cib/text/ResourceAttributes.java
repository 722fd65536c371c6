package crmj.cib.text;

import crmj.cib.CrmException;
import crmj.cib.SourceLocation;
import crmj.cib.model.Attr;
import crmj.cib.model.AttributeSet;
import crmj.cib.model.Bundle;
import crmj.cib.model.Cib;
import crmj.cib.model.CibObject;
import crmj.cib.model.Clone;
import crmj.cib.model.Group;
import crmj.cib.model.Location;
import crmj.cib.model.Nvpair;
import crmj.cib.model.Part;
import crmj.cib.model.Primitive;
import crmj.cib.model.SetKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resource attributes and move constraints, written as {@code crm_resource} writes them: parameters,
 * meta attributes and utilization in the resource's first set of the kind ({@code RSC-meta_attributes},
 * nvpair {@code SETID-NAME}); meta attributes of a clone's child go to the clone;
 * {@code cli-prefer-RSC} and {@code cli-ban-RSC-on-NODE} locations for move and ban.
 */
public final class ResourceAttributes {
    private ResourceAttributes() {
    }

    /** The resource with this id, or an error naming it. */
    public static CibObject resource(Cib cib, String id, SourceLocation at) {
        for (CibObject o : cib.objects()) {
            if (o.id().equals(id) && ConfigEditor.isResource(o)) {
                return o;
            }
        }
        throw new CrmException(at, "resource " + id + " does not exist");
    }

    /**
     * Where crm_resource puts a meta attribute of this resource: a clone's child's go to the clone.
     * (crm_resource also moves utilization to the clone, which schema pacemaker-3.9 then rejects;
     * crmj keeps utilization on the primitive.)
     */
    public static CibObject target(Cib cib, CibObject rsc, SetKind kind) {
        if (kind != SetKind.META_ATTRIBUTES) {
            return rsc;
        }
        Optional<CibObject> parent = ConfigEditor.parentOf(cib, rsc.id());
        return parent.isPresent() && parent.get() instanceof Clone ? parent.get() : rsc;
    }

    /** The value of an attribute, if set. */
    public static Optional<String> get(Cib cib, String id, SetKind kind, String name, SourceLocation at) {
        CibObject o = target(cib, resource(cib, id, at), kind);
        for (Part p : ObjectParts.of(o)) {
            if (p instanceof AttributeSet s && s.kind() == kind) {
                for (Nvpair nv : s.nvpairs()) {
                    if (nv.name().equals(Optional.of(name))) {
                        return nv.value();
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Sets an attribute, creating the set when the resource has none of the kind. */
    public static Cib set(Cib cib, String id, SetKind kind, String name, String value, SourceLocation at) {
        CibObject o = target(cib, resource(cib, id, at), kind);
        List<Part> parts = new ArrayList<>(ObjectParts.of(o));
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i) instanceof AttributeSet s && s.kind() == kind && s.rules().isEmpty()) {
                List<Nvpair> pairs = new ArrayList<>();
                boolean found = false;
                for (Nvpair nv : s.nvpairs()) {
                    boolean hit = nv.name().equals(Optional.of(name));
                    found |= hit;
                    pairs.add(hit ? new Nvpair(nv.id(), nv.name(), Optional.of(value), nv.idRef()) : nv);
                }
                if (!found) {
                    pairs.add(Nvpair.of(s.id().orElse(o.id()) + "-" + name, name, value));
                }
                parts.set(i, new AttributeSet(kind, s.id(), s.idRef(), s.score(), s.rules(), pairs));
                return replace(cib, o, parts);
            }
        }
        String setId = o.id() + "-" + kind.tag();
        parts.add(new AttributeSet(kind, Optional.of(setId), Optional.empty(), Optional.empty(), List.of(),
                List.of(Nvpair.of(setId + "-" + name, name, value))));
        return replace(cib, o, parts);
    }

    /** Deletes an attribute (its set stays). */
    public static Cib delete(Cib cib, String id, SetKind kind, String name, SourceLocation at) {
        CibObject o = target(cib, resource(cib, id, at), kind);
        if (get(cib, id, kind, name, at).isEmpty()) {
            throw new CrmException(at, "resource " + o.id() + " has no attribute " + name);
        }
        List<Part> parts = new ArrayList<>();
        for (Part p : ObjectParts.of(o)) {
            if (p instanceof AttributeSet s && s.kind() == kind) {
                List<Nvpair> pairs = new ArrayList<>(s.nvpairs());
                pairs.removeIf(nv -> nv.name().equals(Optional.of(name)));
                parts.add(new AttributeSet(kind, s.id(), s.idRef(), s.score(), s.rules(), pairs));
            } else {
                parts.add(p);
            }
        }
        return replace(cib, o, parts);
    }

    /** {@code crm_resource --move}: a cli-prefer-RSC location (replacing an earlier one). */
    public static Cib prefer(Cib cib, String id, String node, SourceLocation at) {
        resource(cib, id, at);
        return withLocation(cib, "cli-prefer-" + id, id, node, "INFINITY");
    }

    /** {@code crm_resource --ban}: a cli-ban-RSC-on-NODE location. */
    public static Cib ban(Cib cib, String id, String node, SourceLocation at) {
        resource(cib, id, at);
        return withLocation(cib, "cli-ban-" + id + "-on-" + node, id, node, "-INFINITY");
    }

    /** {@code crm_resource --clear}: removes the resource's cli-prefer and cli-ban locations. */
    public static Cib clear(Cib cib, String id, SourceLocation at) {
        resource(cib, id, at);
        List<CibObject> objects = new ArrayList<>();
        for (CibObject o : cib.objects()) {
            boolean cli = o instanceof Location && (o.id().equals("cli-prefer-" + id)
                    || o.id().startsWith("cli-ban-" + id + "-on-"));
            if (!cli) {
                objects.add(o);
            }
        }
        return cib.withObjects(objects);
    }

    private static Cib withLocation(Cib cib, String cid, String rsc, String node, String score) {
        Location l = new Location(cid, List.of(new Attr("rsc", rsc), new Attr("role", "Started"),
                new Attr("node", node), new Attr("score", score)), List.of(), List.of(), List.of());
        List<CibObject> objects = new ArrayList<>(cib.objects());
        int at = ConfigEditor.indexOf(objects, cid);
        if (at >= 0) {
            objects.set(at, l);
        } else {
            objects.add(l);
        }
        return cib.withObjects(objects);
    }

    private static Cib replace(Cib cib, CibObject o, List<Part> parts) {
        List<CibObject> objects = new ArrayList<>(cib.objects());
        objects.set(objects.indexOf(o), ObjectParts.with(o, parts));
        return cib.withObjects(objects);
    }
}

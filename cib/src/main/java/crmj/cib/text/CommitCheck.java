package crmj.cib.text;

import crmj.cib.model.Bundle;
import crmj.cib.model.Cib;
import crmj.cib.model.CibObject;
import crmj.cib.model.Clone;
import crmj.cib.model.Colocation;
import crmj.cib.model.Group;
import crmj.cib.model.Location;
import crmj.cib.model.NodeDef;
import crmj.cib.model.Order;
import crmj.cib.model.Primitive;
import crmj.cib.model.ResourceSet;
import crmj.cib.model.RscTicket;
import crmj.cib.model.Tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * crmsh's semantic checks at commit that need only the model: references, containment, duplicate
 * ids. Problems name the object id. Agent checks and crm_verify run elsewhere.
 */
public final class CommitCheck {
    /** A problem found in an object; errors refuse the commit, warnings do not. */
    public record Finding(boolean error, String objectId, String message) {
        @Override
        public String toString() {
            return objectId + ": " + message;
        }
    }

    private CommitCheck() {
    }

    /** All findings, in object order. */
    public static List<Finding> check(Cib cib) {
        List<Finding> out = new ArrayList<>();
        Map<String, CibObject> byId = new HashMap<>();
        Set<String> nodes = new HashSet<>();
        Set<String> nodeIds = new HashSet<>();
        for (CibObject o : cib.objects()) {
            if (o instanceof NodeDef n) {
                // node ids are not XML ids: a node and a resource may share a name
                if (!nodeIds.add(n.id())) {
                    out.add(new Finding(true, o.id(), "node id is used by more than one node"));
                }
                nodes.add(n.uname());
            } else if (byId.putIfAbsent(o.id(), o) != null) {
                out.add(new Finding(true, o.id(), "id is used by more than one object"));
            }
        }
        Map<String, String> parent = new HashMap<>();
        for (CibObject o : cib.objects()) {
            for (String child : ConfigEditor.childIds(o)) {
                String previous = parent.putIfAbsent(child, o.id());
                if (previous != null) {
                    out.add(new Finding(true, o.id(), "resource " + child + " is already in " + previous));
                }
                CibObject c = byId.get(child);
                if (c == null) {
                    out.add(new Finding(true, o.id(), "resource " + child + " does not exist"));
                } else if (o instanceof Group && !(c instanceof Primitive p && !p.template())) {
                    out.add(new Finding(true, o.id(), "group can contain only primitives, and "
                            + child + " is a " + c.type().keyword()));
                } else if (o instanceof Clone && !(c instanceof Primitive || c instanceof Group)) {
                    out.add(new Finding(true, o.id(), "a clone or ms can contain only a primitive or a group, and "
                            + child + " is a " + c.type().keyword()));
                } else if (o instanceof Bundle && !(c instanceof Primitive)) {
                    out.add(new Finding(true, o.id(), "a bundle can contain only a primitive"));
                }
            }
            if (o instanceof Primitive p && p.templateRef().isPresent()) {
                CibObject t = byId.get(p.templateRef().get());
                if (!(t instanceof Primitive tp && tp.template())) {
                    out.add(new Finding(true, o.id(), "template " + p.templateRef().get() + " does not exist"));
                }
            }
            if (o instanceof Primitive p) {
                duplicateOps(p, out);
            }
            references(o, byId, out);
            if (o instanceof Location l) {
                l.attribute("node").filter(n -> !nodes.isEmpty() && !nodes.contains(n)).ifPresent(n ->
                        out.add(new Finding(false, l.id(), "referenced node " + n + " does not exist")));
            }
        }
        return out;
    }

    /** Pacemaker refuses two ops with the same name and interval in one resource, whatever their roles. */
    private static void duplicateOps(Primitive p, List<Finding> out) {
        Map<String, String> seen = new HashMap<>();
        for (crmj.cib.model.Op op : p.ops()) {
            String key = op.name() + "/" + Intervals.millis(op.attribute("interval").orElse("0"));
            String previous = seen.putIfAbsent(key, op.id());
            if (previous != null) {
                out.add(new Finding(true, p.id(), "operation " + op.id() + " is a duplicate of " + previous
                        + " (the same name and interval more than once)"));
            }
        }
    }

    private static void references(CibObject o, Map<String, CibObject> byId, List<Finding> out) {
        List<String> refs = new ArrayList<>();
        List<ResourceSet> sets = List.of();
        if (o instanceof Location l) {
            sets = l.sets();
            l.attribute("rsc").ifPresent(refs::add);
        } else if (o instanceof Colocation c) {
            sets = c.sets();
            c.attribute("rsc").ifPresent(refs::add);
            c.attribute("with-rsc").ifPresent(refs::add);
        } else if (o instanceof Order c) {
            sets = c.sets();
            c.attribute("first").ifPresent(refs::add);
            c.attribute("then").ifPresent(refs::add);
        } else if (o instanceof RscTicket c) {
            sets = c.sets();
            c.attribute("rsc").ifPresent(refs::add);
        } else if (o instanceof Tag t) {
            refs.addAll(t.refs());
        }
        for (ResourceSet s : sets) {
            refs.addAll(s.resources());
        }
        for (String r : refs) {
            CibObject target = byId.get(r);
            if (target == null) {
                out.add(new Finding(true, o.id(), "resource " + r + " does not exist"));
            } else if (!(o instanceof Tag) && !target.type().isResource() && !(target instanceof Tag)) {
                out.add(new Finding(true, o.id(), r + " is a " + target.type().keyword() + ", not a resource"));
            }
        }
    }
}

package crmj.cib.text;

import crmj.cib.model.AclRole;
import crmj.cib.model.Alert;
import crmj.cib.model.AttrExpression;
import crmj.cib.model.AttributeSet;
import crmj.cib.model.Bundle;
import crmj.cib.model.Cib;
import crmj.cib.model.CibObject;
import crmj.cib.model.Clone;
import crmj.cib.model.DateExpression;
import crmj.cib.model.Expression;
import crmj.cib.model.FencingTopology;
import crmj.cib.model.Location;
import crmj.cib.model.NodeDef;
import crmj.cib.model.Nvpair;
import crmj.cib.model.Op;
import crmj.cib.model.Operations;
import crmj.cib.model.Part;
import crmj.cib.model.Primitive;
import crmj.cib.model.Recipient;
import crmj.cib.model.ResourceSet;
import crmj.cib.model.Rule;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects every id an object or a CIB defines (not the ids it refers to). */
public final class CibIds {
    private CibIds() {
    }

    /** All ids defined in the configuration. */
    public static Set<String> of(Cib cib) {
        Set<String> ids = new LinkedHashSet<>();
        for (CibObject o : cib.objects()) {
            collect(o, ids);
        }
        return ids;
    }

    /** All ids one object defines, itself included. */
    public static Set<String> of(CibObject o) {
        Set<String> ids = new LinkedHashSet<>();
        collect(o, ids);
        return ids;
    }

    private static void collect(CibObject o, Set<String> ids) {
        if (o instanceof NodeDef n) {
            parts(n.parts(), ids);
        } else if (o instanceof Primitive p) {
            parts(p.parts(), ids);
        } else if (o instanceof crmj.cib.model.Group g) {
            parts(g.parts(), ids);
        } else if (o instanceof Clone c) {
            parts(c.parts(), ids);
        } else if (o instanceof Bundle b) {
            parts(b.parts(), ids);
        } else if (o instanceof Location l) {
            sets(l.sets(), ids);
            l.rules().forEach(r -> rule(r, ids));
        } else if (o instanceof crmj.cib.model.Colocation c) {
            sets(c.sets(), ids);
        } else if (o instanceof crmj.cib.model.Order c) {
            sets(c.sets(), ids);
        } else if (o instanceof crmj.cib.model.RscTicket c) {
            sets(c.sets(), ids);
        } else if (o instanceof crmj.cib.model.PropertySet s) {
            set(s.set(), ids);
            return;
        } else if (o instanceof FencingTopology f) {
            f.levels().forEach(l -> ids.add(l.id()));
            return;
        } else if (o instanceof Alert a) {
            parts(a.parts(), ids);
        } else if (o instanceof AclRole r) {
            r.permissions().forEach(p -> ids.add(p.id()));
        }
        ids.add(o.id());
    }

    private static void sets(List<ResourceSet> sets, Set<String> ids) {
        sets.forEach(s -> ids.add(s.id()));
    }

    private static void parts(List<Part> parts, Set<String> ids) {
        for (Part p : parts) {
            if (p instanceof AttributeSet s) {
                set(s, ids);
            } else if (p instanceof Operations ops) {
                ops.id().ifPresent(ids::add);
                for (Op op : ops.ops()) {
                    ids.add(op.id());
                    op.sets().forEach(s -> set(s, ids));
                }
            } else if (p instanceof Recipient r) {
                ids.add(r.id());
                r.sets().forEach(s -> set(s, ids));
            }
        }
    }

    private static void set(AttributeSet s, Set<String> ids) {
        s.id().ifPresent(ids::add);
        s.rules().forEach(r -> rule(r, ids));
        for (Nvpair p : s.nvpairs()) {
            p.id().ifPresent(ids::add);
        }
    }

    private static void rule(Rule r, Set<String> ids) {
        r.id().ifPresent(ids::add);
        for (Expression e : r.expressions()) {
            if (e instanceof AttrExpression a) {
                ids.add(a.id());
            } else if (e instanceof DateExpression d) {
                ids.add(d.id());
                d.detail().ifPresent(x -> ids.add(x.id()));
            }
        }
    }
}

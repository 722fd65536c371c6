package crmj.cib.text;

import crmj.cib.CrmException;
import crmj.cib.SourceLocation;
import crmj.cib.model.Cib;
import crmj.cib.model.CibObject;
import crmj.cib.model.NodeDef;
import crmj.cib.model.Tag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The object selections of {@code show}, {@code save}, {@code filter} ...: ids (node unames too),
 * {@code type:T}, {@code tag:T} (the tagged objects), {@code related:ID}, {@code changed}, joined by
 * {@code or} (the default between terms) and {@code and}, left to right as crmsh evaluates them.
 */
public final class ObjectFilter {
    private ObjectFilter() {
    }

    /** The selected objects in CIB order; all of them for no terms. */
    public static List<CibObject> select(Cib cib, List<String> terms, Set<String> changed, SourceLocation at) {
        if (terms.isEmpty()) {
            return cib.objects();
        }
        Set<CibObject> result = new LinkedHashSet<>();
        String op = "or";
        boolean first = true;
        for (String term : terms) {
            if (term.equals("and") || term.equals("or")) {
                if (first) {
                    throw new CrmException(at, "expected an object selection before '" + term + "'");
                }
                op = term;
                continue;
            }
            Set<CibObject> matched = matching(cib, term, changed, at);
            if (first || op.equals("or")) {
                result.addAll(matched);
            } else {
                result.retainAll(matched);
            }
            first = false;
            op = "or";
        }
        List<CibObject> out = new ArrayList<>();
        for (CibObject o : cib.objects()) {
            if (result.contains(o)) {
                out.add(o);
            }
        }
        return out;
    }

    private static Set<CibObject> matching(Cib cib, String term, Set<String> changed, SourceLocation at) {
        Set<CibObject> out = new LinkedHashSet<>();
        if (term.equals("changed")) {
            cib.objects().stream().filter(o -> changed.contains(o.id())).forEach(out::add);
        } else if (term.startsWith("type:")) {
            String type = term.substring(5);
            cib.objects().stream().filter(o -> o.type().keyword().equals(type)).forEach(out::add);
        } else if (term.startsWith("tag:")) {
            String tag = term.substring(4);
            CibObject t = cib.find(tag).filter(Tag.class::isInstance)
                    .orElseThrow(() -> new CrmException(at, "tag " + tag + " does not exist"));
            for (String ref : ((Tag) t).refs()) {
                cib.find(ref).ifPresent(out::add);
            }
        } else if (term.startsWith("related:")) {
            String id = term.substring(8);
            CibObject o = byId(cib, id, at);
            out.add(o);
            for (CibObject x : cib.objects()) {
                if (ConstraintRefs.isConstraint(x) && ConstraintRefs.referenced(x).contains(id)
                        || ConfigEditor.childIds(x).contains(id) || ConfigEditor.childIds(o).contains(x.id())) {
                    out.add(x);
                }
            }
        } else {
            out.add(byId(cib, term, at));
        }
        return out;
    }

    private static CibObject byId(Cib cib, String id, SourceLocation at) {
        for (CibObject o : cib.objects()) {
            if (o.id().equals(id) || o instanceof NodeDef n && n.uname().equals(id)) {
                return o;
            }
        }
        throw new CrmException(at, "object " + id + " does not exist");
    }
}

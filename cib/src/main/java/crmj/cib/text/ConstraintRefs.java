package crmj.cib.text;

import crmj.cib.model.Attr;
import crmj.cib.model.CibObject;
import crmj.cib.model.Colocation;
import crmj.cib.model.Location;
import crmj.cib.model.Order;
import crmj.cib.model.ResourceSet;
import crmj.cib.model.RscTicket;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How crmsh 4.4.1 rewrites constraints when a resource they name is renamed, deleted or put in a
 * container: references in the simple form and in resource sets, duplicate references dropped, a set
 * constraint left with two references turned back into the simple form, and "silly" constraints
 * (naming nothing, or the same resource twice) recognised for removal.
 */
final class ConstraintRefs {
    private static final Set<String> REF_ATTRIBUTES = Set.of("rsc", "with-rsc", "first", "then");

    private ConstraintRefs() {
    }

    /** True for location, colocation, order and rsc_ticket objects. */
    static boolean isConstraint(CibObject o) {
        return o instanceof Location || o instanceof Colocation || o instanceof Order || o instanceof RscTicket;
    }

    /** The resources a constraint names (simple attributes, else its sets). */
    static List<String> referenced(CibObject c) {
        List<String> out = new ArrayList<>();
        List<ResourceSet> sets = sets(c);
        if (!sets.isEmpty()) {
            sets.forEach(s -> out.addAll(s.resources()));
            return out;
        }
        for (Attr a : attributes(c)) {
            if (REF_ATTRIBUTES.contains(a.name())) {
                out.add(a.value());
            }
        }
        return out;
    }

    /** The constraint with every reference to {@code from} replaced by {@code to}; empty when unchanged. */
    static Optional<CibObject> rename(CibObject c, String from, String to) {
        boolean changed = false;
        List<Attr> attrs = new ArrayList<>();
        for (Attr a : attributes(c)) {
            if (REF_ATTRIBUTES.contains(a.name()) && a.value().equals(from)) {
                attrs.add(new Attr(a.name(), to));
                changed = true;
            } else {
                attrs.add(a);
            }
        }
        if (changed) {
            return Optional.of(with(c, attrs, sets(c)));
        }
        List<ResourceSet> sets = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ResourceSet s : sets(c)) {
            List<String> refs = new ArrayList<>();
            for (String r : s.resources()) {
                String id = r.equals(from) ? to : r;
                changed |= r.equals(from);
                refs.add(id);
                counts.merge(id, 1, Integer::sum);
            }
            sets.add(new ResourceSet(s.id(), s.attributes(), refs));
        }
        if (!changed) {
            return Optional.empty();
        }
        sets = unique(sets, counts);
        CibObject out = with(c, attributes(c), sets);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return Optional.of(total == 2 ? toSimple(out) : out);
    }

    /** The constraint without references to {@code id}; empty when it did not name it. */
    static Optional<CibObject> delete(CibObject c, String id) {
        List<Attr> attrs = new ArrayList<>();
        boolean changed = false;
        for (Attr a : attributes(c)) {
            if (REF_ATTRIBUTES.contains(a.name()) && a.value().equals(id)) {
                changed = true;
            } else {
                attrs.add(a);
            }
        }
        if (changed) {
            return Optional.of(with(c, attrs, sets(c)));
        }
        List<ResourceSet> sets = new ArrayList<>();
        int total = 0;
        boolean nonSequential = false;
        for (ResourceSet s : sets(c)) {
            List<String> refs = new ArrayList<>(s.resources());
            changed |= refs.removeIf(r -> r.equals(id));
            if (refs.isEmpty()) {
                continue;
            }
            if (s.attribute("sequential").map(ConstraintRefs::isFalse).orElse(false) && refs.size() > 1) {
                nonSequential = true;
            }
            total += refs.size();
            sets.add(new ResourceSet(s.id(), s.attributes(), refs));
        }
        if (!changed) {
            return Optional.empty();
        }
        CibObject out = with(c, attributes(c), sets);
        return Optional.of(!nonSequential && total == 2 ? toSimple(out) : out);
    }

    /** crmsh's silly_constraint: nothing left to constrain, or a resource constrained against itself. */
    static boolean silly(CibObject c, String id) {
        boolean locationLike = c instanceof Location || c instanceof RscTicket;
        if (!sets(c).isEmpty()) {
            int count = sets(c).stream().mapToInt(s -> s.resources().size()).sum();
            return locationLike ? count < 1 : count <= 1;
        }
        int count = 0;
        int self = 0;
        for (Attr a : attributes(c)) {
            if (REF_ATTRIBUTES.contains(a.name())) {
                count++;
                if (a.value().equals(id)) {
                    self++;
                }
            }
        }
        return locationLike ? count < 1 : self == 2 || count < 2;
    }

    /** Drops repeated references (the later ones), as crmsh's rset_uniq does. */
    private static List<ResourceSet> unique(List<ResourceSet> sets, Map<String, Integer> counts) {
        Map<String, Integer> left = new HashMap<>(counts);
        List<ResourceSet> out = new ArrayList<>();
        for (ResourceSet s : sets) {
            List<String> refs = new ArrayList<>();
            for (String r : s.resources()) {
                if (left.get(r) > 1) {
                    left.merge(r, -1, Integer::sum);
                    counts.merge(r, -1, Integer::sum);
                } else {
                    refs.add(r);
                }
            }
            out.add(new ResourceSet(s.id(), s.attributes(), refs));
        }
        return out;
    }

    /**
     * crmsh's rset_convert: a colocation or order whose sets hold two references becomes the simple
     * form; a colocation made of one set has its two ends exchanged (the order of a set is the reverse
     * of the simple form's). Locations and tickets keep their sets.
     */
    private static CibObject toSimple(CibObject c) {
        if (!(c instanceof Colocation || c instanceof Order)) {
            return c;
        }
        List<ResourceSet> sets = sets(c);
        String qualifier = c instanceof Order ? "action" : "role";
        List<String[]> refs = new ArrayList<>();
        for (ResourceSet s : sets) {
            for (String r : s.resources()) {
                refs.add(new String[] {r, s.attribute(qualifier).orElse("")});
            }
        }
        if (refs.size() != 2) {
            return c;
        }
        String[] names = c instanceof Order ? new String[] {"first", "then"} : new String[] {"rsc", "with-rsc"};
        List<Attr> attrs = new ArrayList<>(attributes(c));
        for (int i = 0; i < 2; i++) {
            attrs.add(new Attr(names[i], refs.get(i)[0]));
            if (!refs.get(i)[1].isEmpty()) {
                attrs.add(new Attr(names[i] + "-" + qualifier, refs.get(i)[1]));
            }
        }
        if (c instanceof Colocation && sets.size() == 1) {
            // only the ends are exchanged, their roles stay where they were (as crmsh does)
            List<Attr> swapped = new ArrayList<>();
            for (Attr a : attrs) {
                if (a.name().equals("rsc")) {
                    swapped.add(new Attr("rsc", refs.get(1)[0]));
                } else if (a.name().equals("with-rsc")) {
                    swapped.add(new Attr("with-rsc", refs.get(0)[0]));
                } else {
                    swapped.add(a);
                }
            }
            attrs = swapped;
        }
        return with(c, attrs, List.of());
    }

    private static boolean isFalse(String v) {
        return List.of("false", "no", "off", "0", "n").contains(v.toLowerCase(java.util.Locale.ROOT));
    }

    static List<Attr> attributes(CibObject c) {
        if (c instanceof Location l) {
            return l.attributes();
        } else if (c instanceof Colocation col) {
            return col.attributes();
        } else if (c instanceof Order o) {
            return o.attributes();
        } else if (c instanceof RscTicket t) {
            return t.attributes();
        }
        return List.of();
    }

    static List<ResourceSet> sets(CibObject c) {
        if (c instanceof Location l) {
            return l.sets();
        } else if (c instanceof Colocation col) {
            return col.sets();
        } else if (c instanceof Order o) {
            return o.sets();
        } else if (c instanceof RscTicket t) {
            return t.sets();
        }
        return List.of();
    }

    private static CibObject with(CibObject c, List<Attr> attrs, List<ResourceSet> sets) {
        if (c instanceof Location l) {
            return new Location(l.id(), attrs, sets, l.rules(), l.comments());
        } else if (c instanceof Colocation col) {
            return new Colocation(col.id(), attrs, sets, col.comments());
        } else if (c instanceof Order o) {
            return new Order(o.id(), attrs, sets, o.comments());
        }
        RscTicket t = (RscTicket) c;
        return new RscTicket(t.id(), attrs, sets, t.comments());
    }
}

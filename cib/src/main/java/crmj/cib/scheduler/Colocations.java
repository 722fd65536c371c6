package crmj.cib.scheduler;

import crmj.cib.status.Role;
import crmj.cib.status.Values;
import crmj.cib.status.WNode;
import crmj.cib.status.WRsc;
import crmj.cib.status.WRsc.Flag;
import crmj.cib.status.WRsc.Variant;
import crmj.cib.status.XmlElement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Colocation constraints: unpacking, and their effect on node scores ({@code pcmk_sched_colocation.c}). */
final class Colocations {
    static final int SELECT_DEFAULT = 0;
    static final int SELECT_THIS_WITH = 1;
    static final int SELECT_NONNEGATIVE = 2;
    static final int SELECT_ACTIVE = 4;
    /** Marks a node temporarily unusable while scores are merged. */
    static final int INFINITY_HACK = Sched.INFINITY * -100;

    /** What a colocation changes for a dependent. */
    enum Affects { NOTHING, LOCATION, ROLE }

    private Colocations() {
    }

    private static Comparator<Coloc> byRsc(boolean dependent) {
        return (a, b) -> {
            WRsc r1 = dependent ? a.dependent() : a.primary();
            WRsc r2 = dependent ? b.dependent() : b.primary();
            if (r1.priority != r2.priority) {
                return r1.priority > r2.priority ? -1 : 1;
            }
            if (r1.variant != r2.variant) {
                return r1.variant.ordinal() > r2.variant.ordinal() ? -1 : 1;
            }
            if (r1.variant == Variant.CLONE) {
                boolean p1 = r1.is(Flag.PROMOTABLE);
                boolean p2 = r2.is(Flag.PROMOTABLE);
                if (p1 != p2) {
                    return p1 ? -1 : 1;
                }
            }
            return r1.id.compareTo(r2.id);
        };
    }

    /** {@code g_list_insert_sorted}: before the first element that is not less (so before equal ones). */
    private static void insertSorted(List<Coloc> list, Coloc c, Comparator<Coloc> cmp) {
        int i = 0;
        while (i < list.size() && cmp.compare(c, list.get(i)) > 0) {
            i++;
        }
        list.add(i, c);
    }

    static void addThisWith(Sched s, WRsc rsc, Coloc c) {
        insertSorted(s.rs(rsc).thisWith, c, byRsc(false));
    }

    static void addWithThis(Sched s, WRsc rsc, Coloc c) {
        insertSorted(s.rs(rsc).withThis, c, byRsc(true));
    }

    private static Role roleOf(String text) {
        if (text == null || text.equalsIgnoreCase("Started")) {
            return Role.UNKNOWN;
        }
        return Role.parse(text);
    }

    /** {@code pcmk__new_colocation}. */
    static void newColocation(Sched s, String id, String nodeAttr, int score, WRsc dependent, WRsc primary,
                              String dependentRole, String primaryRole, boolean influence) {
        if (score == 0 || dependent == null || primary == null) {
            return;
        }
        Coloc c = new Coloc(id, dependent, primary, roleOf(dependentRole), roleOf(primaryRole), score, nodeAttr,
                influence);
        addThisWith(s, dependent, c);
        addWithThis(s, primary, c);
        s.colocations.add(c);
        if (score <= -Sched.INFINITY) {
            antiColocationOrder(s, dependent, c.dependentRole(), primary, c.primaryRole());
            antiColocationOrder(s, primary, c.primaryRole(), dependent, c.dependentRole());
        }
    }

    private static void antiColocationOrder(Sched s, WRsc first, Role firstRole, WRsc then, Role thenRole) {
        List<String> firstTasks = new ArrayList<>();
        List<String> thenTasks = new ArrayList<>();
        if (firstRole == Role.PROMOTED) {
            firstTasks.add("demote");
        } else {
            firstTasks.add("stop");
            if (firstRole == Role.UNPROMOTED) {
                firstTasks.add("promote");
            }
        }
        if (thenRole == Role.PROMOTED) {
            thenTasks.add("promote");
        } else {
            thenTasks.add("start");
            if (thenRole == Role.UNPROMOTED) {
                thenTasks.add("demote");
            }
        }
        for (String f : firstTasks) {
            for (String t : thenTasks) {
                s.orderResourceActions(first, f, then, t, OrderCons.ANTI_COLOCATION);
            }
        }
    }

    private static boolean influence(String influence, WRsc rsc) {
        if (influence != null) {
            Boolean b = Values.toBoolean(influence);
            if (b != null) {
                return b;
            }
        }
        return rsc.is(Flag.CRITICAL);
    }

    /** {@code pcmk__unpack_colocation}. */
    static void unpack(Sched s, XmlElement xml) {
        String id = xml.attr("id");
        int score = xml.attr("score") != null ? Values.score(xml.attr("score")) : 0;
        String influence = xml.attr("influence");
        XmlElement last = null;
        for (XmlElement set : xml.children("resource_set")) {
            set = s.ws.doc.expandIdRef(set);
            if (set == null) {
                return;
            }
            unpackSet(s, set, score, id, influence);
            if (last != null) {
                colocateSets(s, id, last, set, score, influence);
            }
            last = set;
        }
        if (last == null) {
            unpackSimple(s, xml, id, influence);
        }
    }

    private static void unpackSimple(Sched s, XmlElement xml, String id, String influence) {
        WRsc dependent = Constraints.findResource(s, xml.attr("rsc"));
        WRsc primary = Constraints.findResource(s, xml.attr("with-rsc"));
        if (dependent == null || primary == null) {
            return;
        }
        int score = xml.attr("score") != null ? Values.score(xml.attr("score")) : 0;
        newColocation(s, id, xml.attr("node-attribute"), score, dependent, primary, xml.attr("rsc-role"),
                xml.attr("with-rsc-role"), influence(influence, dependent));
    }

    private static List<WRsc> members(Sched s, XmlElement set) {
        List<WRsc> out = new ArrayList<>();
        for (XmlElement ref : set.children("resource_ref")) {
            WRsc r = Constraints.findResource(s, ref.attr("id"));
            if (r == null) {
                return null;
            }
            out.add(r);
        }
        return out;
    }

    private static void unpackSet(Sched s, XmlElement set, int score, String colocId, String influence) {
        String setId = set.attr("id");
        String role = set.attr("role");
        String ordering = set.attr("ordering") == null ? "group" : set.attr("ordering");
        int local = set.attr("score") != null ? Values.score(set.attr("score")) : score;
        if (local == 0) {
            return;
        }
        Boolean sequential = Values.toBoolean(set.attr("sequential"));
        List<WRsc> rscs = members(s, set);
        if (rscs == null || (sequential != null && !sequential)) {
            return;
        }
        if (local > 0 && ordering.equalsIgnoreCase("group")) {
            WRsc with = null;
            for (WRsc r : rscs) {
                if (with != null) {
                    newColocation(s, setId, null, local, r, with, role, role, influence(influence, r));
                }
                with = r;
            }
        } else if (local > 0) {
            WRsc last = null;
            for (WRsc r : rscs) {
                if (last != null) {
                    newColocation(s, setId, null, local, last, r, role, role, influence(influence, last));
                }
                last = r;
            }
        } else {
            for (int i = 0; i < rscs.size(); i++) {
                WRsc r = rscs.get(i);
                boolean infl = influence(influence, r);
                for (int j = 0; j < rscs.size(); j++) {
                    if (rscs.get(j).id.equalsIgnoreCase(r.id)) {
                        break;
                    }
                    newColocation(s, setId, null, local, r, rscs.get(j), role, role, infl);
                }
            }
        }
    }

    private static void colocateSets(Sched s, String id, XmlElement set1, XmlElement set2, int score,
                                     String influence) {
        if (score == 0) {
            return;
        }
        String role1 = set1.attr("role");
        String role2 = set2.attr("role");
        List<WRsc> m1 = members(s, set1);
        List<WRsc> m2 = members(s, set2);
        if (m1 == null || m2 == null) {
            return;
        }
        Boolean seq1 = Values.toBoolean(set1.attr("sequential"));
        Boolean seq2 = Values.toBoolean(set2.attr("sequential"));
        WRsc rsc1 = (seq1 == null || seq1) && !m1.isEmpty() ? m1.get(0) : null;
        WRsc rsc2 = (seq2 == null || seq2) && !m2.isEmpty() ? m2.get(m2.size() - 1) : null;
        if (rsc1 != null && rsc2 != null) {
            newColocation(s, id, null, score, rsc1, rsc2, role1, role2, influence(influence, rsc1));
        } else if (rsc1 != null) {
            boolean infl = influence(influence, rsc1);
            for (WRsc r2 : m2) {
                newColocation(s, id, null, score, rsc1, r2, role1, role2, infl);
            }
        } else if (rsc2 != null) {
            for (WRsc r1 : m1) {
                newColocation(s, id, null, score, r1, rsc2, role1, role2, influence(influence, r1));
            }
        } else {
            for (WRsc r1 : m1) {
                boolean infl = influence(influence, r1);
                for (WRsc r2 : m2) {
                    newColocation(s, id, null, score, r1, r2, role1, role2, infl);
                }
            }
        }
    }

    /** {@code pcmk__colocation_has_influence}. */
    static boolean hasInfluence(Coloc c, WRsc rsc) {
        if (rsc == null) {
            rsc = c.primary();
        }
        return c.influence() || rsc.runningOn.isEmpty();
    }

    /** {@code pcmk__colocation_affects}. */
    static Affects affects(Sched s, WRsc dependent, WRsc primary, Coloc c, boolean preview) {
        if (!preview && s.rs(primary).provisional) {
            return Affects.NOTHING;
        }
        if (c.dependentRole().compareTo(Role.UNPROMOTED) >= 0 && dependent.parent != null
                && dependent.parent.is(Flag.PROMOTABLE) && !s.rs(dependent).provisional) {
            return Affects.ROLE;
        }
        if (!preview && !s.rs(dependent).provisional) {
            return Affects.NOTHING;
        }
        if (c.score() > 0 && c.dependentRole() != Role.UNKNOWN && c.dependentRole() != dependent.nextRole) {
            return Affects.NOTHING;
        }
        if (c.score() > 0 && c.primaryRole() != Role.UNKNOWN && c.primaryRole() != primary.nextRole) {
            return Affects.NOTHING;
        }
        if (c.score() < 0 && c.dependentRole() != Role.UNKNOWN && c.dependentRole() == dependent.nextRole) {
            return Affects.NOTHING;
        }
        if (c.score() < 0 && c.primaryRole() != Role.UNKNOWN && c.primaryRole() == primary.nextRole) {
            return Affects.NOTHING;
        }
        return Affects.LOCATION;
    }

    static String nodeAttr(WNode node, String attr) {
        return node.attrs.get(attr);
    }

    /** {@code pcmk__apply_coloc_to_weights}. */
    static void applyToWeights(Sched s, WRsc dependent, WRsc primary, Coloc c) {
        String attribute = c.nodeAttribute() != null ? c.nodeAttribute() : "#id";
        WNode primaryNode = s.rs(primary).allocatedTo;
        String value = null;
        if (primaryNode != null) {
            value = nodeAttr(primaryNode, attribute);
        } else if (c.score() < 0) {
            return;
        }
        Map<String, Integer> work = new LinkedHashMap<>(dependent.allowedNodes);
        for (Map.Entry<String, Integer> e : work.entrySet()) {
            WNode node = s.nodeById(e.getKey());
            if (primaryNode == null) {
                e.setValue(Values.addScores(-c.score(), e.getValue()));
            } else if (value != null ? value.equalsIgnoreCase(nodeAttr(node, attribute)) : nodeAttr(node, attribute) == null) {
                if (c.score() < Sched.INFINITY) {
                    e.setValue(Values.addScores(c.score(), e.getValue()));
                }
            } else if (c.score() >= Sched.INFINITY) {
                e.setValue(Values.addScores(-c.score(), e.getValue()));
            }
        }
        if (c.score() <= -Sched.INFINITY || c.score() >= Sched.INFINITY || s.anyNodeAvailable(work)) {
            Prim.replaceAllowed(dependent, work);
        }
    }

    /** {@code pcmk__apply_coloc_to_priority}. */
    static void applyToPriority(Sched s, WRsc dependent, WRsc primary, Coloc c) {
        WNode pNode = s.rs(primary).allocatedTo;
        WNode dNode = s.rs(dependent).allocatedTo;
        if (pNode == null || dNode == null) {
            return;
        }
        String attribute = c.nodeAttribute() != null ? c.nodeAttribute() : "#id";
        String dv = nodeAttr(dNode, attribute);
        String pv = nodeAttr(pNode, attribute);
        if (dv == null ? pv != null : !dv.equalsIgnoreCase(pv)) {
            if (c.score() == Sched.INFINITY && c.dependentRole() == Role.PROMOTED) {
                dependent.priority = -Sched.INFINITY;
            }
            return;
        }
        if (c.primaryRole() != Role.UNKNOWN && c.primaryRole() != primary.nextRole) {
            return;
        }
        int multiplier = c.dependentRole() == Role.UNPROMOTED ? -1 : 1;
        dependent.priority = Values.addScores(multiplier * c.score(), dependent.priority);
    }

    /** A node attribute's value as a key ignoring case; nodes without the attribute match each other. */
    private static String attrKey(String value) {
        return value == null ? "\u0000" : value.toLowerCase(java.util.Locale.ROOT);
    }

    /** For each value of a node attribute, the best score of an available allowed node with it (lower-cased). */
    private static Map<String, Integer> bestScoresByAttr(Sched s, WRsc rsc, String attr) {
        Map<String, Integer> best = new java.util.HashMap<>();
        for (Map.Entry<String, Integer> e : rsc.allowedNodes.entrySet()) {
            WNode node = s.nodeById(e.getKey());
            if (!Sched.nodeAvailable(node, null, false)) {
                continue;
            }
            best.merge(attrKey(nodeAttr(node, attr)), e.getValue(), Math::max);
        }
        return best;
    }

    private static void addScoresMatchingAttr(Sched s, Map<String, Integer> nodes, WRsc rsc, String attr,
                                              float factor, boolean onlyPositive) {
        if (attr == null) {
            attr = "#uname";
        }
        Map<String, Integer> best = bestScoresByAttr(s, rsc, attr);
        for (Map.Entry<String, Integer> e : nodes.entrySet()) {
            WNode node = s.nodeById(e.getKey());
            Integer b = best.get(attrKey(nodeAttr(node, attr)));
            // bestScoreMatchingAttr: only scores above -INFINITY count, else -INFINITY
            int score = b == null || b <= -Sched.INFINITY ? -Sched.INFINITY : b;
            int weight0 = e.getValue();
            if (factor < 0 && score < 0) {
                continue;
            }
            if (weight0 == INFINITY_HACK) {
                continue;
            }
            float weightF = factor * score;
            int weight = (int) (weightF < 0 ? weightF - 0.5 : weightF + 0.5);
            if (weight == 0 && score != 0) {
                weight = factor > 0 ? 1 : factor < 0 ? -1 : 0;
            }
            int newScore = Values.addScores(weight, weight0);
            if (onlyPositive && newScore < 0 && weight0 > 0) {
                e.setValue(INFINITY_HACK);
                continue;
            }
            if (onlyPositive && newScore < 0 && weight0 == 0) {
                continue;
            }
            e.setValue(newScore);
        }
    }

    static WRsc lastMember(WRsc group) {
        return group.children.isEmpty() ? null : group.children.get(group.children.size() - 1);
    }

    /**
     * {@code pcmk__add_colocated_node_scores}: merges the scores of a resource and the resources colocated with
     * it into a node table (null: start from the resource's own allowed nodes). Returns the new table.
     */
    static Map<String, Integer> addColocatedNodeScores(Sched s, WRsc rsc, String logId, Map<String, Integer> nodes,
                                                       String attr, float factor, int flags) {
        RS st = s.rs(rsc);
        if (st.merging) {
            return nodes;
        }
        st.merging = true;
        Map<String, Integer> work;
        if (rsc.variant == Variant.GROUP) {
            if (rsc.children.isEmpty()) {
                st.merging = false;
                return nodes;
            }
            WRsc member = nodes == null ? lastMember(rsc) : rsc.children.get(0);
            work = addColocatedNodeScores(s, member, logId, nodes == null ? null : new LinkedHashMap<>(nodes), attr,
                    factor, flags);
        } else if (nodes == null) {
            work = new LinkedHashMap<>(rsc.allowedNodes);
        } else {
            work = new LinkedHashMap<>(nodes);
            addScoresMatchingAttr(s, work, rsc, attr, factor, (flags & SELECT_NONNEGATIVE) != 0);
        }
        if (work == null) {
            st.merging = false;
            return nodes;
        }
        if (s.anyNodeAvailable(work)) {
            float multiplier = factor < 0 ? -1 : 1;
            List<Coloc> list;
            if ((flags & SELECT_THIS_WITH) != 0) {
                list = st.thisWith;
            } else if (rsc.variant == Variant.GROUP) {
                list = s.rs(lastMember(rsc)).withThis;
            } else {
                list = st.withThis;
            }
            for (Coloc c : new ArrayList<>(list)) {
                WRsc other;
                if ((flags & SELECT_THIS_WITH) != 0) {
                    other = c.primary();
                } else if (!hasInfluence(c, null)) {
                    continue;
                } else {
                    other = c.dependent();
                }
                float f = multiplier * c.score() / (float) Sched.INFINITY;
                work = addColocatedNodeScores(s, other, logId, work, c.nodeAttribute(), f, flags | SELECT_ACTIVE);
            }
        } else if ((flags & SELECT_ACTIVE) != 0) {
            st.merging = false;
            return nodes;
        }
        if ((flags & SELECT_NONNEGATIVE) != 0) {
            for (Map.Entry<String, Integer> e : work.entrySet()) {
                if (e.getValue() == INFINITY_HACK) {
                    e.setValue(1);
                }
            }
        }
        st.merging = false;
        return work;
    }

    /** {@code pcmk__block_colocation_dependents}. */
    static void blockDependents(Sched s, Act action) {
        if (action.is(Act.RUNNABLE)) {
            return;
        }
        boolean isStart = action.task.equals("start");
        if (!isStart && !action.task.equals("promote")) {
            return;
        }
        WRsc rsc = action.rsc.uberParent();
        if (rsc.parent != null) {
            rsc = rsc.parent;
        }
        if (s.rs(rsc).withThis.isEmpty()) {
            return;
        }
        for (WRsc child : rsc.children) {
            Act childAction = s.firstByTask(child, action.task, null);
            if (childAction == null || childAction.is(Act.RUNNABLE)) {
                return;
            }
        }
        for (Coloc c : new ArrayList<>(s.rs(rsc).withThis)) {
            if (c.score() < Sched.INFINITY) {
                continue;
            }
            if (!isStart && c.primaryRole() != Role.PROMOTED) {
                continue;
            }
            markBlocked(s, c.dependent(), c.dependentRole() == Role.PROMOTED ? "promote" : "start", action.rsc);
        }
    }

    private static void markBlocked(Sched s, WRsc rsc, String task, WRsc reason) {
        String text = "colocation with " + reason.id;
        for (Act a : new ArrayList<>(s.rs(rsc).actions)) {
            if (a.is(Act.RUNNABLE) && a.task.equalsIgnoreCase(task)) {
                a.clear(Act.RUNNABLE);
                a.setReason(text, false);
                blockDependents(s, a);
                Orderings.update(s, a);
            }
        }
        for (WRsc c : rsc.children) {
            markBlocked(s, c, task, reason);
        }
    }
}

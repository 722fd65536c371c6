package crmj.cib.scheduler;

import crmj.cib.status.ClusterOptions;
import crmj.cib.status.Role;
import crmj.cib.status.Values;
import crmj.cib.status.WNode;
import crmj.cib.status.WRsc;
import crmj.cib.status.WRsc.Flag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Promotable clones: promotion scores, which instances are promoted, their actions ({@code pcmk_sched_promotable.c}). */
final class Promotable {
    private Promotable() {
    }

    static String cloneStrip(String id) {
        int at = id.lastIndexOf(':');
        return at < 0 ? id : id.substring(0, at);
    }

    /** A leaf instance (of a cloned primitive or group member) by configured id, optionally active on a node. */
    private static WRsc findInstance(WRsc rsc, String id, WNode node) {
        if (rsc.children.isEmpty()) {
            if (!cloneStrip(rsc.id).equals(id) && !id.equals(rsc.xml.id())) {
                return null;
            }
            if (node != null && !rsc.runningOn.contains(node)) {
                return null;
            }
            return rsc;
        }
        for (WRsc c : rsc.children) {
            WRsc r = findInstance(c, id, node);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    private static boolean isAllowed(WRsc rsc, WNode node) {
        Integer w = rsc.allowedNodes.get(node.id);
        return w != null && w >= 0;
    }

    private static boolean scoreApplies(Sched s, WRsc rsc, WNode node) {
        String id = cloneStrip(rsc.id);
        WRsc parent = rsc.uberParent();
        if (!rsc.is(Flag.UNIQUE)) {
            WRsc active = null;
            for (WRsc child : parent.children) {
                active = findInstance(child, id, node);
                if (active != null) {
                    break;
                }
            }
            if (active == rsc) {
                return isAllowed(rsc, node);
            }
            if (active == null) {
                for (WRsc child : parent.children) {
                    WRsc inst = findInstance(child, id, null);
                    if (inst != null && inst.knownOn.containsKey(node.id)) {
                        return isAllowed(rsc, node);
                    }
                }
            }
        }
        if (rsc.runningOn.isEmpty() && rsc.knownOn.isEmpty()) {
            return isAllowed(rsc, node);
        }
        if (rsc.knownOn.containsKey(node.id) || rsc.runningOn.contains(node)) {
            return isAllowed(rsc, node);
        }
        return false;
    }

    /** {@code promotion_score}; isDefault[0] set false when a score was found. */
    static int score(Sched s, WRsc rsc, WNode node, boolean[] isDefault) {
        if (isDefault != null) {
            isDefault[0] = true;
        }
        if (!rsc.children.isEmpty()) {
            int score = 0;
            for (WRsc child : rsc.children) {
                boolean[] childDefault = {true};
                int childScore = score(s, child, node, childDefault);
                if (!childDefault[0] && isDefault != null) {
                    isDefault[0] = false;
                }
                score += childScore;
            }
            return score;
        }
        if (!scoreApplies(s, rsc, node)) {
            return 0;
        }
        String name = rsc.cloneName == null ? rsc.id : rsc.cloneName;
        String value = node.attrs.get("master-" + name);
        if (value == null && !rsc.is(Flag.UNIQUE)) {
            String stripped = cloneStrip(rsc.id);
            if (!stripped.equals(rsc.id)) {
                value = node.attrs.get("master-" + stripped);
            }
        }
        if (value == null) {
            return 0;
        }
        if (isDefault != null) {
            isDefault[0] = false;
        }
        return Values.score(value);
    }

    /** {@code pcmk__add_promotion_scores}. */
    static void addPromotionScores(Sched s, WRsc clone) {
        RS st = s.rs(clone);
        if (st.promotionAdded) {
            return;
        }
        st.promotionAdded = true;
        for (WRsc child : clone.children) {
            for (Map.Entry<String, Integer> e : child.allowedNodes.entrySet()) {
                WNode node = s.nodeById(e.getKey());
                if (!Sched.nodeAvailable(node, null, false)) {
                    continue;
                }
                int score = score(s, child, node, null);
                if (score > 0) {
                    e.setValue(Values.addScores(e.getValue(), score));
                }
                if (score > child.priority) {
                    child.priority = score;
                }
            }
        }
    }

    private static void setCurrentRoleUnpromoted(WRsc rsc) {
        if (rsc.role == Role.STARTED) {
            rsc.role = Role.UNPROMOTED;
        }
        for (WRsc c : rsc.children) {
            setCurrentRoleUnpromoted(c);
        }
    }

    private static void setNextRoleUnpromoted(Sched s, WRsc rsc) {
        rsc.nextRole = Resources.location(s, rsc) == null && !anyAssigned(s, rsc) ? Role.STOPPED : Role.UNPROMOTED;
        for (WRsc c : rsc.children) {
            setNextRoleUnpromoted(s, c);
        }
    }

    private static boolean anyAssigned(Sched s, WRsc rsc) {
        if (rsc.children.isEmpty()) {
            return s.rs(rsc).allocatedTo != null;
        }
        for (WRsc c : rsc.children) {
            if (anyAssigned(s, c)) {
                return true;
            }
        }
        return false;
    }

    private static void setNextRolePromoted(WRsc rsc) {
        if (rsc.nextRole == Role.UNKNOWN) {
            rsc.nextRole = Role.PROMOTED;
        }
        for (WRsc c : rsc.children) {
            setNextRolePromoted(c);
        }
    }

    private static void applyPromotedLocations(WRsc child, List<Loc> locations, WNode chosen) {
        for (Loc loc : locations) {
            if (loc.roleFilter == Role.PROMOTED) {
                Integer w = loc.nodes.get(chosen.id);
                if (w != null) {
                    child.priority = Values.addScores(child.priority, w);
                }
            }
        }
    }

    private static void setInstancePriority(Sched s, WRsc instance, WRsc clone) {
        if (Resources.state(instance, true) == Role.STARTED) {
            setCurrentRoleUnpromoted(instance);
        }
        WNode chosen = Resources.location(s, instance);
        if (chosen == null) {
            return;
        }
        Role next = Resources.state(instance, false);
        switch (next) {
            case STARTED, UNKNOWN -> {
                boolean[] isDefault = {true};
                instance.priority = score(s, instance, chosen, isDefault);
                if (isDefault[0]) {
                    instance.priority = -1;
                }
            }
            case UNPROMOTED, STOPPED -> instance.priority = -Sched.INFINITY;
            default -> {
            }
        }
        applyPromotedLocations(instance, s.rs(instance).locations, chosen);
        applyPromotedLocations(instance, s.rs(clone).locations, chosen);
        for (Coloc c : new ArrayList<>(s.rs(instance).thisWith)) {
            Resources.applyColocScore(s, instance, c.primary(), c, true);
        }
        s.rs(instance).sortIndex = instance.priority;
        if (next == Role.PROMOTED) {
            s.rs(instance).sortIndex = Sched.INFINITY;
        }
    }

    private static void sortInstances(Sched s, WRsc clone) {
        RS st = s.rs(clone);
        if (st.promotionConstrained) {
            return;
        }
        st.promotionConstrained = true;
        st.merging = true;
        for (WRsc child : clone.children) {
            int idx = s.rs(child).sortIndex;
            if (idx < 0) {
                continue;
            }
            WNode chosen = Resources.location(s, child);
            if (chosen == null) {
                continue;
            }
            clone.allowedNodes.merge(chosen.id, idx, Values::addScores);
        }
        for (Coloc c : new ArrayList<>(st.thisWith)) {
            if (c.dependentRole() != Role.PROMOTED) {
                continue;
            }
            int flags = c.score() < Sched.INFINITY ? Colocations.SELECT_ACTIVE : Colocations.SELECT_DEFAULT;
            Prim.replaceAllowed(clone, Colocations.addColocatedNodeScores(s, c.primary(), clone.id,
                    clone.allowedNodes, c.nodeAttribute(), c.score() / (float) Sched.INFINITY, flags));
        }
        for (Coloc c : new ArrayList<>(st.withThis)) {
            if (c.primaryRole() != Role.PROMOTED || !Colocations.hasInfluence(c, null)) {
                continue;
            }
            Prim.replaceAllowed(clone, Colocations.addColocatedNodeScores(s, c.dependent(), clone.id,
                    clone.allowedNodes, c.nodeAttribute(), c.score() / (float) Sched.INFINITY,
                    Colocations.SELECT_ACTIVE | Colocations.SELECT_NONNEGATIVE));
        }
        for (WRsc child : clone.children) {
            WNode chosen = Resources.location(s, child);
            RS cs = s.rs(child);
            if (!child.is(Flag.MANAGED) && child.nextRole == Role.PROMOTED) {
                cs.sortIndex = Sched.INFINITY;
            } else if (chosen != null && cs.sortIndex >= 0) {
                Integer w = clone.allowedNodes.get(chosen.id);
                cs.sortIndex = w == null ? 0 : w;
            }
        }
        Comparator<WRsc> instances = Clone.instanceComparator(s);
        clone.children.sort((a, b) -> {
            int ia = s.rs(a).sortIndex;
            int ib = s.rs(b).sortIndex;
            if (ia != ib) {
                return ia > ib ? -1 : 1;
            }
            Role ra = Resources.state(a, true);
            Role rb = Resources.state(b, true);
            if (ra != rb) {
                return ra.isAfter(rb) ? -1 : 1;
            }
            return instances.compare(a, b);
        });
        st.merging = false;
    }

    private static WNode nodeToBePromotedOn(Sched s, WRsc rsc) {
        WRsc parent = rsc.uberParent();
        for (WRsc child : rsc.children) {
            if (nodeToBePromotedOn(s, child) == null) {
                return null;
            }
        }
        WNode node = Resources.location(s, rsc);
        if (node == null) {
            return null;
        } else if (!rsc.is(Flag.MANAGED)) {
            if (Resources.state(rsc, true) != Role.PROMOTED) {
                return null;
            }
        } else if (rsc.priority < 0) {
            return null;
        } else if (!Sched.nodeAvailable(node, null, false)) {
            return null;
        }
        if (!parent.allowedNodes.containsKey(node.id)) {
            return null;
        }
        if (s.count(parent, node.id) >= parent.promotedNodeMax && rsc.is(Flag.MANAGED)) {
            return null;
        }
        return node;
    }

    /** {@code pcmk__set_instance_roles}. */
    static void setInstanceRoles(Sched s, WRsc clone) {
        s.resetCounts(clone);
        for (WRsc child : clone.children) {
            setInstancePriority(s, child, clone);
        }
        sortInstances(s, clone);
        int promoted = 0;
        for (WRsc instance : clone.children) {
            Scores.promotionScore(s, instance);
            WNode chosen = null;
            if (s.rs(instance).sortIndex >= 0
                    && (promoted < clone.promotedMax || !clone.is(Flag.MANAGED))) {
                chosen = nodeToBePromotedOn(s, instance);
            }
            if (chosen == null) {
                setNextRoleUnpromoted(s, instance);
                continue;
            }
            if (instance.role.compareTo(Role.PROMOTED) < 0 && !s.options().haveQuorum
                    && s.options().noQuorumPolicy == ClusterOptions.NoQuorumPolicy.FREEZE) {
                setNextRoleUnpromoted(s, instance);
                continue;
            }
            s.setCount(clone, chosen.id, s.count(clone, chosen.id) + 1);
            setNextRolePromoted(instance);
            promoted++;
        }
    }

    private static void checkRoleChange(Sched s, WRsc rsc, boolean[] state) {
        if (!rsc.children.isEmpty()) {
            for (WRsc c : rsc.children) {
                checkRoleChange(s, c, state);
            }
            return;
        }
        for (Act a : s.rs(rsc).actions) {
            if (state[0] && state[1]) {
                return;
            }
            if (a.is(Act.OPTIONAL)) {
                continue;
            }
            if (a.task.equals("demote")) {
                state[0] = true;
            } else if (a.task.equals("promote")) {
                state[1] = true;
            }
        }
    }

    /** {@code pcmk__create_promotable_actions}. */
    static void createActions(Sched s, WRsc clone) {
        boolean[] state = new boolean[2];
        for (WRsc instance : clone.children) {
            checkRoleChange(s, instance, state);
        }
        boolean anyDemoting = state[0];
        boolean anyPromoting = state[1];
        Act promote = Clone.rscPseudo(s, clone, "promote", !anyPromoting, true);
        Act promoted = Clone.rscPseudo(s, clone, "promoted", !anyPromoting, true);
        RS st = s.rs(clone);
        if (!st.notifs.containsKey("promote")) {
            Notifications.pseudoOps(s, clone, "promote", promote, promoted);
        }
        Act demote = Clone.rscPseudo(s, clone, "demote", !anyDemoting, true);
        Act demoted = Clone.rscPseudo(s, clone, "demoted", !anyDemoting, true);
        if (!st.notifs.containsKey("demote")) {
            Notifications.pseudoOps(s, clone, "demote", demote, demoted);
            RS.Notif p = st.notifs.get("promote");
            if (p != null) {
                RS.Notif stop = st.notifs.get("stop");
                RS.Notif start = st.notifs.get("start");
                RS.Notif dem = st.notifs.get("demote");
                Sched.orderActions(stop.postDone(), p.pre(), OrderCons.OPTIONAL);
                Sched.orderActions(start.postDone(), p.pre(), OrderCons.OPTIONAL);
                Sched.orderActions(dem.postDone(), p.pre(), OrderCons.OPTIONAL);
                Sched.orderActions(dem.postDone(), start.pre(), OrderCons.OPTIONAL);
                Sched.orderActions(dem.postDone(), stop.pre(), OrderCons.OPTIONAL);
            }
        }
        for (WRsc instance : clone.children) {
            instance.priority = clone.priority;
        }
    }

    /** {@code pcmk__order_promotable_instances}. */
    static void orderInstances(Sched s, WRsc clone) {
        s.orderResourceActions(clone, "stopped", clone, "start", OrderCons.OPTIONAL);
        s.orderResourceActions(clone, "stopped", clone, "promote", OrderCons.OPTIONAL);
        s.orderResourceActions(clone, "demoted", clone, "stop", OrderCons.OPTIONAL);
        s.orderResourceActions(clone, "demoted", clone, "start", OrderCons.OPTIONAL);
        s.orderResourceActions(clone, "demoted", clone, "promote", OrderCons.OPTIONAL);
        s.orderResourceActions(clone, "running", clone, "promote", OrderCons.OPTIONAL);
        s.orderResourceActions(clone, "demote", clone, "demoted", OrderCons.OPTIONAL);
        WRsc previous = null;
        boolean ordered = Clone.ordered(clone);
        for (WRsc instance : clone.children) {
            s.orderResourceActions(instance, "demote", instance, "promote", OrderCons.OPTIONAL);
            s.orderResourceActions(clone, "promote", instance, "promote", OrderCons.OPTIONAL);
            s.orderResourceActions(instance, "promote", clone, "promoted", OrderCons.OPTIONAL);
            if (previous != null && ordered) {
                s.orderResourceActions(previous, "promote", instance, "promote", OrderCons.OPTIONAL);
            }
            s.orderResourceActions(clone, "demote", instance, "demote", OrderCons.IMPLIES_FIRST_PRINTED);
            s.orderResourceActions(instance, "demote", clone, "demoted", OrderCons.IMPLIES_THEN_PRINTED);
            if (previous != null && ordered) {
                s.orderResourceActions(instance, "demote", previous, "demote", OrderCons.OPTIONAL);
            }
            previous = instance;
        }
    }

    /** {@code pcmk__update_dependent_with_promotable}. */
    static void updateDependentWithPromotable(Sched s, WRsc primary, WRsc dependent, Coloc c) {
        List<WNode> affected = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (WRsc instance : primary.children) {
            WNode node = Resources.location(s, instance);
            if (node == null) {
                continue;
            }
            if (Resources.state(instance, false) == c.primaryRole()) {
                if (c.score() < Sched.INFINITY) {
                    String attr = c.nodeAttribute() == null ? "#uname" : c.nodeAttribute();
                    String pv = node.attrs.get(attr);
                    for (Map.Entry<String, Integer> e : dependent.allowedNodes.entrySet()) {
                        String dv = s.nodeById(e.getKey()).attrs.get(attr);
                        if (pv == null ? dv == null : pv.equalsIgnoreCase(dv)) {
                            e.setValue(Values.addScores(e.getValue(), c.score()));
                        }
                    }
                }
                affected.add(0, node);
                weights.add(0, Resources.assignedWeight(s, instance));
            }
        }
        if (c.score() >= Sched.INFINITY
                && (c.dependentRole() != Role.PROMOTED || c.primaryRole() != Role.PROMOTED)) {
            Clone.nodeListExclude(dependent.allowedNodes, affected, weights, true);
        }
    }

    /** {@code pcmk__update_promotable_dependent_priority}. */
    static void updatePromotableDependentPriority(Sched s, WRsc primary, WRsc dependent, Coloc c) {
        WRsc primaryInstance = Clone.compatibleChild(s, dependent, primary, c.primaryRole(), false);
        if (primaryInstance != null) {
            dependent.priority = Values.addScores(dependent.priority, c.score());
        } else if (c.score() >= Sched.INFINITY) {
            dependent.priority = -Sched.INFINITY;
        }
    }
}

package crmj.cib.scheduler;

import crmj.cib.status.Values;
import crmj.cib.status.WRsc;
import crmj.cib.status.XmlElement;

import java.util.ArrayList;
import java.util.List;

/** Unpacks the constraints section ({@code pcmk__unpack_constraints}) and the ordering constraints. */
final class Constraints {
    private enum Kind { OPTIONAL, MANDATORY, SERIALIZE }

    private enum Symmetry { ASYMMETRIC, SYMMETRIC, INVERSE }

    private Constraints() {
    }

    static WRsc findResource(Sched s, String id) {
        return s.findResource(id);
    }

    static void unpackAll(Sched s) {
        XmlElement cons = s.ws.doc.root().child("configuration");
        cons = cons == null ? null : cons.child("constraints");
        if (cons == null) {
            return;
        }
        for (XmlElement xml : cons.children()) {
            switch (xml.name()) {
                case "rsc_order" -> unpackOrder(s, orElse(Tags.expandPair(s, xml, "first", "first-action", "action",
                        "then", "then-action", "action"), xml));
                case "rsc_colocation" -> Colocations.unpack(s, orElse(Tags.expandPair(s, xml, "rsc", "rsc-role", "role",
                        "with-rsc", "with-rsc-role", "role"), xml));
                case "rsc_location" -> Locations.unpack(s, orElse(Tags.expandLocation(s, xml), xml));
                default -> {
                }
            }
        }
    }

    /** The deprecated {@code restart-type=restart} meta-attribute. */
    private static boolean restartType(WRsc rsc) {
        return "restart".equals(rsc.meta.get("restart-type"));
    }

    private static XmlElement orElse(XmlElement expanded, XmlElement original) {
        return expanded != null ? expanded : original;
    }

    private static Kind kind(XmlElement xml) {
        String kind = xml.attr("kind");
        if (kind == null) {
            String score = xml.attr("score");
            if (score != null && Values.score(score) == 0) {
                return Kind.OPTIONAL;
            }
            return Kind.MANDATORY;
        }
        if (kind.equalsIgnoreCase("Optional")) {
            return Kind.OPTIONAL;
        }
        if (kind.equalsIgnoreCase("Serialize")) {
            return Kind.SERIALIZE;
        }
        return Kind.MANDATORY;
    }

    private static Symmetry symmetry(XmlElement xml, Kind parentKind, String parentSymmetrical) {
        Kind kind = parentKind;
        if (xml.attr("kind") != null || xml.attr("score") != null) {
            kind = kind(xml);
        }
        Boolean symmetric = Values.toBoolean(xml.attr("symmetrical"));
        if (symmetric == null && parentSymmetrical != null) {
            symmetric = Values.isTrue(parentSymmetrical);
        }
        if (symmetric != null) {
            return symmetric && kind != Kind.SERIALIZE ? Symmetry.SYMMETRIC : Symmetry.ASYMMETRIC;
        }
        return kind == Kind.SERIALIZE ? Symmetry.ASYMMETRIC : Symmetry.SYMMETRIC;
    }

    private static int flagsFor(Kind kind, String first, Symmetry symmetry) {
        int flags = OrderCons.OPTIONAL;
        switch (kind) {
            case SERIALIZE -> flags |= OrderCons.SERIALIZE_ONLY;
            case MANDATORY -> {
                switch (symmetry) {
                    case ASYMMETRIC -> flags |= OrderCons.ASYMMETRICAL;
                    case SYMMETRIC -> {
                        flags |= OrderCons.IMPLIES_THEN;
                        if (first.equalsIgnoreCase("start") || first.equalsIgnoreCase("promote")) {
                            flags |= OrderCons.RUNNABLE_LEFT;
                        }
                    }
                    case INVERSE -> flags |= OrderCons.IMPLIES_FIRST;
                    default -> {
                    }
                }
            }
            default -> {
            }
        }
        return flags;
    }

    static String invert(String action) {
        return switch (action.toLowerCase()) {
            case "start" -> "stop";
            case "stop" -> "start";
            case "promote" -> "demote";
            case "demote" -> "promote";
            case "promoted" -> "demoted";
            case "demoted" -> "promoted";
            case "running" -> "stopped";
            case "stopped" -> "running";
            default -> null;
        };
    }

    private static int minimumFirstInstances(WRsc rsc, XmlElement xml) {
        if (!rsc.isClone()) {
            return 0;
        }
        String cloneMin = rsc.meta.get("clone-min");
        if (cloneMin != null) {
            return Math.max(0, Values.intValue(cloneMin, 0));
        }
        Boolean requireAll = Values.toBoolean(xml.attr("require-all"));
        return requireAll != null && !requireAll ? 1 : 0;
    }

    private static void unpackOrder(Sched s, XmlElement xml) {
        String id = xml.attr("id");
        String invert = xml.attr("symmetrical");
        Kind kind = kind(xml);
        Symmetry symmetry = symmetry(xml, kind, null);
        XmlElement last = null;
        for (XmlElement set : xml.children("resource_set")) {
            set = s.ws.doc.expandIdRef(set);
            if (set == null || !unpackOrderSet(s, set, kind, invert)) {
                return;
            }
            if (last != null) {
                if (!orderSets(s, id, last, set, kind, symmetry)) {
                    return;
                }
                if (symmetry == Symmetry.SYMMETRIC && !orderSets(s, id, set, last, kind, Symmetry.INVERSE)) {
                    return;
                }
            }
            last = set;
        }
        if (last == null) {
            unpackSimpleOrder(s, xml, id);
        }
    }

    private static void unpackSimpleOrder(Sched s, XmlElement xml, String id) {
        WRsc first = findResource(s, xml.attr("first"));
        WRsc then = findResource(s, xml.attr("then"));
        if (first == null || then == null) {
            return;
        }
        String actionFirst = xml.attr("first-action") == null ? "start" : xml.attr("first-action");
        String actionThen = xml.attr("then-action") == null ? actionFirst : xml.attr("then-action");
        Kind kind = kind(xml);
        Symmetry symmetry = symmetry(xml, kind, null);
        int flags = flagsFor(kind, actionFirst, symmetry);
        if (kind == Kind.OPTIONAL && restartType(then)) {
            flags |= OrderCons.IMPLIES_THEN;
        }
        int minRequired = minimumFirstInstances(first, xml);
        if (minRequired > 0) {
            Act met = s.pseudoOp("clone-one-or-more:" + id);
            met.requiredRunnableBefore = minRequired;
            met.set(Act.REQUIRES_ANY);
            for (WRsc child : first.children) {
                s.newOrdering(child, Sched.opKey(child.id, actionFirst, 0), null, null, null, met,
                        OrderCons.ONE_OR_MORE | OrderCons.IMPLIES_THEN_PRINTED);
            }
            s.newOrdering(null, null, met, then, Sched.opKey(then.id, actionThen, 0), null,
                    flags | OrderCons.RUNNABLE_LEFT);
        } else {
            s.orderResourceActions(first, actionFirst, then, actionThen, flags);
        }
        if (symmetry == Symmetry.SYMMETRIC) {
            String invThen = invert(actionThen);
            String invFirst = invert(actionFirst);
            if (invThen != null && invFirst != null) {
                int inverseFlags = flagsFor(kind, invFirst, Symmetry.INVERSE);
                if (kind == Kind.OPTIONAL && restartType(then)) {
                    inverseFlags |= OrderCons.IMPLIES_FIRST;
                }
                s.orderResourceActions(then, invThen, first, invFirst, inverseFlags);
            }
        }
    }

    private static List<WRsc> members(Sched s, XmlElement set) {
        List<WRsc> out = new ArrayList<>();
        for (XmlElement ref : set.children("resource_ref")) {
            WRsc r = findResource(s, ref.attr("id"));
            if (r == null) {
                return null;
            }
            out.add(r);
        }
        return out;
    }

    private static boolean unpackOrderSet(Sched s, XmlElement set, Kind parentKind, String parentSymmetrical) {
        String action = set.attr("action") == null ? "start" : set.attr("action");
        Kind localKind = set.attr("kind") != null ? kind(set) : parentKind;
        String sequentialS = set.attr("sequential") == null ? "1" : set.attr("sequential");
        boolean sequential = Values.isTrue(sequentialS);
        Symmetry symmetry = symmetry(set, parentKind, parentSymmetrical);
        int flags = flagsFor(localKind, action, symmetry);
        List<WRsc> rscs = members(s, set);
        if (rscs == null) {
            return false;
        }
        if (rscs.size() == 1) {
            return true;
        }
        WRsc last = null;
        for (int i = 0; i < rscs.size(); i++) {
            WRsc r = rscs.get(i);
            if (localKind == Kind.SERIALIZE) {
                for (int j = i + 1; j < rscs.size(); j++) {
                    s.orderResourceActions(r, action, rscs.get(j), action, flags);
                }
            } else if (sequential) {
                if (last != null) {
                    s.orderResourceActions(last, action, r, action, flags);
                }
                last = r;
            }
        }
        if (symmetry == Symmetry.ASYMMETRIC) {
            return true;
        }
        last = null;
        action = invert(action);
        if (action == null) {
            return true;
        }
        flags = flagsFor(localKind, action, Symmetry.INVERSE);
        for (WRsc r : rscs) {
            if (sequential) {
                if (last != null) {
                    s.orderResourceActions(r, action, last, action, flags);
                }
                last = r;
            }
        }
        return true;
    }

    private static boolean orderSets(Sched s, String id, XmlElement set1, XmlElement set2, Kind kind,
                                     Symmetry symmetry) {
        String action1 = set1.attr("action") == null ? "start" : set1.attr("action");
        String action2 = set2.attr("action") == null ? "start" : set2.attr("action");
        Boolean requireAllB = Values.toBoolean(set1.attr("require-all"));
        boolean requireAll = requireAllB == null || requireAllB;
        if (symmetry == Symmetry.INVERSE) {
            action1 = invert(action1);
            action2 = invert(action2);
            if (action1 == null || action2 == null) {
                return true;
            }
        }
        if (action1.equalsIgnoreCase("stop") || action1.equalsIgnoreCase("demote")) {
            requireAll = true;
        }
        int flags = flagsFor(kind, action2, symmetry);
        List<WRsc> m1 = members(s, set1);
        List<WRsc> m2 = members(s, set2);
        if (m1 == null || m2 == null) {
            return false;
        }
        if (!requireAll) {
            Act unordered = s.pseudoOp("one-or-more:" + set1.attr("id"));
            unordered.set(Act.REQUIRES_ANY);
            for (WRsc r1 : m1) {
                s.newOrdering(r1, Sched.opKey(r1.id, action1, 0), null, null, null, unordered,
                        OrderCons.ONE_OR_MORE | OrderCons.IMPLIES_THEN_PRINTED);
            }
            for (WRsc r2 : m2) {
                s.newOrdering(null, null, unordered, r2, Sched.opKey(r2.id, action2, 0), null,
                        flags | OrderCons.RUNNABLE_LEFT);
            }
            return true;
        }
        WRsc rsc1 = null;
        WRsc rsc2 = null;
        if (Values.isTrue(set1.attr("sequential")) && !m1.isEmpty()) {
            rsc1 = symmetry == Symmetry.INVERSE ? m1.get(0) : m1.get(m1.size() - 1);
        }
        if (Values.isTrue(set2.attr("sequential")) && !m2.isEmpty()) {
            rsc2 = symmetry == Symmetry.INVERSE ? m2.get(m2.size() - 1) : m2.get(0);
        }
        if (rsc1 != null && rsc2 != null) {
            s.orderResourceActions(rsc1, action1, rsc2, action2, flags);
        } else if (rsc1 != null) {
            for (WRsc r2 : m2) {
                s.orderResourceActions(rsc1, action1, r2, action2, flags);
            }
        } else if (rsc2 != null) {
            for (WRsc r1 : m1) {
                s.orderResourceActions(r1, action1, rsc2, action2, flags);
            }
        } else {
            for (WRsc r1 : m1) {
                for (WRsc r2 : m2) {
                    s.orderResourceActions(r1, action1, r2, action2, flags);
                }
            }
        }
        return true;
    }
}

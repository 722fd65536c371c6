package crmj.cib.scheduler;

import crmj.cib.status.Role;
import crmj.cib.status.Rules;
import crmj.cib.status.Values;
import crmj.cib.status.WNode;
import crmj.cib.status.WRsc;
import crmj.cib.status.XmlElement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Location constraints: unpacking (scores, rules, sets, patterns) and applying ({@code pcmk_sched_location.c}). */
final class Locations {
    private Locations() {
    }

    /** {@code pcmk__new_location}. */
    static Loc newLocation(Sched s, String id, WRsc rsc, int weight, String discovery, WNode node) {
        if (id == null || rsc == null) {
            return null;
        }
        Loc loc = new Loc(id, rsc);
        if (discovery == null || discovery.equalsIgnoreCase("always")) {
            loc.discover = Loc.Discover.ALWAYS;
        } else if (discovery.equalsIgnoreCase("never")) {
            loc.discover = Loc.Discover.NEVER;
        } else if (discovery.equalsIgnoreCase("exclusive")) {
            loc.discover = Loc.Discover.EXCLUSIVE;
            rsc.exclusiveDiscover = true;
        }
        if (node != null) {
            loc.nodes.put(node.id, weight);
        }
        s.locations.add(0, loc);
        s.rs(rsc).locations.add(0, loc);
        return loc;
    }

    /** {@code pcmk__unpack_location}. */
    static void unpack(Sched s, XmlElement xml) {
        boolean anySets = false;
        for (XmlElement set : xml.children("resource_set")) {
            anySets = true;
            set = s.ws.doc.expandIdRef(set);
            if (set == null) {
                return;
            }
            String role = set.attr("role");
            String score = set.attr("score");
            List<WRsc> rscs = new ArrayList<>();
            for (XmlElement ref : set.children("resource_ref")) {
                WRsc r = Constraints.findResource(s, ref.attr("id"));
                if (r == null) {
                    return;
                }
                rscs.add(r);
            }
            for (WRsc r : rscs) {
                unpackRscLocation(s, xml, r, role, score, null);
            }
        }
        if (!anySets) {
            unpackSimple(s, xml);
        }
    }

    private static void unpackSimple(Sched s, XmlElement xml) {
        String value = xml.attr("rsc");
        if (value != null) {
            unpackRscLocation(s, xml, Constraints.findResource(s, value), null, null, null);
        }
        value = xml.attr("rsc-pattern");
        if (value != null) {
            boolean invert = value.startsWith("!");
            Pattern p;
            try {
                p = Pattern.compile(invert ? value.substring(1) : value);
            } catch (RuntimeException e) {
                return;
            }
            for (WRsc r : s.ws.resources) {
                Matcher m = p.matcher(r.id);
                boolean found = m.find();
                if (!invert && found) {
                    unpackRscLocation(s, xml, r, null, null, m);
                } else if (invert && !found) {
                    unpackRscLocation(s, xml, r, null, null, null);
                }
            }
        }
    }

    private static void unpackRscLocation(Sched s, XmlElement xml, WRsc rsc, String role, String score, Matcher re) {
        if (rsc == null) {
            return;
        }
        String id = xml.attr("id");
        String node = xml.attr("node");
        String discovery = xml.attr("resource-discovery");
        if (score == null) {
            score = xml.attr("score");
        }
        Loc location = null;
        if (node != null && score != null) {
            WNode match = s.ws.findNode(node);
            if (match == null) {
                return;
            }
            location = newLocation(s, id, rsc, Values.score(score), discovery, match);
        } else {
            for (XmlElement rule : xml.children("rule")) {
                generateRule(s, rsc, rule, discovery, re);
            }
            return;
        }
        if (role == null) {
            role = xml.attr("role");
        }
        if (location != null && role != null) {
            Role r = Role.parse(role);
            if (r == Role.UNKNOWN) {
                s.locations.remove(location);
                s.rs(rsc).locations.remove(location);
                return;
            }
            location.roleFilter = (r == Role.STARTED || r == Role.UNPROMOTED) ? Role.UNKNOWN : r;
        }
    }

    private static int nodeScore(String score, boolean raw, WNode node, WRsc rsc) {
        if (score == null) {
            return 0;
        }
        if (raw) {
            return Values.score(score);
        }
        String attr = node.attrs.get(score);
        return attr == null ? -Sched.INFINITY : Values.score(attr);
    }

    private static void generateRule(Sched s, WRsc rsc, XmlElement ruleXml, String discovery, Matcher re) {
        ruleXml = s.ws.doc.expandIdRef(ruleXml);
        if (ruleXml == null) {
            return;
        }
        String ruleId = ruleXml.attr("id");
        String role = ruleXml.attr("role");
        if (role != null && Role.parse(role) == Role.UNKNOWN) {
            return;
        }
        boolean raw = true;
        String score = ruleXml.attr("score");
        if (score == null) {
            score = ruleXml.attr("score-attribute");
            if (score != null) {
                raw = false;
            }
        }
        boolean doAnd = !"or".equalsIgnoreCase(ruleXml.attr("boolean-op"));
        Loc loc = newLocation(s, ruleId, rsc, 0, discovery, null);
        if (loc == null) {
            return;
        }
        if (re != null && !raw && score != null) {
            score = Rules.expandMatches(score, re);
        }
        if (role != null) {
            loc.roleFilter = Role.parse(role);
            if (loc.roleFilter == Role.UNPROMOTED) {
                loc.roleFilter = Role.UNKNOWN;
            }
        }
        Map<String, Integer> matched = new LinkedHashMap<>();
        if (doAnd) {
            for (WNode n : s.ws.nodes) {
                matched.put(n.id, nodeScore(score, raw, n, rsc));
            }
        }
        Rules rules = new Rules(s.ws.doc);
        for (WNode n : s.ws.nodes) {
            Rules.Match match = new Rules.Match(Digests.params(s, rsc, n), rsc.meta, re);
            Rules.Context ctx = new Rules.Context(s.ws.now, n.attrs, Role.UNKNOWN, null, null, null, null, 0, match);
            boolean accept = rules.evalRule(ruleXml, ctx);
            int scoreF = nodeScore(score, raw, n, rsc);
            if (accept) {
                Integer local = matched.get(n.id);
                if (local == null && doAnd) {
                    continue;
                }
                if (local == null) {
                    local = 0;
                }
                if (!doAnd) {
                    local = Values.addScores(local, scoreF);
                }
                matched.put(n.id, local);
            } else if (doAnd) {
                matched.remove(n.id);
            }
        }
        loc.nodes = matched;
        if (matched.isEmpty()) {
            s.locations.remove(loc);
            s.rs(rsc).locations.remove(loc);
        }
    }

    /** {@code pcmk__apply_location}: the primitive method. */
    static void apply(Sched s, WRsc rsc, Loc loc) {
        boolean needRole = loc.roleFilter.isAfter(Role.UNKNOWN);
        if (needRole && loc.roleFilter != rsc.nextRole) {
            return;
        }
        for (Map.Entry<String, Integer> e : loc.nodes.entrySet()) {
            rsc.allowedNodes.merge(e.getKey(), e.getValue(), Values::addScores);
            s.raiseDiscovery(rsc, e.getKey(), loc.discover);
        }
        if (loc.discover == Loc.Discover.EXCLUSIVE) {
            rsc.exclusiveDiscover = true;
        }
    }

    /** {@code pcmk__apply_locations}. */
    static void applyAll(Sched s) {
        for (Loc loc : s.locations) {
            Resources.applyLocation(s, loc.rsc, loc);
        }
    }
}

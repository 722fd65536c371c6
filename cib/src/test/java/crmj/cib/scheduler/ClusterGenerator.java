package crmj.cib.scheduler;

import crmj.cib.scheduler.RandomCluster.Item;
import crmj.cib.scheduler.RandomCluster.Item.Kind;
import crmj.cib.scheduler.RandomCluster.Score;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Draws a {@link RandomCluster} from a seeded random source. */
final class ClusterGenerator {
    private static final String[] MONITOR = {"10s", "10000ms"};
    private final Random r;
    private final long seed;
    private final List<String> nodes = new ArrayList<>();
    private final List<Item> resources = new ArrayList<>();
    private final List<Item> constraints = new ArrayList<>();
    private final List<Score> scores = new ArrayList<>();
    /** Whether this cluster writes roles the old way (Master/Slave) or the new (Promoted/Unpromoted). */
    private final boolean oldRoles;

    ClusterGenerator(Random r, long seed) {
        this.r = r;
        this.seed = seed;
        this.oldRoles = r.nextBoolean();
    }

    RandomCluster cluster() {
        int n = 2 + r.nextInt(4);
        for (int i = 1; i <= n; i++) {
            nodes.add("node" + i);
        }
        int count = 2 + r.nextInt(5);
        for (int i = 1; i <= count; i++) {
            resources.add(resource(i));
        }
        int c = r.nextInt(7);
        for (int i = 1; i <= c; i++) {
            constraint(i);
        }
        String stickiness = switch (r.nextInt(4)) {
            case 0 -> "";
            case 1 -> "INFINITY";
            default -> Integer.toString(r.nextInt(201));
        };
        return new RandomCluster(seed, nodes, resources, constraints, scores, stickiness, perturbations());
    }

    private Item resource(int i) {
        int k = r.nextInt(100);
        if (k < 35) {
            return new Item("rsc" + i, "      " + primitive("rsc" + i, "Dummy", meta("rsc" + i, stickinessMeta()))
                    + "\n", Set.of(), Kind.PRIMITIVE, "rsc" + i);
        } else if (k < 55) {
            return group(i);
        } else if (k < 75) {
            return clone(i);
        }
        return promotable(i);
    }

    private Item group(int i) {
        String id = "grp" + i;
        StringBuilder s = new StringBuilder("      <group id=\"" + id + "\">\n");
        s.append(meta(id, stickinessMeta()));
        int members = 2 + r.nextInt(2);
        for (int m = 1; m <= members; m++) {
            s.append("        ").append(primitive(id + "-" + (char) ('a' + m - 1), "Dummy", "")).append('\n');
        }
        return new Item(id, s.append("      </group>\n").toString(), Set.of(), Kind.GROUP, id + "-a");
    }

    private Item clone(int i) {
        String id = "cln" + i;
        List<String> meta = new ArrayList<>();
        if (r.nextBoolean()) {
            meta.add(nv("clone-max", Integer.toString(1 + r.nextInt(nodes.size() + 1))));
        }
        if (r.nextInt(4) == 0) {
            meta.add(nv("clone-node-max", Integer.toString(1 + r.nextInt(2))));
        }
        if (r.nextInt(3) == 0) {
            meta.add(nv("interleave", r.nextBoolean() ? "true" : "false"));
        }
        String xml = "      <clone id=\"" + id + "\">\n" + meta(id, meta) + "        "
                + primitive("c" + i, "Dummy", "") + "\n      </clone>\n";
        return new Item(id, xml, Set.of(), Kind.CLONE, "c" + i);
    }

    private Item promotable(int i) {
        String id = "ms" + i;
        String prim = "st" + i;
        boolean msForm = r.nextBoolean();
        List<String> meta = new ArrayList<>();
        if (!msForm) {
            meta.add(nv("promotable", "true"));
        }
        if (r.nextInt(4) == 0) {
            meta.add(nv(msForm ? "master-max" : "promoted-max", "2"));
        }
        if (r.nextInt(3) == 0) {
            meta.add(nv("clone-max", Integer.toString(1 + r.nextInt(nodes.size()))));
        }
        if (r.nextInt(3) == 0) {
            meta.add(nv("interleave", "true"));
        }
        String tag = msForm ? "master" : "clone";
        String xml = "      <" + tag + " id=\"" + id + "\">\n" + meta(id, meta) + "        "
                + primitive(prim, "Stateful", "") + "\n      </" + tag + ">\n";
        promotionScores(id, prim);
        return new Item(id, xml, Set.of(), Kind.PROMOTABLE, prim);
    }

    /** Promotion scores as transient attributes, role-based location rules, or both. */
    private void promotionScores(String id, String prim) {
        int how = r.nextInt(3);
        if (how != 1) {
            for (String node : nodes) {
                if (r.nextInt(4) != 0) {
                    int[] values = {0, 5, 10, 100, r.nextInt(50)};
                    scores.add(new Score(node, prim, id, values[r.nextInt(values.length)]));
                }
            }
        }
        if (how != 0) {
            String node = pick(nodes);
            String lid = "loc-" + id + "-promote";
            constraints.add(new Item(lid, "      <rsc_location id=\"" + lid + "\" rsc=\"" + id + "\">\n"
                    + "        <rule id=\"" + lid + "-rule\" role=\"" + role(true) + "\" score=\"" + score() + "\">\n"
                    + "          <expression id=\"" + lid + "-expr\" attribute=\"#uname\" operation=\"eq\" value=\""
                    + node + "\"/>\n        </rule>\n      </rsc_location>\n", Set.of(id), Kind.CONSTRAINT, ""));
        }
    }

    private void constraint(int i) {
        if (resources.size() < 2) {
            return;
        }
        int a = r.nextInt(resources.size());
        int b = r.nextInt(resources.size() - 1);
        b = b >= a ? b + 1 : b;
        // colocations and orders only point one way (no loops): "then"/dependent is the later resource
        Item first = resources.get(Math.min(a, b));
        Item then = resources.get(Math.max(a, b));
        String id;
        String xml;
        switch (r.nextInt(3)) {
            case 0 -> {
                id = "loc" + i;
                xml = "      <rsc_location id=\"" + id + "\" rsc=\"" + first.id() + "\" node=\"" + pick(nodes)
                        + "\" score=\"" + score() + "\"" + roleAttr("role", first) + "/>\n";
                constraints.add(new Item(id, xml, Set.of(first.id()), Kind.CONSTRAINT, ""));
                return;
            }
            case 1 -> {
                id = "col" + i;
                xml = "      <rsc_colocation id=\"" + id + "\" rsc=\"" + then.id() + "\" with-rsc=\"" + first.id()
                        + "\" score=\"" + score() + "\"" + roleAttr("rsc-role", then)
                        + roleAttr("with-rsc-role", first) + "/>\n";
            }
            default -> {
                id = "ord" + i;
                String kind = switch (r.nextInt(4)) {
                    case 0 -> " kind=\"Optional\"";
                    case 1 -> " score=\"" + (r.nextBoolean() ? "0" : "INFINITY") + "\"";
                    default -> " kind=\"Mandatory\"";
                };
                xml = "      <rsc_order id=\"" + id + "\" first=\"" + first.id() + "\" then=\"" + then.id() + "\""
                        + kind + action("first-action", first) + action("then-action", then)
                        + (r.nextInt(5) == 0 ? " symmetrical=\"false\"" : "") + "/>\n";
            }
        }
        constraints.add(new Item(id, xml, Set.of(first.id(), then.id()), Kind.CONSTRAINT, ""));
    }

    private List<Perturbation> perturbations() {
        List<Perturbation> out = new ArrayList<>();
        int count = 1 + r.nextInt(2);
        for (int i = 0; i < count; i++) {
            Item res = pick(resources);
            String node = nodeTarget();
            Perturbation p = switch (r.nextInt(5)) {
                case 0 -> new Perturbation(Perturbation.Kind.STANDBY_TRANSIENT, node, "on", 0);
                case 1 -> new Perturbation(Perturbation.Kind.STANDBY_INSTANCE, node, "on", 0);
                case 2 -> new Perturbation(Perturbation.Kind.NODE_DOWN, node, "", 0);
                case 3 -> new Perturbation(Perturbation.Kind.MONITOR_FAILURE, res.id(), r.nextBoolean() ? "1" : "7",
                        r.nextInt(8));
                default -> new Perturbation(Perturbation.Kind.TARGET_ROLE, res.id(), targetRole(res), 0);
            };
            out.add(p);
        }
        return out;
    }

    /** A node, or (half the time when there is a promotable clone) the node a promoted instance runs on. */
    private String nodeTarget() {
        boolean promotable = resources.stream().anyMatch(x -> x.kind() == Kind.PROMOTABLE);
        return promotable && r.nextBoolean() ? Perturbation.PROMOTED_NODE : pick(nodes);
    }

    private String targetRole(Item res) {
        if (res.kind() == Kind.PROMOTABLE) {
            String[] roles = {"Stopped", "Started", oldRoles ? "Slave" : "Unpromoted", oldRoles ? "Master" : "Promoted"};
            return roles[r.nextInt(roles.length)];
        }
        return r.nextInt(3) == 0 ? "Started" : "Stopped";
    }

    private String primitive(String id, String type, String meta) {
        boolean monitor = r.nextInt(5) != 0;
        String ops = "";
        if (monitor && type.equals("Stateful")) {
            ops = "<operations><op id=\"" + id + "-monitor-promoted\" name=\"monitor\" interval=\"10s\" role=\""
                    + role(true) + "\"/><op id=\"" + id + "-monitor-unpromoted\" name=\"monitor\" interval=\"11s\" "
                    + "role=\"" + role(false) + "\"/></operations>";
        } else if (monitor) {
            ops = "<operations><op id=\"" + id + "-monitor\" name=\"monitor\" interval=\"" + pick(MONITOR)
                    + "\"/></operations>";
        }
        return "<primitive id=\"" + id + "\" class=\"ocf\" provider=\"pacemaker\" type=\"" + type + "\">" + meta
                + ops + "</primitive>";
    }

    private List<String> stickinessMeta() {
        return r.nextInt(6) == 0 ? List.of(nv("resource-stickiness", Integer.toString(r.nextInt(300))))
                : List.of();
    }

    /** {@code <nvpair>} text without its id (ids are given when the set is written). */
    private static String nv(String name, String value) {
        return name + "=" + value;
    }

    private static String meta(String owner, List<String> pairs) {
        if (pairs.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("<meta_attributes id=\"" + owner + "-meta\">");
        for (String p : pairs) {
            String[] f = p.split("=", 2);
            s.append("<nvpair id=\"").append(owner).append("-meta-").append(f[0]).append("\" name=\"").append(f[0])
                    .append("\" value=\"").append(f[1]).append("\"/>");
        }
        return s.append("</meta_attributes>").toString();
    }

    private String roleAttr(String name, Item res) {
        if (res.kind() != Kind.PROMOTABLE || r.nextInt(3) == 0) {
            return "";
        }
        String[] roles = {role(true), role(false), "Started"};
        return " " + name + "=\"" + roles[r.nextInt(roles.length)] + "\"";
    }

    private String action(String name, Item res) {
        if (res.kind() != Kind.PROMOTABLE || r.nextInt(2) == 0) {
            return "";
        }
        String[] actions = {"promote", "demote", "start", "stop"};
        return " " + name + "=\"" + actions[r.nextInt(actions.length)] + "\"";
    }

    private String role(boolean promoted) {
        if (oldRoles) {
            return promoted ? "Master" : "Slave";
        }
        return promoted ? "Promoted" : "Unpromoted";
    }

    private String score() {
        return switch (r.nextInt(6)) {
            case 0 -> "INFINITY";
            case 1 -> "-INFINITY";
            case 2 -> "0";
            default -> Integer.toString(r.nextInt(201) - 100);
        };
    }

    private <T> T pick(List<T> items) {
        return items.get(r.nextInt(items.size()));
    }

    private String pick(String[] items) {
        return items[r.nextInt(items.length)];
    }
}

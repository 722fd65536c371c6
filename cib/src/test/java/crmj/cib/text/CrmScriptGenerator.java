package crmj.cib.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a random but valid crm configure script from a seed (plain {@link Random}, so a seed always
 * gives the same script). The scripts stay within what crmsh's {@code show} prints losslessly; every
 * construct that {@code show} cannot give back is left out on purpose (see {@link RoundTripTest}).
 *
 * <p>Each {@link Construct} can be switched off, so that a construct crmj gets wrong can be kept out of
 * the green round trip while a separate case shows it still failing.
 */
final class CrmScriptGenerator {

    /** Constructs that can be switched off one by one. */
    enum Construct {
        /**
         * Set forms that show marks with {@code _rsc_set_}: a last plain set with at most two resources in all,
         * or a single resource of an rsc_ticket in a set.
         */
        SHORT_PLAIN_SET,
        /** A {@code ]} inside a bare word ({@code pattern:node[12]}). */
        BRACKET_IN_WORD,
        /**
         * fencing_topology with {@code pattern:}/{@code attr:} targets, as many targets as nodes and the same
         * devices everywhere (crmsh's compact form would lose the targets, so crmsh shows the xml form).
         */
        COMPACT_FENCING_OF_PATTERNS,
    }

    private static final String[] AGENTS = {"Dummy", "ocf:heartbeat:Dummy", "ocf:pacemaker:Dummy", "IPaddr2",
        "ocf:heartbeat:IPaddr2", "Filesystem", "ocf:heartbeat:Filesystem", "ocf:pacemaker:Stateful",
        "stonith:null"};
    private static final String[] META_NAMES = {"target-role", "is-managed", "resource-stickiness",
        "migration-threshold", "priority", "failure-timeout", "allow-migrate", "multiple-active"};
    private static final String[] OP_NAMES = {"start", "stop", "monitor", "promote", "demote", "notify",
        "reload", "migrate_to"};
    private static final String[] INTERVALS = {"0", "0s", "10", "10s", "20s", "1min", "5m", "30s", "60"};
    private static final String[] ROLES = {"Started", "Stopped", "Promoted", "Unpromoted", "Master", "Slave"};
    private static final String[] ACTIONS = {"start", "stop", "promote", "demote"};
    private static final String[] PLAIN_VALUES = {"1", "100", "true", "false", "abc", "x_y", "a.b", "10s",
        "-5", "eth0", "ext4", "Started", "some-thing"};
    private static final String[] ODD_VALUES = {"/tmp/x", "a b", "a=b", "foo,bar", "a:b", "x'y", "say \"hi\"",
        "", "$HOME", "a<b>&c", "#x", "*", "pcmk:http", "10.0.0.1/24", "noatime,nodiratime", "two  spaces"};
    private static final String[] EXPR_ATTRIBUTES = {"#uname", "#kind", "#id", "pingd", "site", "rack",
        "#cluster-name", "ram_gb"};
    private static final String[] BINARY_OPS = {"lt", "gt", "lte", "gte", "eq", "ne"};
    private static final String[] DATES = {"2020-01-01", "2030-12-31", "2024-02-29T12:00:00", "2025-06-01 10:00"};
    private static final String[] DATE_KEYS = {"hours", "monthdays", "weekdays", "yearsdays", "months", "weeks",
        "years", "weekyears", "moon"};

    private final Random rnd;
    private final Set<Construct> enabled;
    private final List<String> lines = new ArrayList<>();

    private final List<String> nodes = new ArrayList<>();
    private final List<String> templates = new ArrayList<>();
    private final List<String> primitives = new ArrayList<>();
    private final List<String> stonith = new ArrayList<>();
    /** Primitives that are not yet inside a group, clone or bundle. */
    private final List<String> free = new ArrayList<>();
    /** Groups not yet inside a clone. */
    private final List<String> freeGroups = new ArrayList<>();
    /** Everything a constraint may name. */
    private final List<String> resources = new ArrayList<>();
    private final List<String> roles = new ArrayList<>();
    /** Resources with {@code operations $id=}: their ops get that prefix when re-parsed, not monitor's. */
    private final List<String> withOperationsId = new ArrayList<>();
    private int constraints;

    private CrmScriptGenerator(long seed, Set<Construct> enabled) {
        this.rnd = new Random(seed);
        this.enabled = enabled.isEmpty() ? EnumSet.noneOf(Construct.class) : EnumSet.copyOf(enabled);
    }

    /** The script for a seed, with the given constructs switched on. */
    static String generate(long seed, Set<Construct> enabled) {
        return new CrmScriptGenerator(seed, enabled).script();
    }

    /**
     * Primitives always, and a few of the other parts of the language (so scripts stay short and the suite
     * fast, while many seeds cover every part in many combinations). Parts come in a fixed order, the order
     * their references need.
     */
    private String script() {
        List<Runnable> parts = List.of(this::nodes, this::templates, this::primitives, this::monitors,
                this::bundles, this::groups, this::clones, this::tags, this::constraints, this::fencing,
                this::propertySets, this::acls, this::alerts);
        Set<Integer> chosen = new TreeSet<>(List.of(2));
        int n = 1 + rnd.nextInt(5);
        while (chosen.size() < n + 1) {
            chosen.add(rnd.nextInt(parts.size()));
        }
        if (chosen.contains(9)) {
            // fencing targets are nodes
            chosen.add(0);
        }
        for (int i : chosen) {
            parts.get(i).run();
        }
        return String.join("\n", lines) + "\n";
    }

    private void constraints() {
        int n = 1 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            switch (rnd.nextInt(4)) {
                case 0 -> location();
                case 1 -> colocation();
                case 2 -> order();
                default -> ticket();
            }
        }
    }

    // ------------------------------------------------------------------ nodes

    /** Nodes, written in the order show sorts them (a fencing_topology without targets follows node order). */
    private void nodes() {
        int n = rnd.nextInt(5);
        List<String[]> defs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String uname = chance(10) ? Integer.toString(200 + i) : "node" + i;
            String id;
            String head;
            switch (rnd.nextInt(4)) {
                case 0 -> {
                    id = Integer.toString(100 + i);
                    head = "node " + id + ": " + uname;
                }
                case 1 -> {
                    id = "nid" + i;
                    head = "node $id=" + id + " " + uname;
                }
                default -> {
                    id = uname;
                    head = "node " + uname;
                }
            }
            StringBuilder sb = new StringBuilder(head);
            if (chance(20)) {
                sb.append(':').append(pick("member", "remote"));
            }
            sb.append(description());
            if (chance(60)) {
                sb.append(chance(50) ? " " : " attributes ").append(pairs(1 + rnd.nextInt(3),
                        "standby", "rack", "site", "ram_gb", "foo", "bar"));
            }
            if (chance(40)) {
                sb.append(" utilization ").append(pairs(1 + rnd.nextInt(2), "cpu", "memory"));
            }
            if (chance(15)) {
                sb.append(" attributes ").append(pairs(1, "zone"));
            }
            defs.add(new String[] {id, uname, sb.toString()});
        }
        defs.sort((a, b) -> a[0].compareTo(b[0]));
        for (String[] d : defs) {
            nodes.add(d[1]);
            lines.add(d[2]);
        }
    }

    // ------------------------------------------------------------------ resources

    private void templates() {
        int n = rnd.nextInt(3);
        for (int i = 1; i <= n; i++) {
            String id = "tpl" + i;
            String agent = pick(AGENTS);
            lines.add("rsc_template " + id + " " + agent + description() + resourceBody(id, agent));
            templates.add(id);
        }
    }

    private void primitives() {
        int n = 2 + rnd.nextInt(3);
        for (int i = 1; i <= n; i++) {
            String id = "p" + i;
            String agent;
            String spec;
            if (!templates.isEmpty() && chance(20)) {
                agent = "Dummy";
                spec = "@" + pick(templates);
            } else {
                agent = pick(AGENTS);
                spec = agent;
            }
            lines.add("primitive " + id + " " + spec + description() + resourceBody(id, agent));
            primitives.add(id);
            if (agent.startsWith("stonith:")) {
                stonith.add(id);
            } else {
                free.add(id);
            }
            resources.add(id);
        }
    }

    /**
     * {@code monitor RSC[:ROLE] INTERVAL[:TIMEOUT]}, not on a primitive with {@code operations $id=}: crmsh
     * names the new op after the primitive, a re-parse of show after the operations id (lossy in crmsh too).
     */
    private void monitors() {
        List<String> candidates = new ArrayList<>(primitives);
        candidates.removeAll(withOperationsId);
        if (candidates.isEmpty()) {
            return;
        }
        String p = pick(candidates);
        String role = chance(30) ? ":" + pick(ROLES) : "";
        String timeout = chance(50) ? ":" + pick("20s", "30", "1min") : "";
        lines.add("monitor " + p + role + " 1234s" + timeout);
    }

    /**
     * The clauses after a resource's head: an optional implicit params list, then params/meta/utilization
     * sets and one run of ops (crmsh puts all ops in one {@code <operations>}; ops split by another clause
     * would make two, which the schema rejects).
     */
    private String resourceBody(String id, String agent) {
        StringBuilder sb = new StringBuilder();
        if (chance(30)) {
            sb.append(' ').append(pairs(1 + rnd.nextInt(2), paramNames(agent)));
        }
        List<String> clauses = new ArrayList<>();
        int sets = rnd.nextInt(4);
        for (int i = 0; i < sets; i++) {
            switch (rnd.nextInt(3)) {
                case 0 -> clauses.add("params " + attrList(paramNames(agent)));
                case 1 -> clauses.add("meta " + attrList(META_NAMES));
                default -> clauses.add("utilization " + attrList("cpu", "memory"));
            }
        }
        if (chance(60)) {
            StringBuilder ops = new StringBuilder();
            if (chance(15)) {
                ops.append("operations $id=").append(id).append("-ops ");
                withOperationsId.add(id);
            }
            List<String> used = new ArrayList<>();
            int n = 1 + rnd.nextInt(3);
            for (int i = 0; i < n; i++) {
                String op = operation(used);
                if (op != null) {
                    ops.append(op).append(' ');
                }
            }
            clauses.add(rnd.nextInt(clauses.size() + 1), ops.toString().trim());
        }
        for (String c : clauses) {
            if (!c.isEmpty()) {
                sb.append(chance(50) ? " \\\n\t" : " ").append(c);
            }
        }
        return sb.toString();
    }

    private String[] paramNames(String agent) {
        if (agent.contains("IPaddr2")) {
            return new String[] {"ip", "cidr_netmask", "nic"};
        } else if (agent.contains("Filesystem")) {
            return new String[] {"device", "directory", "fstype", "options"};
        } else if (agent.contains("Stateful")) {
            return new String[] {"state", "envfile"};
        } else if (agent.startsWith("stonith")) {
            return new String[] {"hostlist"};
        } else if (agent.equals("ocf:pacemaker:Dummy")) {
            return new String[] {"fake", "state", "op_sleep", "envfile"};
        }
        return new String[] {"fake", "state"};
    }

    /** {@code op NAME attrs... [instance attrs...] [op_params ...] [op_meta ...]}, unique by name and interval. */
    private String operation(List<String> used) {
        String name = pick(OP_NAMES);
        List<String> attrs = new ArrayList<>();
        String interval = null;
        if (name.equals("monitor") || chance(50)) {
            interval = pick(INTERVALS);
            attrs.add("interval=" + interval);
        }
        String key = name + "-" + (interval == null ? "0" : interval);
        if (used.contains(key)) {
            return null;
        }
        used.add(key);
        if (chance(60)) {
            attrs.add("timeout=" + pick("20s", "30", "60s", "2min"));
        }
        if (chance(20)) {
            attrs.add("on-fail=" + pick("restart", "ignore", "block", "stop", "standby"));
        }
        if (chance(20)) {
            attrs.add("role=" + pick(ROLES));
        }
        if (chance(10)) {
            attrs.add("start-delay=" + pick("5s", "0"));
        } else if (chance(5)) {
            attrs.add("interval-origin=" + value("2020-01-01T00:00:00"));
        }
        if (chance(10)) {
            attrs.add("enabled=" + pick("true", "false"));
        }
        if (chance(10)) {
            attrs.add("record-pending=" + pick("true", "false"));
        }
        Collections.shuffle(attrs, rnd);
        StringBuilder sb = new StringBuilder("op ").append(name);
        attrs.forEach(a -> sb.append(' ').append(a));
        if (interval != null && chance(20)) {
            // crmsh appends the missing interval after them and then refuses its own attribute order
            sb.append(' ').append(pairs(1, "depth", "OCF_CHECK_LEVEL"));
        }
        int sets = chance(70) ? 0 : 1 + rnd.nextInt(2);
        for (int i = 0; i < sets; i++) {
            sb.append(chance(50) ? " op_params " + attrList("OCF_CHECK_LEVEL", "depth")
                    : " op_meta " + attrList("record-pending", "foo"));
        }
        return sb.toString();
    }

    private void bundles() {
        int n = 1 + rnd.nextInt(2);
        for (int i = 1; i <= n; i++) {
            String id = "b" + i;
            List<String> parts = new ArrayList<>();
            StringBuilder docker = new StringBuilder("docker image=").append(value("pcmk:http"));
            if (chance(60)) {
                docker.append(" replicas=").append(1 + rnd.nextInt(3));
            }
            if (chance(40)) {
                docker.append(" run-command=").append(value("/usr/sbin/pcmk -f"));
            }
            if (chance(30)) {
                docker.append(" network=host");
            }
            parts.add(docker.toString());
            if (chance(60)) {
                StringBuilder net = new StringBuilder("network");
                if (chance(70)) {
                    net.append(" ip-range-start=10.0.").append(i).append(".1");
                }
                int mappings = rnd.nextInt(3);
                for (int m = 1; m <= mappings; m++) {
                    net.append(" port-mapping id=").append(id).append("-port").append(m).append(" port=")
                            .append(80 + m);
                    if (chance(40)) {
                        net.append(" internal-port=").append(8080 + m);
                    }
                }
                parts.add(net.toString());
            }
            if (chance(50)) {
                StringBuilder st = new StringBuilder("storage");
                int mappings = 1 + rnd.nextInt(2);
                for (int m = 1; m <= mappings; m++) {
                    st.append(" storage-mapping id=").append(id).append("-st").append(m)
                            .append(" source-dir=").append(value("/srv/" + m)).append(" target-dir=/data")
                            .append(m).append(" options=rw");
                }
                parts.add(st.toString());
            }
            if (chance(50)) {
                parts.add("meta " + attrList("target-role", "priority"));
            }
            Collections.shuffle(parts.subList(1, parts.size()), rnd);
            String child = "";
            if (!free.isEmpty() && chance(70)) {
                String p = free.remove(rnd.nextInt(free.size()));
                child = " primitive " + p;
            }
            lines.add("bundle " + id + description() + " " + String.join(" ", parts) + child);
            resources.add(id);
        }
    }

    private void groups() {
        int n = rnd.nextInt(3);
        for (int i = 1; i <= n && !free.isEmpty(); i++) {
            String id = "g" + i;
            int members = 1 + rnd.nextInt(Math.min(3, free.size()));
            List<String> list = new ArrayList<>();
            for (int m = 0; m < members; m++) {
                list.add(free.remove(rnd.nextInt(free.size())));
            }
            lines.add("group " + id + " " + String.join(" ", list) + description() + containerSets());
            freeGroups.add(id);
            resources.add(id);
        }
    }

    private void clones() {
        int n = rnd.nextInt(4);
        for (int i = 1; i <= n; i++) {
            String child;
            if (!freeGroups.isEmpty() && chance(30)) {
                child = freeGroups.remove(rnd.nextInt(freeGroups.size()));
            } else if (!free.isEmpty()) {
                child = free.remove(rnd.nextInt(free.size()));
            } else {
                return;
            }
            String id;
            String keyword;
            switch (rnd.nextInt(4)) {
                case 0 -> {
                    keyword = chance(70) ? "ms" : "master";
                    id = "ms" + i;
                }
                case 1 -> {
                    keyword = "clone";
                    id = "pc" + i;
                }
                default -> {
                    keyword = "clone";
                    id = "cl" + i;
                }
            }
            String sets = containerSets();
            if (id.startsWith("pc")) {
                sets += " meta promotable=true" + (chance(50) ? " promoted-max=1" : "");
            }
            lines.add(keyword + " " + id + " " + child + description() + sets);
            resources.add(id);
        }
    }

    private String containerSets() {
        StringBuilder sb = new StringBuilder();
        int n = rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            if (chance(75)) {
                sb.append(" meta ").append(attrList("target-role", "clone-max", "notify", "interleave",
                        "ordered", "is-managed"));
            } else {
                sb.append(" params ").append(attrList("foo", "bar"));
            }
        }
        return sb.toString();
    }

    private void tags() {
        int n = 1 + rnd.nextInt(2);
        for (int i = 1; i <= n; i++) {
            List<String> refs = distinct(resources, 1 + rnd.nextInt(3));
            lines.add("tag t" + i + (chance(50) ? ": " : " ") + String.join(" ", refs));
        }
    }

    // ------------------------------------------------------------------ constraints

    private void location() {
        String id = "loc" + ++constraints;
        StringBuilder sb = new StringBuilder("location ").append(id).append(' ');
        int form = rnd.nextInt(10);
        if (form == 0) {
            sb.append(pick("/p[0-9]+/", "/g.*/", "/^cl/"));
        } else if (form == 1) {
            sb.append("{ ").append(String.join(" ", sets("role", 0))).append(" }");
        } else {
            sb.append(pick(resources));
        }
        if (chance(25)) {
            sb.append(" role=").append(pick(ROLES));
        }
        if (chance(20)) {
            sb.append(" resource-discovery=").append(pick("always", "never", "exclusive"));
        }
        if (chance(50) && !nodes.isEmpty()) {
            sb.append(' ').append(score(false)).append(": ").append(pick(nodes));
        } else if (chance(20)) {
            sb.append(' ').append(score(false)).append(": ").append("elsewhere");
        } else {
            int rules = 1 + rnd.nextInt(3);
            for (int i = 0; i < rules; i++) {
                sb.append(chance(50) ? " \\\n\t" : " ").append(rule());
            }
        }
        lines.add(sb.toString());
    }

    private void colocation() {
        String id = "col" + ++constraints;
        StringBuilder sb = new StringBuilder("colocation ").append(id).append(' ').append(score(false))
                .append(": ");
        if (chance(50) && resources.size() >= 2) {
            List<String> two = distinct(resources, 2);
            sb.append(qualified(two.get(0), "role")).append(' ').append(qualified(two.get(1), "role"));
            if (chance(20)) {
                sb.append(" node-attribute=").append(pick("rack", "site", "Zone"));
            }
        } else {
            sb.append(String.join(" ", sets("role", 2)));
        }
        lines.add(sb.toString());
    }

    private void order() {
        String id = "ord" + ++constraints;
        StringBuilder sb = new StringBuilder("order ").append(id).append(' ');
        if (chance(80)) {
            sb.append(pick("Mandatory", "Optional", "Serialize", "mandatory", "inf", "0", "100", "-inf",
                    "+INFINITY")).append(": ");
        }
        if (chance(50) && resources.size() >= 2) {
            List<String> two = distinct(resources, 2);
            sb.append(qualified(two.get(0), "action")).append(' ').append(qualified(two.get(1), "action"));
        } else {
            sb.append(String.join(" ", sets("action", 2)));
        }
        if (chance(25)) {
            sb.append(" symmetrical=").append(pick("true", "false", "yes", "no", "on", "off"));
        }
        lines.add(sb.toString());
    }

    private void ticket() {
        String id = "tk" + ++constraints;
        StringBuilder sb = new StringBuilder("rsc_ticket ").append(id).append(' ')
                .append(pick("ticketA", "ticketB", "T1")).append(": ");
        if (chance(50)) {
            sb.append(qualified(pick(resources), "role"));
        } else {
            sb.append(String.join(" ", sets("role", 1)));
        }
        if (chance(40)) {
            sb.append(" loss-policy=").append(pick("stop", "demote", "fence", "freeze"));
        }
        lines.add(sb.toString());
    }

    private String qualified(String rsc, String qualifier) {
        if (!chance(40)) {
            return rsc;
        }
        return rsc + ":" + (qualifier.equals("role") ? pick(ROLES) : pick(ACTIONS));
    }

    /**
     * Resource-set items: plain runs (one role/action each; neighbours differ so they stay separate sets),
     * {@code ( ... )} and {@code [ ... ]} sets, sometimes with {@code sequential=}/{@code require-all=} inside
     * brackets. {@code simpleCount} is how many resources the simple form takes (2, or 1 for rsc_ticket; 0 for
     * location, whose sets are always in braces): a set form ending in a plain run of at most that many
     * resources is what show marks with {@code _rsc_set_}.
     */
    private List<String> sets(String qualifier, int simpleCount) {
        List<String> pool = new ArrayList<>(resources);
        Collections.shuffle(pool, rnd);
        if (simpleCount > 0 && enabled.contains(Construct.SHORT_PLAIN_SET) && chance(30)) {
            // the shortest forms that show marks with _rsc_set_
            return simpleCount == 1 ? List.of("(", pool.get(0), ")") : List.of("(", pool.get(0), ")", pool.get(1));
        }
        List<Integer> kinds = new ArrayList<>();
        List<List<String>> runs = new ArrayList<>();
        String previousPlain = null;
        int total = 0;
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n && !pool.isEmpty(); i++) {
            int kind = rnd.nextInt(3);
            int size = Math.min(pool.size(), 1 + rnd.nextInt(3));
            String q = chance(35) ? (qualifier.equals("role") ? pick(ROLES) : pick(ACTIONS)) : "";
            if (kind == 0 && q.equals(previousPlain)) {
                q = q.isEmpty() ? (qualifier.equals("role") ? "Started" : "start") : "";
            }
            List<String> refs = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                String r = pool.remove(0);
                refs.add(q.isEmpty() ? r : r + ":" + q);
            }
            total += size;
            kinds.add(kind);
            runs.add(refs);
            previousPlain = kind == 0 ? q : null;
        }
        // crmsh's rule for the _rsc_set_ marker: a ticket with one resource in sets, or another constraint
        // whose last set is plain with at most two resources in all
        boolean ticket = simpleCount == 1;
        boolean lastPlain = kinds.get(kinds.size() - 1) == 0;
        boolean marker = simpleCount > 0 && (ticket ? total <= 1 : lastPlain && total <= 2);
        if (marker && !enabled.contains(Construct.SHORT_PLAIN_SET)) {
            if (ticket) {
                List<String> last = runs.get(runs.size() - 1);
                String q = last.get(0).contains(":") ? last.get(0).substring(last.get(0).indexOf(':')) : "";
                last.add(pool.remove(0) + q);
            } else {
                // a bracketed last set needs no marker
                kinds.set(kinds.size() - 1, 1);
            }
            marker = false;
        }
        List<String> items = new ArrayList<>();
        if (marker && kinds.stream().allMatch(k -> k == 0)) {
            // without brackets the input needs the marker itself, or it would be the simple form; with
            // brackets it is left to show to add it
            items.add("_rsc_set_");
        }
        for (int i = 0; i < runs.size(); i++) {
            int kind = kinds.get(i);
            if (kind == 0) {
                items.addAll(runs.get(i));
                continue;
            }
            items.add(kind == 1 ? "(" : "[");
            items.addAll(runs.get(i));
            if (chance(20)) {
                items.add(kind == 1 ? "require-all=false" : "sequential=true");
            }
            items.add(kind == 1 ? ")" : "]");
        }
        return items;
    }

    /**
     * A score in every spelling; {@code attribute} allows a score-attribute name as well (only rules may have
     * one in pacemaker-3.9).
     */
    private String score(boolean attribute) {
        return switch (rnd.nextInt(attribute ? 12 : 11)) {
            case 0 -> "inf";
            case 1 -> "-inf";
            case 2 -> "+inf";
            case 3 -> "INFINITY";
            case 4 -> "-INFINITY";
            case 5 -> "100";
            case 6 -> "-50";
            case 7 -> "0";
            case 8 -> "mandatory";
            case 9 -> "advisory";
            case 10 -> "+25";
            default -> "pingd";
        };
    }

    // ------------------------------------------------------------------ rules

    /** {@code rule [$role=R] [SCORE:] EXPR [and|or EXPR]...}, one boolean operator per rule. */
    private String rule() {
        StringBuilder sb = new StringBuilder("rule");
        if (chance(20)) {
            sb.append(chance(50) ? " $role=" : " role=").append(pick(ROLES));
        }
        if (chance(75)) {
            sb.append(' ').append(score(true)).append(':');
        }
        int n = 1 + rnd.nextInt(3);
        String op = pick("and", "or");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(' ').append(op);
            }
            sb.append(' ').append(expression());
        }
        return sb.toString();
    }

    private String expression() {
        switch (rnd.nextInt(6)) {
            case 0:
                return pick("defined", "not_defined") + " " + pick(EXPR_ATTRIBUTES);
            case 1:
                return date();
            default:
                String attr = pick(EXPR_ATTRIBUTES);
                String op = pick(BINARY_OPS);
                String type = chance(30) ? pick("number", "version", "integer") + ":" : "";
                String value;
                if (attr.equals("#uname") && !nodes.isEmpty()) {
                    value = pick(nodes);
                } else if (chance(15)) {
                    value = pick("param", "meta") + "{" + pick("fake", "state", "rack") + "}";
                } else {
                    value = pick("1", "5", "0", "-3", "node1", "rack1", "1.2.3", "yes");
                }
                return attr + " " + type + op + " " + value;
        }
    }

    private String date() {
        switch (rnd.nextInt(5)) {
            case 0:
                return "date lt " + value(pick(DATES));
            case 1:
                return "date gt " + value(pick(DATES));
            case 2:
                return "date " + pick("in", "in_range") + " start=" + value(pick(DATES)) + " end="
                        + value(pick(DATES));
            case 3:
                return "date " + pick("in", "in_range") + " start=" + value(pick(DATES)) + " "
                        + dateKeys(1 + rnd.nextInt(2));
            default:
                return "date " + pick("spec", "date_spec") + " " + dateKeys(1 + rnd.nextInt(3));
        }
    }

    private String dateKeys(int n) {
        List<String> keys = distinct(List.of(DATE_KEYS), n);
        StringBuilder sb = new StringBuilder();
        for (String k : keys) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(k).append('=').append(pick("1", "9-16", "1-5", "2", "0"));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ others

    /**
     * fencing_topology: no target at all (every device list for every node), or node, {@code pattern:} and
     * {@code attr:} targets, each named once with one or two levels.
     */
    private void fencing() {
        List<String> devices = stonith.isEmpty() ? List.of("st1", "st2") : stonith;
        StringBuilder sb = new StringBuilder("fencing_topology");
        if (chance(25)) {
            int levels = 1 + rnd.nextInt(2);
            for (int i = 0; i < levels; i++) {
                sb.append(' ').append(deviceList(devices));
            }
            lines.add(sb.toString());
            return;
        }
        List<String> targets = new ArrayList<>();
        for (String node : distinct(nodes, rnd.nextInt(nodes.size() + 1))) {
            targets.add(node + ":");
        }
        if (chance(40) || targets.isEmpty()) {
            targets.add("pattern:" + (enabled.contains(Construct.BRACKET_IN_WORD) ? pick("node.*", "node[12]", "web")
                    : pick("node.*", "web", "n.d")));
        }
        if (chance(40)) {
            targets.add("attr:" + pick("rack", "site") + "=" + pick("1", "a"));
        }
        Collections.shuffle(targets, rnd);
        List<List<String>> levels = new ArrayList<>();
        List<String> same = chance(40) ? List.of(deviceList(devices)) : null;
        for (int t = 0; t < targets.size(); t++) {
            List<String> list = new ArrayList<>();
            int n = 1 + rnd.nextInt(2);
            for (int i = 0; i < n; i++) {
                list.add(deviceList(devices));
            }
            levels.add(same != null ? same : list);
        }
        boolean compact = levels.stream().distinct().count() == 1 && targets.size() == nodes.size();
        boolean onlyNodes = targets.stream().noneMatch(t -> t.startsWith("pattern:") || t.startsWith("attr:"));
        if (compact && onlyNodes) {
            // show prints the compact form, which re-expands in node order: keep that order
            targets.sort((a, b) -> nodes.indexOf(a.substring(0, a.length() - 1))
                    - nodes.indexOf(b.substring(0, b.length() - 1)));
        } else if (compact && !enabled.contains(Construct.COMPACT_FENCING_OF_PATTERNS)) {
            // one more target than nodes: show lists the targets
            targets.add("pattern:extra");
            levels.add(List.of(devices.get(0)));
        }
        for (int t = 0; t < targets.size(); t++) {
            sb.append(chance(50) ? " \\\n\t" : " ").append(targets.get(t)).append(' ')
                    .append(String.join(" ", levels.get(t)));
        }
        lines.add(sb.toString());
    }

    private String deviceList(List<String> devices) {
        return String.join(",", distinct(devices, 1 + rnd.nextInt(Math.min(2, devices.size()))));
    }

    /**
     * property, rsc_defaults and op_defaults: the default set (written with or without its id, sometimes
     * twice so the second line merges into the first) and extra sets with their own id and maybe a rule.
     */
    private void propertySets() {
        String[] propertyNames = {"stonith-enabled", "no-quorum-policy", "cluster-name", "maintenance-mode",
            "start-failure-is-fatal", "symmetric-cluster"};
        propertySet("property", "cib-bootstrap-options", "extra", propertyNames);
        propertySet("rsc_defaults", "rsc-options", "rsc-defaults",
                "resource-stickiness", "migration-threshold", "target-role", "priority");
        propertySet("op_defaults", "op-options", "op-defaults", "timeout", "record-pending", "interval");
    }

    private void propertySet(String keyword, String defaultId, String extraId, String... names) {
        int lines = rnd.nextInt(3);
        for (int i = 0; i < lines; i++) {
            String head = pick("", defaultId + ": ", "$id=" + defaultId + " ");
            this.lines.add(keyword + " " + head + nonEmptyPairs(1 + rnd.nextInt(3), names));
        }
        int extra = rnd.nextInt(3);
        for (int i = 1; i <= extra; i++) {
            String id = extraId + i;
            String rule = chance(40) ? rule() + " " : "";
            this.lines.add(keyword + " " + pick(id + ": ", "$id=" + id + " ") + rule
                    + nonEmptyPairs(1 + rnd.nextInt(2), names));
        }
    }

    /** Pairs without empty values (crmsh refuses those in property, rsc_defaults and op_defaults). */
    private String nonEmptyPairs(int n, String... names) {
        return pairs(n, false, names);
    }

    private void acls() {
        int n = rnd.nextInt(3);
        for (int i = 1; i <= n; i++) {
            String id = "r" + i;
            StringBuilder sb = new StringBuilder("role ").append(id);
            sb.append(description());
            int perms = 1 + rnd.nextInt(3);
            for (int p = 0; p < perms; p++) {
                sb.append(chance(50) ? " \\\n\t" : " ").append(permission());
            }
            lines.add(sb.toString());
            roles.add(id);
        }
        if (!roles.isEmpty() && chance(60)) {
            int m = 1 + rnd.nextInt(2);
            for (int i = 1; i <= m; i++) {
                lines.add("acl_target " + pick("alice", "bob", "carol") + i + " "
                        + String.join(" ", distinct(roles, 1 + rnd.nextInt(roles.size()))));
            }
        }
    }

    private String permission() {
        StringBuilder sb = new StringBuilder(pick("read", "write", "deny"));
        if (chance(15)) {
            sb.append(" description=").append(value(pick("a b", "x")));
        }
        String p = primitives.isEmpty() ? "p1" : pick(primitives);
        boolean any = false;
        if (chance(60)) {
            sb.append(' ').append(pick("xpath:\"//nodes\"", "xpath:/cib/configuration", "xpath:\"//primitive[@id='x']\"",
                    "meta:" + p + ":target-role", "meta:" + p, "params:" + p + ":fake", "params:" + p,
                    "utilization:" + p, "location:" + p, "property:stonith-enabled", "property", "nodeattr",
                    "nodeattr:standby", "nodeutil", "node", "status", "cib"));
            any = true;
        }
        if (chance(30)) {
            sb.append(" ref:").append(p);
            any = true;
        }
        if (chance(40) || !any) {
            sb.append(' ').append(pick("type:", "tag:")).append(pick("node", "primitive", "nodes", "status"));
            if (chance(40)) {
                sb.append(" attr:").append(pick("uname", "target-role"));
            }
        }
        return sb.toString();
    }

    private void alerts() {
        int n = rnd.nextInt(3);
        for (int i = 1; i <= n; i++) {
            String id = "a" + i;
            StringBuilder sb = new StringBuilder("alert ").append(id).append(' ')
                    .append(value(pick("/usr/bin/alert.sh", "/path with space/x.sh", "/opt/a")));
            sb.append(description());
            List<String> before = new ArrayList<>();
            if (chance(40)) {
                before.add("meta " + attrList("timeout", "timestamp-format"));
            }
            if (chance(40)) {
                before.add("attributes " + attrList("foo", "bar"));
            }
            if (chance(40)) {
                List<String> kinds = distinct(List.of("nodes", "fencing", "resources", "attributes"),
                        1 + rnd.nextInt(3));
                StringBuilder sel = new StringBuilder("select");
                for (String k : kinds) {
                    sel.append(' ').append(k);
                    if (k.equals("attributes")) {
                        sel.append(" { ").append(String.join(" ", distinct(List.of("standby", "shutdown", "rack"),
                                1 + rnd.nextInt(2)))).append(" }");
                    }
                }
                before.add(sel.toString());
            }
            Collections.shuffle(before, rnd);
            boolean after = chance(20);
            List<String> recipients = new ArrayList<>();
            int r = rnd.nextInt(3);
            for (int k = 0; k < r; k++) {
                StringBuilder to = new StringBuilder(value(pick("/var/log/x.log", "192.168.1.1",
                        "mailto:root@example.com", "/tmp/y")));
                if (chance(30)) {
                    to.append(" meta ").append(attrList("timeout"));
                }
                if (chance(30)) {
                    to.append(" attributes ").append(attrList("foo", "x"));
                }
                boolean braces = after || chance(20);
                recipients.add(braces ? "to { " + to + " }" : "to " + to);
            }
            for (String b : before) {
                sb.append(chance(50) ? " \\\n\t" : " ").append(b);
            }
            for (String to : recipients) {
                sb.append(chance(50) ? " \\\n\t" : " ").append(to);
            }
            if (after && !recipients.isEmpty()) {
                sb.append(" meta ").append(attrList("timeout"));
            }
            lines.add(sb.toString());
        }
    }

    // ------------------------------------------------------------------ values

    /**
     * {@code [rule ...] name=value...}: an attribute list with, now and then, a rule (the schema allows
     * one per set), bare names and empty values. No set score: pacemaker-3.9 has no score on sets.
     */
    private String attrList(String... names) {
        StringBuilder sb = new StringBuilder();
        if (chance(15)) {
            sb.append(rule()).append(' ');
        }
        sb.append(pairs(1 + rnd.nextInt(3), names));
        if (chance(8)) {
            sb.append(" flag");
        }
        return sb.toString();
    }

    /** {@code n} pairs with distinct names. */
    private String pairs(int n, String... names) {
        return pairs(n, true, names);
    }

    private String pairs(int n, boolean allowEmpty, String... names) {
        List<String> chosen = distinct(List.of(names), Math.min(n, names.length));
        StringBuilder sb = new StringBuilder();
        for (String name : chosen) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            String v = chance(70) ? pick(PLAIN_VALUES) : pick(ODD_VALUES);
            sb.append(name).append('=').append(value(v.isEmpty() && !allowEmpty ? "x" : v));
        }
        return sb.toString();
    }

    /** A description (never empty: crmsh reads {@code description=} only with a value). */
    private String description() {
        return chance(15) ? " description=" + value(pick("a b", "x", "say \"hi\"", "/tmp/x", "a:b")) : "";
    }

    /** A value written the way a user might: bare, single-quoted, double-quoted or backslash-escaped. */
    private String value(String v) {
        boolean bareOk = !v.isEmpty() && v.chars().noneMatch(c -> c == ' ' || c == '"' || c == '\'' || c == '\\');
        int style = rnd.nextInt(4);
        if (bareOk && style <= 1) {
            return v;
        }
        if (style == 2 && !v.contains("'")) {
            return "'" + v + "'";
        }
        if (style == 3 && !v.isEmpty() && v.chars().noneMatch(c -> c == '"' || c == '\'')) {
            return v.replace(" ", "\\ ");
        }
        return '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private boolean chance(int percent) {
        return rnd.nextInt(100) < percent;
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[rnd.nextInt(options.length)];
    }

    private <T> T pick(List<T> options) {
        return options.get(rnd.nextInt(options.size()));
    }

    private <T> List<T> distinct(List<T> from, int n) {
        List<T> copy = new ArrayList<>(from);
        Collections.shuffle(copy, rnd);
        return new ArrayList<>(copy.subList(0, Math.min(n, copy.size())));
    }
}

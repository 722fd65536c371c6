package crmj.cib.status;

import crmj.cib.xml.CibXmlReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Manual differential check beyond the corpus (needs the real crm_mon and crm_simulate): mutates corpus CIBs
 * at random (operation results and statuses, node states, transient standby/maintenance/shutdown, resource
 * meta-attributes, cluster properties, deleted resources), then compares crmj's crm_mon -1 text and
 * "Current cluster status" with what the installed tools print for the same file.
 * Usage: MutationCheck SEED COUNT [-v]. CIBs the tools refuse (schema violations) are skipped.
 */
public final class MutationCheck {
    private static final String[][] META = {
        {"target-role", "Stopped", "Started", "Unpromoted", "Promoted"}, {"is-managed", "false", "true"},
        {"clone-max", "0", "1", "2", "5"}, {"globally-unique", "true", "false"}, {"promotable", "true", "false"},
        {"requires", "nothing", "quorum", "fencing"}, {"failure-timeout", "10s", "60"},
        {"multiple-active", "block", "stop_only"}, {"maintenance", "true"}, {"priority", "10", "-5"}};
    private static final String[][] PROPERTIES = {
        {"stonith-enabled", "true", "false"}, {"symmetric-cluster", "true", "false"}, {"maintenance-mode", "true"},
        {"no-quorum-policy", "ignore", "freeze", "stop", "demote"}, {"stop-orphan-resources", "false"},
        {"startup-fencing", "false"}};

    private final Random random;

    private MutationCheck(long seed) {
        random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        MutationCheck check = new MutationCheck(Long.parseLong(args[0]));
        int count = Integer.parseInt(args[1]);
        boolean verbose = args.length > 2;
        List<String> cases = CtsCorpus.cases();
        Path dir = Files.createTempDirectory("crmj-mutants");
        int same = 0;
        int total = 0;
        for (int i = 0; i < count; i++) {
            String name = cases.get(check.random.nextInt(cases.size()));
            XmlDocument doc = XmlDocument.parse(CtsCorpus.read(CtsCorpus.ROOT.resolve("xml").resolve(name + ".xml")));
            check.mutate(doc.root());
            Path file = dir.resolve(i + "-" + name + ".xml");
            Files.writeString(file, XmlText.of(doc.root()), StandardCharsets.UTF_8);
            String mon = run(file, "crm_mon", "-1");
            String sim = run(file, "crm_simulate", "-x", file.toString());
            if (mon.isEmpty() || sim.isEmpty()) {
                continue;
            }
            Instant now = Instant.now();
            ClusterState s = ClusterState.of(CibXmlReader.read(Files.readString(file), file.toString()), now);
            String ourMon = CrmMonFormatter.crmMon(s, now, ZoneOffset.UTC);
            String ourSim = CrmMonFormatter.preamble(s) + CrmMonFormatter.currentStatus(s);
            total++;
            if (mask(mon).equals(mask(ourMon)) && sim.equals(ourSim)) {
                same++;
            } else {
                System.out.println("DIFF " + file);
                if (verbose) {
                    System.out.println(mon + "---\n" + ourMon + "---\n" + sim + "---\n" + ourSim);
                }
            }
        }
        System.out.println("mutants: " + same + "/" + total + " identical");
    }

    private void mutate(XmlElement cib) {
        cib.setAttr("execution-date", null);
        List<XmlElement> ops = cib.descendants("lrm_rsc_op");
        List<XmlElement> states = cib.descendants("node_state");
        List<XmlElement> rscs = new ArrayList<>();
        for (String tag : new String[] {"primitive", "group", "clone", "master"}) {
            rscs.addAll(cib.descendants(tag));
        }
        for (int n = 1 + random.nextInt(5); n > 0; n--) {
            int kind = random.nextInt(5);
            if (kind == 0 && !ops.isEmpty()) {
                XmlElement op = pick(ops);
                op.setAttr("rc-code", pick(List.of("0", "1", "2", "5", "7", "8", "9")));
                op.setAttr("op-status", pick(List.of("0", "0", "1", "2", "4", "5", "7", "-1")));
            } else if (kind == 1 && !states.isEmpty()) {
                XmlElement st = pick(states);
                st.setAttr(pick(List.of("in_ccm", "crmd", "join", "expected")),
                        pick(List.of("true", "false", "online", "offline", "member", "down", "pending")));
            } else if (kind == 2 && !rscs.isEmpty()) {
                String[] m = META[random.nextInt(META.length)];
                addNvpair(child(pick(rscs), "meta_attributes"), m[0], m[1 + random.nextInt(m.length - 1)]);
            } else if (kind == 3 && cib.descendants("cluster_property_set").size() > 0) {
                String[] p = PROPERTIES[random.nextInt(PROPERTIES.length)];
                addNvpair(cib.descendants("cluster_property_set").get(0), p[0], p[1 + random.nextInt(p.length - 1)]);
            } else if (kind == 4 && !states.isEmpty()) {
                XmlElement attrs = child(child(pick(states), "transient_attributes"), "instance_attributes");
                addNvpair(attrs, pick(List.of("standby", "maintenance", "shutdown")), pick(List.of("on", "1", "0")));
            }
        }
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private XmlElement child(XmlElement parent, String name) {
        XmlElement c = parent.child(name);
        if (c == null) {
            c = new XmlElement(name);
            c.setAttr("id", parent.id() + "-" + name + "-" + random.nextInt(1_000_000));
            parent.add(c);
        }
        return c;
    }

    private void addNvpair(XmlElement set, String name, String value) {
        for (XmlElement p : set.children("nvpair")) {
            if (name.equals(p.attr("name"))) {
                p.setAttr("value", value);
                return;
            }
        }
        XmlElement p = RemoteNodes.nvpair(name, value);
        p.setAttr("id", "mutant-" + random.nextInt(1_000_000_000));
        set.add(p);
    }

    private static String run(Path cib, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = pb.environment();
        env.put("CIB_file", cib.toString());
        env.put("TZ", "UTC");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return p.waitFor() == 0 ? out : "";
    }

    private static String mask(String text) {
        return text.replaceAll("(?m)^  \\* Last updated: .*$", "");
    }

    /** Serialises the element tree (attributes escaped; no text content is kept by the parser). */
    private static final class XmlText {
        private XmlText() {
        }

        static String of(XmlElement e) {
            StringBuilder s = new StringBuilder();
            write(e, s);
            return s.toString();
        }

        private static void write(XmlElement e, StringBuilder s) {
            s.append('<').append(e.name());
            e.attributes().forEach((k, v) -> s.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
            if (e.children().isEmpty()) {
                s.append("/>\n");
                return;
            }
            s.append(">\n");
            for (XmlElement c : e.children()) {
                write(c, s);
            }
            s.append("</").append(e.name()).append(">\n");
        }

        private static String escape(String v) {
            return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }
}

package crmj.cib.scheduler;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One run of the randomized differential test: a generated cluster converged by crm_simulate (-S -O until
 * nothing is left to do, at most {@link #ROUNDS} rounds), perturbed, then scheduled by crmj and by
 * crm_simulate; their transition summaries (and revised statuses where crmj's executor gives one) compared
 * with white space folded.
 */
final class RandomDifferential {
    /** At most this many crm_simulate -S rounds to converge a generated cluster. */
    static final int ROUNDS = 8;

    private RandomDifferential() {
    }

    /**
     * What one cluster gave.
     *
     * @param cluster the generated cluster
     * @param perturbed the CIB both schedulers saw
     * @param rounds the crm_simulate rounds convergence took ({@link #ROUNDS} + 1 when it did not converge)
     * @param unsupported out-of-scope features found in it (the generator must make none)
     * @param expected crm_simulate's sections
     * @param actual the scheduler under test's (crmj's)
     */
    record Result(RandomCluster cluster, String perturbed, int rounds, List<String> unsupported,
                  SimulateOutput expected, Outcome actual) {
        boolean summarySame() {
            return actual.failure().isEmpty()
                    && SimulateOutput.fold(actual.summary()).equals(SimulateOutput.fold(expected.summary()));
        }

        Optional<Boolean> revisedSame() {
            return actual.revised().map(x -> SimulateOutput.fold(x).equals(SimulateOutput.fold(expected.revised())));
        }

        boolean divergent() {
            return !summarySame() || !revisedSame().orElse(true);
        }

        /** What kind of divergence: the same kind must persist while minimizing. */
        String kind() {
            if (actual.failure().isPresent()) {
                return actual.failure().get();
            }
            return (summarySame() ? "" : "summary ") + (revisedSame().orElse(true) ? "" : "revised");
        }

        /** The report: the cluster, the CIB and each section's diff ("-" crm_simulate, "+" crmj). */
        String report() {
            StringBuilder s = new StringBuilder("=== " + cluster.describe() + "\n");
            s.append(divergent() ? "DIVERGES (" + kind().strip() + ")\n" : "identical\n");
            actual.failure().ifPresent(f -> s.append("crmj: ").append(f).append('\n'));
            s.append("--- Transition Summary\n").append(LineDiff.of(SimulateOutput.fold(expected.summary()),
                    SimulateOutput.fold(actual.summary())));
            actual.revised().ifPresent(x -> s.append("--- Revised Cluster Status\n")
                    .append(LineDiff.of(SimulateOutput.fold(expected.revised()), SimulateOutput.fold(x))));
            return s.append("--- CIB\n").append(perturbed).toString();
        }
    }

    /** Generates, converges, perturbs and compares one seed's cluster, crmj's scheduler under test. */
    static Result run(long seed, ExecutorSeam executor) {
        return run(RandomCluster.generate(seed), UnderTest.crmj(executor));
    }

    /** Converges, perturbs and compares one cluster, with this scheduler under test. */
    static Result run(RandomCluster cluster, UnderTest underTest) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("crmj-random-");
            Path current = dir.resolve("cib-0.xml");
            Files.writeString(current, cluster.toXml(), StandardCharsets.UTF_8);
            int rounds = 0;
            while (rounds < ROUNDS) {
                Path next = dir.resolve("cib-" + (rounds + 1) + ".xml");
                String out = CrmSimulate.run(List.of("-x", current.toString(), "-S", "-O", next.toString()));
                rounds++;
                current = next;
                if (SimulateOutput.parse(out).map(o -> o.executing().isEmpty()).orElse(true)) {
                    break;
                }
            }
            Path perturbed = perturb(cluster, current, dir);
            String xml = Files.readString(perturbed, StandardCharsets.UTF_8);
            String out = CrmSimulate.run(List.of("-x", perturbed.toString(), "-S"));
            SimulateOutput expected = SimulateOutput.parse(SimulateOutput.normalise(out))
                    .orElseThrow(() -> new IllegalStateException("crm_simulate printed no transition for "
                            + cluster.describe() + ":\n" + out));
            Outcome actual = underTest.run(xml, perturbed, Optional.empty());
            return new Result(cluster, xml, rounds, Scope.unsupported(xml), expected, actual);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    /** Applies the perturbations: attribute edits in the XML, then crm_simulate's injections (-d, -i). */
    static Path perturb(RandomCluster cluster, Path converged, Path dir) throws IOException {
        Document doc = parse(Files.readString(converged, StandardCharsets.UTF_8));
        List<String> injections = new ArrayList<>();
        for (Perturbation p : cluster.perturbations()) {
            String node = p.target().equals(Perturbation.PROMOTED_NODE) ? promotedNode(doc, cluster) : p.target();
            switch (p.kind()) {
                case STANDBY_TRANSIENT -> transientStandby(doc, node);
                case STANDBY_INSTANCE -> nodeStandby(doc, node);
                case NODE_DOWN -> injections.addAll(List.of("-d", node));
                case MONITOR_FAILURE -> monitorFailure(doc, cluster, p).ifPresent(spec -> injections.addAll(
                        List.of("-i", spec)));
                case TARGET_ROLE -> targetRole(doc, p.target(), p.value());
            }
        }
        Path edited = dir.resolve("edited.xml");
        Files.writeString(edited, write(doc), StandardCharsets.UTF_8);
        if (injections.isEmpty()) {
            return edited;
        }
        Path out = dir.resolve("perturbed.xml");
        List<String> args = new ArrayList<>(List.of("-x", edited.toString(), "-O", out.toString()));
        args.addAll(injections);
        String printed = CrmSimulate.run(args);
        if (!Files.isRegularFile(out)) {
            throw new IllegalStateException("crm_simulate " + args + " wrote nothing:\n" + printed);
        }
        return out;
    }

    /** A node whose history says an instance was last promoted there (else the first node). */
    private static String promotedNode(Document doc, RandomCluster cluster) {
        NodeList states = doc.getElementsByTagName("node_state");
        for (int i = 0; i < states.getLength(); i++) {
            Element state = (Element) states.item(i);
            NodeList ops = state.getElementsByTagName("lrm_rsc_op");
            for (int j = 0; j < ops.getLength(); j++) {
                Element op = (Element) ops.item(j);
                if (op.getAttribute("id").endsWith("_last_0") && op.getAttribute("operation").equals("promote")
                        && op.getAttribute("rc-code").equals("0")) {
                    return state.getAttribute("uname");
                }
            }
        }
        return cluster.nodes().get(0);
    }

    private static void transientStandby(Document doc, String node) {
        Element state = child(doc.getDocumentElement(), "status", "node_state", "uname", node);
        Element ta = childOrNew(state, "transient_attributes", state.getAttribute("id"));
        Element ia = childOrNew(ta, "instance_attributes", "status-" + state.getAttribute("id"));
        nvpair(ia, "status-" + state.getAttribute("id") + "-standby", "standby", "on");
    }

    private static void nodeStandby(Document doc, String node) {
        Element n = child(doc.getDocumentElement(), "nodes", "node", "uname", node);
        Element ia = childOrNew(n, "instance_attributes", "nodes-" + n.getAttribute("id"));
        nvpair(ia, "nodes-" + n.getAttribute("id") + "-standby", "standby", "on");
    }

    private static void targetRole(Document doc, String resource, String role) {
        Element rsc = element(doc, "id", resource);
        Element meta = childOrNew(rsc, "meta_attributes", resource + "-meta");
        nvpair(meta, resource + "-meta-target-role", "target-role", role);
    }

    /**
     * {@code RSC_monitor_MS@NODE=RC} for one instance of the resource that runs with a recurring monitor in
     * the converged history; empty when none does.
     */
    private static Optional<String> monitorFailure(Document doc, RandomCluster cluster, Perturbation p) {
        String primitive = cluster.resources().stream().filter(r -> r.id().equals(p.target())).findFirst()
                .map(RandomCluster.Item::primitive).orElse(p.target());
        List<String> specs = new ArrayList<>();
        NodeList states = doc.getElementsByTagName("node_state");
        for (int i = 0; i < states.getLength(); i++) {
            Element state = (Element) states.item(i);
            NodeList rscs = state.getElementsByTagName("lrm_resource");
            for (int j = 0; j < rscs.getLength(); j++) {
                Element rsc = (Element) rscs.item(j);
                String id = rsc.getAttribute("id");
                if (!id.equals(primitive) && !id.startsWith(primitive + ":")) {
                    continue;
                }
                recurringMonitor(rsc).ifPresent(ms -> specs.add(id + "_monitor_" + ms + "@"
                        + state.getAttribute("uname") + "=" + p.value()));
            }
        }
        return specs.isEmpty() ? Optional.empty() : Optional.of(specs.get(p.pick() % specs.size()));
    }

    private static Optional<String> recurringMonitor(Element lrmResource) {
        NodeList ops = lrmResource.getElementsByTagName("lrm_rsc_op");
        for (int k = 0; k < ops.getLength(); k++) {
            Element op = (Element) ops.item(k);
            String interval = op.getAttribute("interval");
            if (op.getAttribute("operation").equals("monitor") && !interval.isEmpty() && !interval.equals("0")
                    && op.getAttribute("rc-code").matches("0|8")) {
                return Optional.of(interval);
            }
        }
        return Optional.empty();
    }

    private static Element child(Element root, String section, String tag, String attr, String value) {
        Element sec = (Element) root.getElementsByTagName(section).item(0);
        NodeList list = sec.getElementsByTagName(tag);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (e.getAttribute(attr).equals(value)) {
                return e;
            }
        }
        throw new IllegalStateException("no " + tag + " " + value);
    }

    private static Element element(Document doc, String attr, String value) {
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute(attr).equals(value)) {
                return e;
            }
        }
        throw new IllegalStateException("no element " + value);
    }

    private static Element childOrNew(Element parent, String tag, String id) {
        for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        Element e = parent.getOwnerDocument().createElement(tag);
        e.setAttribute("id", id);
        parent.insertBefore(e, parent.getFirstChild());
        return e;
    }

    private static void nvpair(Element set, String id, String name, String value) {
        NodeList list = set.getElementsByTagName("nvpair");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (e.getAttribute("name").equals(name)) {
                e.setAttribute("value", value);
                return;
            }
        }
        Element e = set.getOwnerDocument().createElement("nvpair");
        e.setAttribute("id", id);
        e.setAttribute("name", name);
        e.setAttribute("value", value);
        set.appendChild(e);
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read crm_simulate's CIB: " + e.getMessage(), e);
        }
    }

    private static String write(Document doc) {
        try {
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter w = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(w));
            return w.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

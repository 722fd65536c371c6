package crmj.cib.scheduler;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * "Performing Requested Modifications" against the real crm_simulate 2.1.5: on a sample of Pacemaker's corpus
 * (every 16th case), the same modifications (a node taken down, one failed, one brought up, a ticket granted,
 * operation results injected: a failed recurring monitor, a successful start, a failed probe) are made by
 * crmj and by {@code crm_simulate -x CASE.xml ... -O OUT.xml}; what both print must be the same (the
 * injected last-failure times aside), and both saved CIBs, read back by the real
 * {@code crm_simulate -x OUT.xml}, must show the same cluster status.
 */
class ModificationsDifferentialTest {
    private static final Pattern TIME = Pattern.compile("(last-failure-[^=]*=)\\d+");
    private static final Pattern UNAME = Pattern.compile("<node [^>]*uname=\"([^\"]+)\"");
    private static final Pattern PRIMITIVE = Pattern.compile("<primitive id=\"([^\"]+)\"[^>]*class=\"ocf\"");
    private static Path dir;

    @BeforeAll
    static void setUp() throws IOException {
        Assumptions.assumeTrue(SimCorpus.present(), "no corpus at " + SimCorpus.ROOT);
        dir = Files.createDirectories(Path.of("target", "modifications"));
    }

    static List<String> cases() {
        List<String> all = SimCorpus.cases();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 16) {
            out.add(all.get(i));
        }
        return out;
    }

    /** The modifications for a case, from its nodes and first OCF primitive. */
    static List<String> modifications(String cib) {
        List<String> nodes = new ArrayList<>();
        Matcher n = UNAME.matcher(cib);
        while (n.find()) {
            nodes.add(n.group(1));
        }
        List<String> args = new ArrayList<>(List.of("-u", "newnode", "-g", "ticketA", "-q", "true"));
        if (!nodes.isEmpty()) {
            args.addAll(List.of("-d", nodes.get(0)));
        }
        if (nodes.size() > 1) {
            args.addAll(List.of("-f", nodes.get(1)));
        }
        Matcher p = PRIMITIVE.matcher(cib);
        if (p.find() && !nodes.isEmpty()) {
            String rsc = p.group(1);
            String last = nodes.get(nodes.size() - 1);
            args.addAll(List.of("-i", rsc + "_monitor_10000@" + last + "=7", "-i", rsc + "_start_0@newnode=0",
                    "-i", rsc + "_monitor_0@" + last + "=1"));
        }
        return args;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void modificationsAsCrmSimulate(String name) throws Exception {
        Path input = SimCorpus.ROOT.resolve("xml").resolve(name + ".xml");
        String cib = SimCorpus.cib(name);
        List<String> mods = modifications(cib);
        Path realOut = dir.resolve(name + ".real.xml");
        List<String> cmd = new ArrayList<>(List.of("crm_simulate", "-x", input.toString()));
        cmd.addAll(mods);
        cmd.addAll(List.of("-O", realOut.toString()));
        Path realErr = dir.resolve(name + ".real.err");
        String real = crmSimulate(cmd, realErr);

        Simulation.Result ours = Simulation.run(SimulateOptions.parse(mods), cib, Instant.now(),
                (x, t) -> {
                    throw new AssertionError("no transition without -R/-S");
                });
        assertEquals(normalise(real), normalise(ours.text()), name + " output");
        assertEquals(Files.readString(realErr).strip(), String.join("\n", ours.errors()), name + " errors");

        Path ourOut = dir.resolve(name + ".crmj.xml");
        Files.writeString(ourOut, ours.output());
        Path err = dir.resolve(name + ".err");
        assertEquals(crmSimulate(List.of("crm_simulate", "-x", realOut.toString()), err),
                crmSimulate(List.of("crm_simulate", "-x", ourOut.toString()), err),
                name + " status after the modifications");
    }

    private static String normalise(String s) {
        return TIME.matcher(s.strip()).replaceAll("$1TIME");
    }

    private static String crmSimulate(List<String> cmd, Path stderr) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectError(stderr.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return out;
    }
}

package crmj.shell;

import crmj.cib.scheduler.GraphXml;
import crmj.cib.scheduler.Transition;
import crmj.cib.scheduler.UnsupportedFeatureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code crm simulate} against the real crm_simulate 2.1.5: the same arguments give the same output. Until
 * crmj's scheduler decides transitions, runs that need one ({@code -R}, {@code -S}) take the transition the
 * real scheduler made (its graph saved with {@code -G}, its "Transition Summary" lines), so everything else
 * — status, modifications, execution, revised status, saved CIB — is crmj's.
 */
class SimulateCommandTest {
    static final Path CTS = Path.of("..", "..", "shared", "pacemaker-cts").toAbsolutePath().normalize();

    record Run(int status, String out, String err) {
    }

    private static Run crm(List<String> args, BiFunction<String, Instant, Transition> scheduler) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = SimulateCommand.run(args, () -> {
            throw new AssertionError("no live CIB here");
        }, new Output(new PrintWriter(out), new PrintWriter(err)), scheduler);
        return new Run(status, out.toString(), err.toString());
    }

    private static Run crmSimulate(List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("crm_simulate"));
        cmd.addAll(args);
        Path err = Files.createTempFile("crm_simulate", ".err");
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        Run r = new Run(p.exitValue(), out, Files.readString(err));
        Files.delete(err);
        return r;
    }

    /** The real scheduler's transition for a CIB file: its graph and its summary lines. */
    private static BiFunction<String, Instant, Transition> realScheduler() {
        return (xml, now) -> {
            try {
                Path in = Files.createTempFile("sim", ".xml");
                Path graph = Files.createTempFile("sim", ".graph");
                Files.writeString(in, xml);
                List<String> args = new ArrayList<>(List.of("-x", in.toString(), "-R", "-G", graph.toString()));
                String out = crmSimulate(args).out();
                List<String> summary = new ArrayList<>();
                boolean in_ = false;
                for (String l : out.split("\n")) {
                    if (l.equals("Transition Summary:")) {
                        in_ = true;
                    } else if (in_ && l.startsWith("  ")) {
                        summary.add(l);
                    }
                }
                GraphXml.Graph g = GraphXml.parse(Files.readString(graph));
                Files.delete(in);
                Files.delete(graph);
                return new Transition(g.actions(), summary);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "simple2.xml -S",
        "1360.xml -S",
        "1360.xml -S -F dollies:0_stop_0@ssgtest1a=1",
        "promoted-7.xml -S",
        "stonith-0.xml -S",
        "allow-unhealthy-nodes.xml -S -d rhel8-1",
        "simple2.xml -R -u node3 -d node2 -i rsc1_monitor_10000@node1=1",
        "bug-5143-ms-shuffle.xml -S -f hex-2",
        "migrate-1.xml -S",
        "ticket-clone-3.xml -S -g ticketA",
        "simple2.xml -S -t 2024-01-31T12:00:00Z",
        "simple2.xml -S -Q",
        "simple2.xml",
    })
    void sameOutputAsCrmSimulate(String spec) throws Exception {
        List<String> args = new ArrayList<>(Arrays.asList(spec.split(" ")));
        args.set(0, CTS.resolve("xml").resolve(args.get(0)).toString());
        args.add(0, "-x");
        Run real = crmSimulate(args);
        Run ours = crm(args, realScheduler());
        assertEquals(withoutInjectionTimes(real.out()), withoutInjectionTimes(ours.out()), spec);
        assertEquals(real.status(), ours.status(), spec + " exit status");
    }

    /** The clock's time recorded for injected failures (both tools read the clock, seconds apart). */
    private static String withoutInjectionTimes(String text) {
        return text.replaceAll("(last-failure-[^=]*=)\\d+", "$1TIME");
    }

    @Test
    void savedCibShowsTheSameStatusToTheRealTool() throws Exception {
        Path real = Files.createTempFile("real", ".xml");
        Path ours = Files.createTempFile("ours", ".xml");
        String cib = CTS.resolve("xml").resolve("1360.xml").toString();
        crmSimulate(List.of("-x", cib, "-S", "-O", real.toString()));
        assertEquals(0, crm(List.of("-x", cib, "-S", "-O", ours.toString()), realScheduler()).status());
        assertEquals(crmSimulate(List.of("-x", real.toString())).out(), crmSimulate(List.of("-x", ours.toString())).out());
        Files.delete(real);
        Files.delete(ours);
    }

    @Test
    void anUnsupportedFeatureIsOneErrorLineAndAFailure() {
        String cib = CTS.resolve("xml").resolve("simple2.xml").toString();
        Run r = crm(List.of("-x", cib, "-S"), (x, t) -> {
            throw new UnsupportedFeatureException(List.of("bundles"));
        });
        assertEquals(1, r.status());
        assertEquals("ERROR: simulate: the scheduler does not support bundles yet\n", r.err());
    }

    @Test
    void badArgumentsAreRefusedWithTheirName() {
        assertEquals(new Run(1, "", "ERROR: simulate: unknown option '-Z'\n"), crm(List.of("-Z"), null));
        assertEquals(new Run(1, "", "ERROR: simulate: option '--xml-file' needs a value\n"),
                crm(List.of("--xml-file"), null));
        assertEquals(new Run(1, "", "ERROR: simulate: cannot read /no/such.xml: no such file\n"),
                crm(List.of("-x", "/no/such.xml", "-S"), null));
        assertEquals(new Run(1, "", "ERROR: simulate: option -D (--save-dotfile) is not supported yet\n"),
                crm(List.of("-D", "x.dot"), null));
    }

    private static Run main(Path cib, String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, java.util.Map.of("CIB_file", cib.toString()),
                new Output(new PrintWriter(out), new PrintWriter(err)), new java.io.ByteArrayInputStream(new byte[0]));
        return new Run(status, out.toString(), err.toString());
    }

    private static String crmshStdout(Path cib, String... args) throws Exception {
        return Crmsh.onFile(cib, args);
    }

    @Test
    void configurePtestIsCrmshsOrARefusalOfTheScheduler() throws Exception {
        Path cib = Files.createTempFile("ptest", ".xml");
        Files.copy(CTS.resolve("xml").resolve("simple2.xml"), cib, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Run r = main(cib, "configure", "ptest", "nograph");
        if (r.status() == 0) {
            // crmsh pipes crm_simulate's stderr (scheduler log lines) into its output: compare the rest
            assertEquals(crmshStdout(cib, "configure", "ptest", "nograph").lines()
                    .filter(l -> !l.startsWith("(")).toList(), r.out().lines().toList());
        } else {
            assertEquals(1, r.status());
            assertEquals("", r.out());
            assertTrue(r.err().startsWith("ERROR: crm configure ptest nograph: ptest: the scheduler does not support "),
                    r.err());
        }
        Run bad = main(cib, "configure", "ptest", "scores");
        assertEquals(new Run(1, "", "ERROR: crm configure ptest scores: ptest: 'scores' is not supported yet "
                + "(nograph and v... are)\nERROR: nothing was committed\n"), bad);
        Files.delete(cib);
    }

    @Test
    void oneLinerArgumentsAfterTheCommandBelongToIt() throws Exception {
        Path cib = CTS.resolve("xml").resolve("simple2.xml");
        Run r = main(cib, "simulate", "-d", "node2");
        assertEquals(0, r.status(), r.err());
        assertEquals(crmSimulate(List.of("-x", cib.toString(), "-d", "node2")).out(), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"simple2.xml -S -d node1", "1360.xml -S -d ssgtest1a", "promoted-7.xml -S", "stonith-0.xml -S"})
    void withCrmjsSchedulerSameOutputAsCrmSimulate(String spec) throws Exception {
        List<String> args = new ArrayList<>(Arrays.asList(spec.split(" ")));
        args.set(0, CTS.resolve("xml").resolve(args.get(0)).toString());
        args.add(0, "-x");
        Run real = crmSimulate(args);
        Run ours = crm(args, crmj.cib.scheduler.Scheduler::schedule);
        assertEquals(real.out(), ours.out(), spec);
        assertEquals(real.status(), ours.status(), spec + " exit status");
    }
}

package crmj.shell;

import crmj.cib.scheduler.InjectionException;
import crmj.cib.scheduler.SimulateOptions;
import crmj.cib.scheduler.Simulation;
import crmj.cib.scheduler.Transition;
import crmj.cib.scheduler.UnsupportedFeatureException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * {@code crm simulate}: crm_simulate's flags and text (Pacemaker 2.1.5) on a CIB file ({@code -x FILE}) or
 * the current CIB: the current status, requested modifications, the transition summary ({@code -R}), the
 * executed transition and the revised status ({@code -S}), saved CIBs and graph ({@code -I}, {@code -O},
 * {@code -G}, {@code -X}).
 */
final class SimulateCommand {
    static final String USAGE = """
            usage: simulate [-x FILE | -L] [-R | -S | -X] [-s] [-Q] [-u NODE] [-d NODE] [-f NODE]
                            [-i OPSPEC] [-F OPSPEC] [-t DATETIME] [-q QUORUM] [-w DEVICE]
                            [-g TICKET] [-r TICKET] [-b TICKET] [-e TICKET] [-I FILE] [-O FILE] [-G FILE]
            OPSPEC is ${resource}_${task}_${interval_in_ms}@${node}=${rc}""";

    private SimulateCommand() {
    }

    /**
     * Runs {@code simulate ARGS}; {@code live} gives the current CIB's XML. Returns the exit status.
     */
    static int run(List<String> args, Supplier<String> live, Output output) {
        return run(args, live, output, null);
    }

    /** Runs {@code simulate ARGS} with a given scheduler (null: crmj's). */
    static int run(List<String> args, Supplier<String> live, Output output,
                   BiFunction<String, Instant, Transition> scheduler) {
        try {
            SimulateOptions options = SimulateOptions.parse(args);
            if (options.help()) {
                output.out().println(USAGE);
                output.out().flush();
                return 0;
            }
            if (options.showUtilization()) {
                throw new IllegalArgumentException("--show-utilization is not supported yet");
            }
            String xml = options.xmlFile().isPresent() ? read(options.xmlFile().get()) : live.get();
            Simulation.Result r = scheduler == null ? Simulation.run(options, xml, Instant.now())
                    : Simulation.run(options, xml, Instant.now(), scheduler);
            r.notes().forEach(output.err()::println);
            output.out().print(r.text());
            output.out().flush();
            r.errors().forEach(output.err()::println);
            output.err().flush();
            save(options.saveInput(), r.input());
            save(options.saveOutput(), r.output());
            save(options.saveGraph(), r.graph().orElse(""));
            if (options.inPlace()) {
                save(options.xmlFile(), r.output());
            }
            return r.ok() ? 0 : 1;
        } catch (IllegalArgumentException | InjectionException | UnsupportedFeatureException e) {
            output.out().flush();
            output.error("simulate: " + e.getMessage());
            return 1;
        } catch (crmj.cib.CrmException e) {
            output.out().flush();
            e.problems().forEach(pr -> output.error("simulate: " + pr));
            return 1;
        } catch (IOException e) {
            output.out().flush();
            output.error("simulate: " + e.getMessage());
            return 1;
        }
    }

    private static String read(String file) throws IOException {
        Path p = Path.of(file);
        if (!Files.isRegularFile(p)) {
            throw new IOException("cannot read " + file + ": no such file");
        }
        return Files.readString(p);
    }

    private static void save(Optional<String> file, String text) throws IOException {
        if (file.isPresent()) {
            Files.writeString(Path.of(file.get()), text);
        }
    }
}

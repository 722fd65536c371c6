package crmj.backend.sandbox;

import crmj.backend.CibBackend;
import crmj.backend.FileBackend;
import crmj.cib.model.Cib;
import crmj.cib.scheduler.UnsupportedFeatureException;
import crmj.cib.xml.CibXmlReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The sandbox cluster, crm's default when no CIB_file is set: a simulated cluster whose whole CIB
 * (configuration and status) is kept in {@code cib.xml} in crmj's state directory. It starts with two online
 * nodes, alpha and delta, and {@code stonith-enabled=false} (it has no fencing devices). Every commit is
 * followed by the cluster's reaction: the transitions the scheduler decides are previewed (their
 * Transition Summary) and carried out into the status section, as {@code crm_simulate -S} does, until the
 * cluster is settled ({@link SandboxSimulator}). The CIB each transition was scheduled from is kept beside
 * it, in {@code pe-inputs/pe-input-N.xml}, for replaying with {@code crm_simulate -x FILE -S}.
 */
public final class SandboxBackend implements CibBackend {
    /** Where the sandbox reports what it does. */
    public interface Listener {
        /** A transition is about to be carried out: its Transition Summary lines (possibly none). */
        void transition(List<String> summary);

        /** Something the user should know: the cluster could not be simulated or did not settle. */
        void warning(String message);
    }

    private final Path file;
    private final FileBackend store;
    private final SandboxSimulator simulator;
    private final Listener listener;
    private final TransitionInputs inputs;

    /** The sandbox whose CIB is {@code file}; transitions are reported to {@code listener}. */
    public SandboxBackend(Path file, Clock clock, Listener listener) {
        this.file = file;
        this.store = new FileBackend(file);
        this.simulator = new SandboxSimulator(clock);
        this.listener = listener;
        this.inputs = new TransitionInputs(file.toAbsolutePath().getParent().resolve("pe-inputs"));
    }

    /** The sandbox kept in a state directory ({@code DIR/cib.xml}). */
    public static SandboxBackend inStateDir(Path dir, Listener listener) {
        return new SandboxBackend(dir.resolve("cib.xml"), Clock.systemUTC(), listener);
    }

    /** A listener printing summaries as crm_simulate does ("Transition Summary:" and its lines) and warnings. */
    public static Listener printing(PrintWriter out, PrintWriter err) {
        return new Listener() {
            @Override
            public void transition(List<String> summary) {
                if (summary.isEmpty()) {
                    return;
                }
                out.println("Transition Summary:");
                summary.forEach(out::println);
                out.flush();
            }

            @Override
            public void warning(String message) {
                err.println("WARNING: " + message);
                err.flush();
            }
        };
    }

    /** The text of a fresh sandbox CIB (nodes are added when first loaded). */
    public static String freshCib() {
        try (InputStream in = SandboxBackend.class.getResourceAsStream("fresh.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh sandbox's CIB: two online nodes, alpha and delta, and nothing else but stonith-enabled=false. */
    public static Cib fresh() {
        return new SandboxSimulator(Clock.systemUTC()).prepare(CibXmlReader.read(freshCib()));
    }

    /** The CIB file. */
    public Path file() {
        return file;
    }

    @Override
    public Cib load() {
        if (!Files.exists(file)) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, freshCib());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Cib stored = store.load();
        Cib prepared = simulator.prepare(stored);
        if (!prepared.equals(stored)) {
            store.write(prepared);
        }
        return prepared;
    }

    @Override
    public Cib commit(Cib cib) {
        long epoch = Long.parseLong(cib.attribute("epoch").orElse("0"));
        Cib stored = settle(cib.withAttribute("epoch", Long.toString(epoch + 1)).withAttribute("num_updates", "0"));
        store.write(stored);
        return stored;
    }

    @Override
    public Cib settle(Cib committed) {
        try {
            SandboxSimulator.Settled s = simulator.settle(committed, listener::transition);
            inputs.save(s.rounds().stream().map(SandboxSimulator.Round::cibBefore).toList());
            if (!s.settled()) {
                listener.warning("the sandbox cluster did not settle after " + s.rounds().size()
                        + " transitions; run a command again to continue");
            }
            return s.cib();
        } catch (UnsupportedFeatureException e) {
            listener.warning("the sandbox cannot simulate this configuration (" + e.getMessage()
                    + "); it is stored, and resources stay where they were");
            return simulator.prepare(committed);
        }
    }

    @Override
    public Cib updateStatus(Cib cib) {
        long updates = crmj.backend.FileBackend.numUpdates(cib);
        Cib settled = settle(cib.withAttribute("num_updates", Long.toString(updates + 1)));
        write(settled);
        return settled;
    }

    @Override
    public void write(Cib cib) {
        store.write(cib);
    }

    @Override
    public String name() {
        return "live";
    }
}

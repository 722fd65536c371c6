package crmj.shell;

import crmj.backend.CibBackend;
import crmj.cib.model.Cib;

/**
 * Holds a script's commits in memory so a script is one transaction: {@link #flush()} writes the
 * last committed CIB (epoch bumped once per commit) only when the whole script succeeded. Each commit
 * gets the target's reaction at once ({@link CibBackend#settle}: the sandbox's simulated transitions), so
 * later lines see the cluster as it would be.
 */
final class StagedBackend implements CibBackend {
    private final CibBackend target;
    private final java.util.function.Consumer<Cib> writer;
    private Cib current;
    private boolean committed;

    StagedBackend(CibBackend target, java.util.function.Consumer<Cib> writer) {
        this.target = target;
        this.writer = writer;
        this.current = target.load();
    }

    @Override
    public Cib load() {
        return current;
    }

    @Override
    public Cib commit(Cib cib) {
        long epoch = Long.parseLong(cib.attribute("epoch").orElse("0"));
        current = target.settle(cib.withAttribute("epoch", Long.toString(epoch + 1)).withAttribute("num_updates", "0"));
        committed = true;
        return current;
    }

    @Override
    public void write(Cib cib) {
        current = cib;
        committed = true;
    }

    @Override
    public Cib updateStatus(Cib cib) {
        current = cib.withAttribute("num_updates", Long.toString(crmj.backend.FileBackend.numUpdates(cib) + 1));
        committed = true;
        return current;
    }

    /** True when something was committed (and is waiting for {@link #flush()}). */
    boolean hasCommits() {
        return committed;
    }

    /** Writes the staged CIB when something was committed. */
    void flush() {
        if (committed) {
            writer.accept(current);
        }
    }

    @Override
    public String name() {
        return target.name();
    }

    @Override
    public java.nio.file.Path file() {
        return target.file();
    }
}

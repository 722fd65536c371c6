package crmj.backend;

import crmj.cib.CrmException;
import crmj.cib.SourceLocation;
import crmj.cib.model.Cib;
import crmj.cib.xml.CibXmlReader;
import crmj.cib.xml.CibXmlWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A CIB kept in an XML file: the CIB_file convention of crmsh, cibadmin and crm_simulate. Each
 * commit bumps {@code epoch} and resets {@code num_updates}, as cibadmin does, and replaces the
 * file atomically.
 */
public final class FileBackend implements CibBackend {
    private final Path file;
    private final String name;
    /**
     * The first {@link #load()}'s work, started in the background when the backend is made: a crm
     * run parses its input (ANTLR's start-up) while the CIB is read. Used once, and only when the
     * file is still the one that was read; any failure is left to the normal read to report.
     */
    private volatile FutureTask<Prefetched> prefetch;

    private record Prefetched(Object key, FileTime modified, long size, Cib cib) {
    }

    /** The CIB in FILE, shown as "live" in prompts. */
    public FileBackend(Path file) {
        this(file, "live");
    }

    /** The CIB in FILE, shown as NAME in prompts (a shadow CIB's name). */
    public FileBackend(Path file, String name) {
        this.file = file;
        this.name = name;
        FutureTask<Prefetched> task = new FutureTask<>(() -> {
            BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
            Cib cib = CibXmlReader.read(Files.readString(file));
            return new Prefetched(before.fileKey(), before.lastModifiedTime(), before.size(), cib);
        });
        Thread t = new Thread(task, "crmj-cib-read");
        t.setDaemon(true);
        t.start();
        this.prefetch = task;
    }

    /** A file backend that creates the file from Pacemaker's empty CIB when it does not exist. */
    public static FileBackend createIfMissing(Path file) {
        if (!Files.exists(file)) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, emptyCib());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new FileBackend(file);
    }

    /** The text of {@code cibadmin --empty} (Pacemaker 2.1.5). */
    public static String emptyCib() {
        try (InputStream in = FileBackend.class.getResourceAsStream("empty.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file. */
    public Path file() {
        return file;
    }

    @Override
    public Cib load() {
        Cib early = takePrefetched();
        if (early != null) {
            return early;
        }
        try {
            return CibXmlReader.read(Files.readString(file));
        } catch (IOException e) {
            throw new CrmException(SourceLocation.of(file.toString()), "cannot read the CIB: " + e.getMessage());
        }
    }

    @Override
    public Cib commit(Cib cib) {
        long epoch = Long.parseLong(cib.attribute("epoch").orElse("0"));
        Cib stored = cib.withAttribute("epoch", Long.toString(epoch + 1)).withAttribute("num_updates", "0");
        write(stored);
        return stored;
    }

    @Override
    public Cib updateStatus(Cib cib) {
        Cib stored = cib.withAttribute("num_updates", Long.toString(numUpdates(cib) + 1));
        write(stored);
        return stored;
    }

    /** The CIB's num_updates (0 when missing). */
    public static long numUpdates(Cib cib) {
        return Long.parseLong(cib.attribute("num_updates").orElse("0"));
    }

    private Cib takePrefetched() {
        FutureTask<Prefetched> task = prefetch;
        if (task == null) {
            return null;
        }
        prefetch = null;
        try {
            Prefetched p = task.get();
            BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
            if (java.util.Objects.equals(p.key(), now.fileKey()) && p.modified().equals(now.lastModifiedTime())
                    && p.size() == now.size()) {
                return p.cib();
            }
        } catch (ExecutionException | IOException e) {
            // read again below, which reports the problem
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }

    /** Writes the CIB as it is (no version bump). */
    @Override
    public void write(Cib cib) {
        prefetch = null;
        try {
            Path tmp = newTempFile(file.toAbsolutePath().getParent());
            Files.writeString(tmp, CibXmlWriter.write(cib));
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new CrmException(SourceLocation.of(file.toString()), "cannot write the CIB: " + e.getMessage());
        }
    }

    /**
     * A new empty file {@code .crmj-PID-N.xml} in the directory, readable and writable by its owner
     * only, as {@link Files#createTempFile} makes it but without its SecureRandom (whose seeding costs
     * 30 ms at the end of every commit).
     */
    private static Path newTempFile(Path dir) throws IOException {
        long pid = ProcessHandle.current().pid();
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve(".crmj-" + pid + "-" + Long.toHexString(System.nanoTime()) + ".xml");
            try {
                if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    return Files.createFile(tmp, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
                }
                return Files.createFile(tmp);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    @Override
    public String name() {
        return name;
    }
}

package crmj.cib;

import java.util.Objects;

/** Where a piece of text came from: a source name ({@code stdin}, a file name, a command) and a position. */
public record SourceLocation(String source, int line, int column) {
    public SourceLocation {
        Objects.requireNonNull(source, "source");
    }

    /** A location naming only the source (a one-liner, an object read from the CIB). */
    public static SourceLocation of(String source) {
        return new SourceLocation(source, 0, 0);
    }

    /** {@code source:line:column}, or just the source when no position is known. */
    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ":" + column : source;
    }
}

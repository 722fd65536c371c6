package crmj.shell;

import java.io.PrintWriter;

/** Where commands write: normal output and messages (errors, warnings, info). */
public record Output(PrintWriter out, PrintWriter err) {
    /** An error message ({@code ERROR: ...}). */
    public void error(String message) {
        err.println("ERROR: " + message);
        err.flush();
    }

    /** A warning ({@code WARNING: ...}). */
    public void warning(String message) {
        err.println("WARNING: " + message);
        err.flush();
    }

    /** Information ({@code INFO: ...}). */
    public void info(String message) {
        err.println("INFO: " + message);
        err.flush();
    }

    /** Flushes both writers. */
    public void flush() {
        out.flush();
        err.flush();
    }
}

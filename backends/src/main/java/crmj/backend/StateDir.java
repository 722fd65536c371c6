package crmj.backend;

import java.nio.file.Path;
import java.util.Map;

/** crmj's state directory: {@code ${CRMJ_STATE_DIR:-${XDG_STATE_HOME:-$HOME/.local/state}/crmj}}. */
public final class StateDir {
    private StateDir() {
    }

    /** The state directory for this environment. */
    public static Path of(Map<String, String> env) {
        String explicit = env.get("CRMJ_STATE_DIR");
        if (explicit != null && !explicit.isEmpty()) {
            return Path.of(explicit);
        }
        String xdg = env.get("XDG_STATE_HOME");
        if (xdg != null && !xdg.isEmpty()) {
            return Path.of(xdg, "crmj");
        }
        return Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "state", "crmj");
    }
}

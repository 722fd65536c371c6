package crmj.cib.status;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The cluster options the status depends on ({@code unpack_config}): the crm_config properties with
 * Pacemaker's defaults, invalid values replaced by the default as {@code verify_pe_options} does.
 */
public final class ClusterOptions {
    /** What to do without quorum. */
    public enum NoQuorumPolicy { STOP, FREEZE, IGNORE, DEMOTE, SUICIDE }

    /** How node health attributes count. */
    public enum HealthStrategy { NONE, MIGRATE_ON_RED, ONLY_GREEN, PROGRESSIVE, CUSTOM }

    private static final Map<String, String> BOOLEAN_DEFAULTS = Map.ofEntries(
            Map.entry("stonith-enabled", "true"),
            Map.entry("symmetric-cluster", "true"),
            Map.entry("maintenance-mode", "false"),
            Map.entry("start-failure-is-fatal", "true"),
            Map.entry("enable-startup-probes", "true"),
            Map.entry("shutdown-lock", "false"),
            Map.entry("stop-all-resources", "false"),
            Map.entry("stop-orphan-resources", "true"),
            Map.entry("stop-orphan-actions", "true"),
            Map.entry("startup-fencing", "true"),
            Map.entry("have-watchdog", "false"),
            Map.entry("concurrent-fencing", "false"));

    public final Map<String, String> values = new HashMap<>();
    public boolean haveQuorum;
    public boolean quorumPanic;
    public boolean stonithEnabled;
    public boolean haveStonithResource;
    public boolean symmetric;
    public boolean maintenanceMode;
    public boolean stopEverything;
    public boolean stopRscOrphans;
    public boolean stopActionOrphans;
    public boolean startFailureFatal;
    public boolean startupFencing;
    public boolean startupProbes;
    public boolean shutdownLock;
    public boolean enableUnfencing;
    public long shutdownLockSeconds;
    public NoQuorumPolicy noQuorumPolicy = NoQuorumPolicy.STOP;
    public HealthStrategy healthStrategy = HealthStrategy.NONE;
    public int healthRed;
    public int healthYellow;
    public int healthGreen;

    /** Reads the options from the crm_config section (may be null). */
    public static ClusterOptions read(XmlElement crmConfig, NvpairSets sets, Rules.Context ctx, XmlElement cib,
                               boolean unfencingConfigured) {
        ClusterOptions o = new ClusterOptions();
        o.haveQuorum = Values.isTrue(cib.attr("have-quorum"));
        o.quorumPanic = Values.intValue(cib.attr("no-quorum-panic"), 0) != 0;
        sets.unpack(crmConfig, "cluster_property_set", ctx, o.values, "cib-bootstrap-options", false);
        o.startupProbes = o.flag("enable-startup-probes");
        o.haveStonithResource = o.flag("have-watchdog");
        o.enableUnfencing = unfencingConfigured;
        o.stonithEnabled = o.flag("stonith-enabled");
        o.stopEverything = o.flag("stop-all-resources");
        o.symmetric = o.flag("symmetric-cluster");
        o.noQuorumPolicy = o.quorumPolicy();
        o.stopRscOrphans = o.flag("stop-orphan-resources");
        o.stopActionOrphans = o.flag("stop-orphan-actions");
        o.maintenanceMode = o.flag("maintenance-mode");
        o.startFailureFatal = o.flag("start-failure-is-fatal");
        o.startupFencing = o.stonithEnabled && o.flag("startup-fencing");
        o.shutdownLock = o.flag("shutdown-lock");
        if (o.shutdownLock) {
            o.shutdownLockSeconds = Values.intervalMs(o.values.get("shutdown-lock-limit")) / 1000;
        }
        o.readHealth();
        return o;
    }

    /** A boolean option, its default when unset or not a boolean. */
    public boolean flag(String name) {
        Boolean b = Values.toBoolean(values.get(name));
        if (b == null) {
            b = Values.toBoolean(BOOLEAN_DEFAULTS.getOrDefault(name, "false"));
        }
        return b;
    }

    private NoQuorumPolicy quorumPolicy() {
        String v = values.getOrDefault("no-quorum-policy", "stop").toLowerCase(Locale.ROOT);
        switch (v) {
            case "ignore":
                return NoQuorumPolicy.IGNORE;
            case "freeze":
                return NoQuorumPolicy.FREEZE;
            case "demote":
                return NoQuorumPolicy.DEMOTE;
            case "suicide":
                // suicide needs fencing, and quorum (or no-quorum-panic) to be trusted
                return stonithEnabled && (quorumPanic || haveQuorum) ? NoQuorumPolicy.SUICIDE : NoQuorumPolicy.STOP;
            default:
                return NoQuorumPolicy.STOP;
        }
    }

    private void readHealth() {
        String v = values.getOrDefault("node-health-strategy", "none").toLowerCase(Locale.ROOT);
        switch (v) {
            case "migrate-on-red":
                healthStrategy = HealthStrategy.MIGRATE_ON_RED;
                healthRed = -Values.INFINITY;
                break;
            case "only-green":
                healthStrategy = HealthStrategy.ONLY_GREEN;
                healthRed = -Values.INFINITY;
                healthYellow = -Values.INFINITY;
                break;
            case "progressive", "custom":
                healthStrategy = v.equals("custom") ? HealthStrategy.CUSTOM : HealthStrategy.PROGRESSIVE;
                healthRed = Values.score(values.get("node-health-red"));
                healthYellow = Values.score(values.get("node-health-yellow"));
                healthGreen = Values.score(values.get("node-health-green"));
                break;
            default:
                healthStrategy = HealthStrategy.NONE;
                break;
        }
    }
}

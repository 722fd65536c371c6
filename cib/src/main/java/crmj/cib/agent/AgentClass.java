package crmj.cib.agent;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The resource agent classes ("standards") a Pacemaker CIB may name in a primitive's {@code class} attribute. */
public enum AgentClass {
    /** Heartbeat 1 scripts (obsolete; the schema still names the class). */
    HEARTBEAT("heartbeat"),
    /** LSB init scripts in {@code /etc/init.d}. */
    LSB("lsb"),
    /** Nagios plugins. */
    NAGIOS("nagios"),
    /** Open Cluster Framework agents: {@code ocf:PROVIDER:TYPE}. */
    OCF("ocf"),
    /** Whichever of LSB or systemd has the service. */
    SERVICE("service"),
    /** Fence agents. */
    STONITH("stonith"),
    /** systemd units. */
    SYSTEMD("systemd"),
    /** Upstart jobs (obsolete). */
    UPSTART("upstart");

    private final String token;

    AgentClass(String token) {
        this.token = token;
    }

    /** The class as written in the CIB and in crm syntax, e.g. {@code ocf}. */
    public String token() {
        return token;
    }

    /** Only OCF agents have a provider. */
    public boolean hasProviders() {
        return this == OCF;
    }

    /** The class written exactly as {@code token} (case-sensitive, like the CIB schema). */
    public static Optional<AgentClass> fromToken(String token) {
        return Arrays.stream(values()).filter(c -> c.token.equals(token)).findFirst();
    }

    /** All class tokens, comma separated, for messages. */
    static String tokens() {
        return Arrays.stream(values()).map(AgentClass::token).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return token;
    }
}

package crmj.cib.status;

import java.util.Locale;

/** A resource role, in Pacemaker's order (a later role is "more active"). */
public enum Role {
    UNKNOWN("Unknown"),
    STOPPED("Stopped"),
    STARTED("Started"),
    UNPROMOTED("Unpromoted"),
    PROMOTED("Promoted");

    private final String text;

    Role(String text) {
        this.text = text;
    }

    /** The name crm_mon prints ({@code role2text}). */
    public String text() {
        return text;
    }

    /** {@code text2role}: the role a target-role value names (legacy Master/Slave included), UNKNOWN if none. */
    public static Role parse(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        switch (value.toLowerCase(Locale.ROOT)) {
            case "stopped":
                return STOPPED;
            case "started":
                return STARTED;
            case "unpromoted", "slave":
                return UNPROMOTED;
            case "promoted", "master":
                return PROMOTED;
            default:
                return UNKNOWN;
        }
    }

    /** True when this role is later than the other. */
    public boolean isAfter(Role other) {
        return compareTo(other) > 0;
    }
}

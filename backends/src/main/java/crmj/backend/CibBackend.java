package crmj.backend;

import crmj.cib.model.Cib;

/** Where a CIB lives: read it, and replace its configuration on commit. */
public interface CibBackend {
    /** The current CIB. */
    Cib load();

    /**
     * Writes a new configuration. The backend bumps the epoch as cibadmin does and returns the
     * CIB as stored.
     */
    Cib commit(Cib cib);

    /**
     * The cluster's reaction to a committed CIB: the sandbox schedules and simulates the transitions it
     * causes and returns the CIB with its new status; a CIB file just holds what was committed, so by
     * default the CIB comes back as it is. Called by {@link #commit}, and by scripts that stage their commits.
     */
    default Cib settle(Cib committed) {
        return committed;
    }

    /** Stores a CIB as it is (no version bump, no simulation): where a script's staged commits go. */
    void write(Cib cib);

    /**
     * Writes a change of the status section (transient node attributes, resource history): the CIB
     * manager counts these in {@code num_updates}, not in the epoch. Backends without a status section
     * of their own refuse.
     */
    default Cib updateStatus(Cib cib) {
        throw new crmj.cib.CrmException(crmj.cib.SourceLocation.of(name()), "this CIB has no status section "
                + "to change");
    }

    /** The name shown in prompts and messages ("live", a shadow name, the file). */
    String name();

    /** The file the CIB is kept in (what {@code CIB_file} names for Pacemaker's tools). */
    java.nio.file.Path file();
}

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
}

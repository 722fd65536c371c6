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

    /** The name shown in prompts and messages ("live", a shadow name, the file). */
    String name();
}

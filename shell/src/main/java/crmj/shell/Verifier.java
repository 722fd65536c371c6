package crmj.shell;

import crmj.backend.CrmVerify;
import crmj.cib.model.Cib;

/** Pacemaker's checks at commit (crm_verify), reported through the output. */
@FunctionalInterface
interface Verifier {
    /**
     * True when the configuration passes. With {@code schemaOnly}, only schema errors fail it and
     * crm_verify's other messages are not shown.
     */
    boolean verify(Cib cib, Output output, boolean schemaOnly);

    /** The installed crm_verify; its warnings are printed, its errors refuse the commit. */
    static Verifier crmVerify() {
        CrmVerify tool = CrmVerify.installed();
        return (cib, output, schemaOnly) -> {
            CrmVerify.Result r = tool.verify(cib);
            if (schemaOnly) {
                boolean schemaError = r.messages().stream().anyMatch(l -> l.contains("Relax-NG validity error")
                        || l.contains("did not pass schema validation"));
                if (schemaError) {
                    r.messages().stream().filter(l -> l.contains("Relax-NG") || l.contains("schema"))
                            .forEach(output::error);
                }
                return !schemaError;
            }
            for (String line : r.messages()) {
                if (line.contains("error") && !r.ok()) {
                    output.error(line);
                } else {
                    output.warning(line);
                }
            }
            return r.ok();
        };
    }
}

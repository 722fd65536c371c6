package crmj.shell;

import crmj.backend.CrmVerify;
import crmj.cib.model.Cib;

/** Pacemaker's checks at commit (crm_verify), reported through the output. */
@FunctionalInterface
interface Verifier {
    /** True when the configuration passes. */
    boolean verify(Cib cib, Output output);

    /** The installed crm_verify; its warnings are printed, its errors refuse the commit. */
    static Verifier crmVerify() {
        CrmVerify tool = CrmVerify.installed();
        return (cib, output) -> {
            CrmVerify.Result r = tool.verify(cib);
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

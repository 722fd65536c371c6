package crmj.shell;

import crmj.backend.CrmVerify;
import crmj.cib.model.Cib;

/** Pacemaker's checks at commit (crm_verify), reported through the output. */
@FunctionalInterface
interface Verifier {
    /**
     * Starts checking a CIB; the caller does its own checks meanwhile, then {@link Pending#finish finishes}
     * or {@link Pending#cancel cancels} it.
     */
    Pending start(Cib cib);

    /** A check in progress. */
    interface Pending {
        /**
         * Waits for the check and prints its findings; true when the configuration passes. With
         * {@code schemaOnly}, only schema errors fail it and crm_verify's other messages are not shown.
         */
        boolean finish(Output output, boolean schemaOnly);

        /** The result is not wanted (another check failed first): stop, print nothing. */
        void cancel();
    }

    /** The installed crm_verify; its warnings are printed, its errors refuse the commit. */
    static Verifier crmVerify() {
        CrmVerify tool = CrmVerify.installed();
        return cib -> {
            CrmVerify.Running running = tool.start(cib);
            return new Pending() {
                @Override
                public boolean finish(Output output, boolean schemaOnly) {
                    return report(running.await(), output, schemaOnly);
                }

                @Override
                public void cancel() {
                    running.cancel();
                }
            };
        };
    }

    private static boolean report(CrmVerify.Result r, Output output, boolean schemaOnly) {
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
    }
}

package crmj.cib.status;

import java.util.Map;

/** A resource's parameters as {@code get_rsc_attributes} computes them (not evaluated for a node). */
public final class InstanceAttributes {
    private InstanceAttributes() {
    }

    /** Own instance_attributes, then the ancestors', then rsc_defaults', first value winning. */
    public static void collect(WRsc rsc, WorkingSet ws, Map<String, String> into) {
        Rules.Context ctx = ws.timeContext();
        ws.sets.unpack(rsc.xml, "instance_attributes", ctx, into, null, false);
        if (rsc.parent != null) {
            collect(rsc.parent, ws, into);
        } else {
            ws.sets.unpack(ws.rscDefaults, "instance_attributes", ctx, into, null, false);
        }
    }
}

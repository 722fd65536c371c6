package crmj.cib.status;

import java.util.HashMap;
import java.util.Map;

/** A resource's meta-attributes as {@code get_meta_attributes} computes them. */
public final class MetaAttributes {
    private MetaAttributes() {
    }

    /** Fills {@code rsc.meta}: XML attributes, own sets, ancestors' own sets, rsc_defaults, parent's meta. */
    public static void unpack(WRsc rsc, WorkingSet ws) {
        Map<String, String> meta = rsc.meta;
        Rules.Context ctx = context(rsc, ws);
        for (Map.Entry<String, String> a : rsc.xml.attributes().entrySet()) {
            NvpairSets.addParam(meta, a.getKey(), a.getValue());
        }
        ws.sets.unpack(rsc.xml, "meta_attributes", ctx, meta, null, false);
        if (rsc.parent != null) {
            Map<String, String> parentOrig = new HashMap<>();
            for (WRsc p = rsc.parent; p != null; p = p.parent) {
                ws.sets.unpack(p.xml, "meta_attributes", ctx, parentOrig, null, false);
            }
            parentOrig.forEach((k, v) -> NvpairSets.addParam(meta, k, v));
        }
        ws.sets.unpack(ws.rscDefaults, "meta_attributes", ctx, meta, null, false);
        if (rsc.parent != null) {
            rsc.parent.meta.forEach((k, v) -> NvpairSets.addParam(meta, k, v));
        }
    }

    /** The rule context for a resource's own attributes: the time and its agent. */
    public static Rules.Context context(WRsc rsc, WorkingSet ws) {
        return new Rules.Context(ws.now, null, Role.UNKNOWN, rsc.xml.attr("class"), rsc.xml.attr("provider"),
                rsc.xml.attr("type"), null, 0);
    }
}

package crmj.cib.xml;

import crmj.cib.model.Alert;
import crmj.cib.model.AttributeSet;
import crmj.cib.model.Bundle;
import crmj.cib.model.Cib;
import crmj.cib.model.CibObject;
import crmj.cib.model.Clone;
import crmj.cib.model.Group;
import crmj.cib.model.Location;
import crmj.cib.model.NodeDef;
import crmj.cib.model.Part;
import crmj.cib.model.Primitive;
import crmj.cib.model.PropertySet;
import crmj.cib.model.RawXml;
import crmj.cib.model.Rule;
import crmj.cib.model.XmlObject;

import java.util.ArrayList;
import java.util.List;

/** Finds what a read CIB keeps verbatim (XmlObject, RawXml) rather than as typed records. */
final class ModelScan {
    private ModelScan() {
    }

    /** A description of each verbatim piece (placeholders of empty sections excluded). */
    static List<String> unmodelled(Cib cib) {
        List<String> out = new ArrayList<>();
        for (CibObject o : cib.objects()) {
            if (o instanceof XmlObject x && !CibSections.isPlaceholder(x)) {
                out.add("object " + x.id() + " in " + x.section());
            }
            for (Part p : parts(o)) {
                if (p instanceof RawXml || p instanceof AttributeSet s && hasRaw(s.rules())) {
                    out.add("part of " + o.id());
                }
            }
            if (o instanceof Location l && hasRaw(l.rules())
                    || o instanceof PropertySet ps && hasRaw(ps.set().rules())) {
                out.add("rule of " + o.id());
            }
        }
        return out;
    }

    private static boolean hasRaw(List<Rule> rules) {
        return rules.stream().anyMatch(r -> r.expressions().stream().anyMatch(RawXml.class::isInstance));
    }

    private static List<Part> parts(CibObject o) {
        if (o instanceof Primitive p) {
            return p.parts();
        } else if (o instanceof Group g) {
            return g.parts();
        } else if (o instanceof Clone c) {
            return c.parts();
        } else if (o instanceof Bundle b) {
            return b.parts();
        } else if (o instanceof NodeDef n) {
            return n.parts();
        } else if (o instanceof Alert a) {
            return a.parts();
        }
        return List.of();
    }
}

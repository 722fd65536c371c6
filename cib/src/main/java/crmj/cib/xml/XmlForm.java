package crmj.cib.xml;

import crmj.cib.model.Cib;
import crmj.cib.model.CibObject;

import java.util.ArrayList;
import java.util.List;

/** crmsh's {@code xml <...>} form of an object: its pretty-printed XML, lines joined by {@code " \\\n"}. */
public final class XmlForm {
    private XmlForm() {
    }

    public static String of(Cib cib, CibObject o) {
        List<String> lines = new ArrayList<>();
        for (String line : CibXmlWriter.write(cib, o).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return "xml " + String.join(" \\\n", lines);
    }
}

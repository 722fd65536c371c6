package crmj.cib.status;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Pacemaker's {@code pe__unpack_dataset_nvpairs}: the attribute blocks of an element (instance_attributes,
 * meta_attributes, ...) sorted by score (a named block first), each block's rules evaluated, nvpairs merged
 * into a map with or without overwriting, {@code #default} removing a value.
 */
public final class NvpairSets {
    private final XmlDocument doc;
    private final Rules rules;

    public NvpairSets(XmlDocument doc) {
        this.doc = doc;
        this.rules = new Rules(doc);
    }

    public Rules rules() {
        return rules;
    }

    /** Merges the blocks named {@code setName} of {@code owner} into {@code into}. */
    public void unpack(XmlElement owner, String setName, Rules.Context ctx, Map<String, String> into,
                String alwaysFirst, boolean overwrite) {
        if (owner == null) {
            return;
        }
        for (XmlElement set : sorted(owner, setName, alwaysFirst)) {
            if (rules.passes(set, ctx)) {
                populate(set, into, overwrite);
            }
        }
    }

    private List<XmlElement> sorted(XmlElement owner, String setName, String alwaysFirst) {
        List<XmlElement> prepended = new ArrayList<>();
        for (XmlElement set : owner.children()) {
            if (setName == null || set.name().equals(setName)) {
                XmlElement expanded = doc.expandIdRef(set);
                if (expanded != null) {
                    prepended.add(expanded);
                }
            }
        }
        Collections.reverse(prepended);
        return GSort.sort(prepended, (a, b) -> {
            if (alwaysFirst != null && alwaysFirst.equalsIgnoreCase(a.id())) {
                return -1;
            }
            if (alwaysFirst != null && alwaysFirst.equalsIgnoreCase(b.id())) {
                return 1;
            }
            return Integer.compare(Values.score(b.attr("score")), Values.score(a.attr("score")));
        });
    }

    private void populate(XmlElement set, Map<String, String> into, boolean overwrite) {
        XmlElement list = set;
        if (!set.children().isEmpty() && set.children().get(0).name().equals("attributes")) {
            list = set.children().get(0);
        }
        for (XmlElement pair : list.children("nvpair")) {
            XmlElement ref = doc.expandIdRef(pair);
            String name = pair.attr("name");
            if (name == null && ref != null) {
                name = ref.attr("name");
            }
            String value = pair.attr("value");
            if (value == null && ref != null) {
                value = ref.attr("value");
            }
            if (name == null || value == null) {
                continue;
            }
            String old = into.get(name);
            if (value.equalsIgnoreCase("#default")) {
                if (old != null) {
                    into.remove(name);
                }
            } else if (old == null || overwrite) {
                into.put(name, value);
            }
        }
    }

    /** {@code add_hash_param}: sets a value unless present (or the value is {@code #default}). */
    public static void addParam(Map<String, String> into, String name, String value) {
        if (name == null || value == null || value.equalsIgnoreCase("#default")) {
            return;
        }
        into.putIfAbsent(name, value);
    }
}

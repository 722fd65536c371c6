package crmj.cib.model;

/** The kinds of attribute set, by their XML element name. */
public enum SetKind {
    INSTANCE_ATTRIBUTES("instance_attributes"),
    META_ATTRIBUTES("meta_attributes"),
    UTILIZATION("utilization"),
    CLUSTER_PROPERTY_SET("cluster_property_set");

    private final String tag;

    SetKind(String tag) {
        this.tag = tag;
    }

    /** The XML element name. */
    public String tag() {
        return tag;
    }

    /** The kind for an XML element name, if it is one. */
    public static java.util.Optional<SetKind> fromTag(String tag) {
        for (SetKind k : values()) {
            if (k.tag.equals(tag)) {
                return java.util.Optional.of(k);
            }
        }
        return java.util.Optional.empty();
    }
}

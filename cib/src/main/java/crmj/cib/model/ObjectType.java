package crmj.cib.model;

/**
 * Object kinds, declared in crmsh 4.4.1's {@code show} order. The name is the crm keyword
 * ({@code type:NAME} in {@code show type:primitive}).
 */
public enum ObjectType {
    NODE("node"),
    RSC_TEMPLATE("rsc_template"),
    PRIMITIVE("primitive"),
    BUNDLE("bundle"),
    GROUP("group"),
    CLONE("clone"),
    MS("ms"),
    TAG("tag"),
    LOCATION("location"),
    COLOCATION("colocation"),
    ORDER("order"),
    RSC_TICKET("rsc_ticket"),
    FENCING_TOPOLOGY("fencing_topology"),
    PROPERTY("property"),
    RSC_DEFAULTS("rsc_defaults"),
    OP_DEFAULTS("op_defaults"),
    ACL_TARGET("acl_target"),
    ACL_GROUP("acl_group"),
    USER("user"),
    ROLE("role"),
    ALERT("alert"),
    XML("xml");

    private final String keyword;

    ObjectType(String keyword) {
        this.keyword = keyword;
    }

    /** The crm keyword. */
    public String keyword() {
        return keyword;
    }

    /** True for primitives, templates, groups, clones, ms and bundles. */
    public boolean isResource() {
        return this == PRIMITIVE || this == RSC_TEMPLATE || this == GROUP || this == CLONE || this == MS
                || this == BUNDLE;
    }

    /** True for location, colocation, order and rsc_ticket. */
    public boolean isConstraint() {
        return this == LOCATION || this == COLOCATION || this == ORDER || this == RSC_TICKET;
    }
}

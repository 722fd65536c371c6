package crmj.cib.xml;

import crmj.cib.model.AclRole;
import crmj.cib.model.AclTarget;
import crmj.cib.model.Alert;
import crmj.cib.model.Bundle;
import crmj.cib.model.CibObject;
import crmj.cib.model.Clone;
import crmj.cib.model.Colocation;
import crmj.cib.model.FencingTopology;
import crmj.cib.model.Group;
import crmj.cib.model.Location;
import crmj.cib.model.NodeDef;
import crmj.cib.model.Order;
import crmj.cib.model.Primitive;
import crmj.cib.model.PropertySet;
import crmj.cib.model.RscTicket;
import crmj.cib.model.Tag;
import crmj.cib.model.XmlObject;

import java.util.List;

/**
 * The sections of {@code <configuration>} and the conventions the XML mapping uses for what the model has no
 * record for.
 *
 * <ul>
 *   <li>An {@link XmlObject} whose section is {@link #CONFIGURATION} is a child of {@code <configuration>}
 *       kept verbatim (an unknown element, a comment, or a known section that has attributes or cannot be
 *       modelled). One whose xml is exactly {@code <S/>} for a known section {@code S} is a
 *       <em>placeholder</em>: it records an empty optional section and its place.</li>
 *   <li>An XmlObject with id {@link #COMMENT_ID} is a comment found between objects of a section (or between
 *       sections); its xml is {@code <!--text-->}.</li>
 *   <li>An XmlObject whose section is {@link #CIB} is a child of {@code <cib>} other than configuration and
 *       status.</li>
 *   <li>The order of the sections in the written XML is the order in which their objects first appear in
 *       {@code Cib.objects()}; the four required sections are always written.</li>
 * </ul>
 */
public final class CibSections {
    /** The {@code <crm_config>} section (property sets). */
    public static final String CRM_CONFIG = "crm_config";
    /** The {@code <nodes>} section. */
    public static final String NODES = "nodes";
    /** The {@code <resources>} section. */
    public static final String RESOURCES = "resources";
    /** The {@code <constraints>} section. */
    public static final String CONSTRAINTS = "constraints";
    /** The {@code <rsc_defaults>} section. */
    public static final String RSC_DEFAULTS = "rsc_defaults";
    /** The {@code <op_defaults>} section. */
    public static final String OP_DEFAULTS = "op_defaults";
    /** The {@code <fencing-topology>} section. */
    public static final String FENCING_TOPOLOGY = "fencing-topology";
    /** The {@code <acls>} section. */
    public static final String ACLS = "acls";
    /** The {@code <tags>} section. */
    public static final String TAGS = "tags";
    /** The {@code <alerts>} section. */
    public static final String ALERTS = "alerts";
    /** The section name of an XmlObject that is a direct child of {@code <configuration>}. */
    public static final String CONFIGURATION = "configuration";
    /** The section name of an XmlObject that is a direct child of {@code <cib>}. */
    public static final String CIB = "cib";
    /** The id of an XmlObject that holds a comment found outside any object. */
    public static final String COMMENT_ID = "#comment";

    /** The sections Pacemaker always writes, in its order. */
    public static final List<String> REQUIRED = List.of(CRM_CONFIG, NODES, RESOURCES, CONSTRAINTS);

    /** All sections of Pacemaker's schema (pacemaker-3.9), in schema order. */
    public static final List<String> KNOWN = List.of(CRM_CONFIG, NODES, RESOURCES, CONSTRAINTS, FENCING_TOPOLOGY,
            OP_DEFAULTS, RSC_DEFAULTS, ACLS, TAGS, ALERTS);

    private CibSections() {
    }

    /** The section an object is written in ({@link #CONFIGURATION} or {@link #CIB} for some XmlObjects). */
    public static String sectionOf(CibObject o) {
        if (o instanceof NodeDef) {
            return NODES;
        } else if (o instanceof Primitive || o instanceof Group || o instanceof Clone || o instanceof Bundle) {
            return RESOURCES;
        } else if (o instanceof Location || o instanceof Colocation || o instanceof Order
                || o instanceof RscTicket) {
            return CONSTRAINTS;
        } else if (o instanceof PropertySet p) {
            return switch (p.type()) {
                case RSC_DEFAULTS -> RSC_DEFAULTS;
                case OP_DEFAULTS -> OP_DEFAULTS;
                default -> CRM_CONFIG;
            };
        } else if (o instanceof FencingTopology) {
            return FENCING_TOPOLOGY;
        } else if (o instanceof Tag) {
            return TAGS;
        } else if (o instanceof Alert) {
            return ALERTS;
        } else if (o instanceof AclRole || o instanceof AclTarget) {
            return ACLS;
        }
        return ((XmlObject) o).section();
    }

    /** A placeholder recording an empty optional section. */
    public static XmlObject placeholder(String section) {
        if (!KNOWN.contains(section)) {
            throw new IllegalArgumentException("not a configuration section: " + section);
        }
        return new XmlObject(section, CONFIGURATION, "<" + section + "/>", List.of());
    }

    /** True when the object is a placeholder for an empty optional section. */
    public static boolean isPlaceholder(CibObject o) {
        return o instanceof XmlObject x && x.section().equals(CONFIGURATION) && KNOWN.contains(x.id())
                && x.xml().equals("<" + x.id() + "/>");
    }

    /** True when the object is a comment kept between objects or sections. */
    public static boolean isComment(CibObject o) {
        return o instanceof XmlObject x && x.id().equals(COMMENT_ID);
    }
}

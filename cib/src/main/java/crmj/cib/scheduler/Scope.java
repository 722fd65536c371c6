package crmj.cib.scheduler;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which features of a CIB the scheduler leaves out of scope (issue 4): bundles, Pacemaker Remote nodes,
 * guest nodes, tickets, utilization placement strategies, live migration and fencing topology levels.
 *
 * <p>Each feature is detected where it changes what Pacemaker 2.1.5 decides, in the configuration and in the
 * status section alike (a remote node's {@code node_state}, a {@code migrate_to} in an operation history);
 * a setting that leaves the decisions as they are is in scope ({@code placement-strategy=default},
 * {@code allow-migrate=false}, ticket state with no {@code rsc_ticket} using it). The rules and their
 * reasons are in {@code docs/scheduler-scope.md}.
 */
public final class Scope {
    // the features' names, in the order unsupported() lists them
    /** Bundles ({@code bundle} resources). */
    public static final String BUNDLES = "bundles";
    /** Pacemaker Remote nodes (connection resources, remote node entries and states). */
    public static final String REMOTE_NODES = "Pacemaker Remote nodes";
    /** Guest nodes (resources with the {@code remote-node} meta attribute). */
    public static final String GUEST_NODES = "guest nodes";
    /** Tickets ({@code rsc_ticket} constraints). */
    public static final String TICKETS = "tickets";
    /** Utilization placement strategies; {@link #unsupported} adds the value: {@code (placement-strategy=V)}. */
    public static final String UTILIZATION = "utilization placement strategy";
    /** Live migration ({@code allow-migrate} true, migrations in the history). */
    public static final String MIGRATION = "live migration (allow-migrate)";
    /** Fencing topology levels ({@code fencing-level}). */
    public static final String FENCING_LEVELS = "fencing topology levels";

    private static final Set<String> UTILIZATION_STRATEGIES = Set.of("utilization", "minimal", "balanced");
    private static final Set<String> TRUE_VALUES = Set.of("true", "on", "yes", "y", "1");

    private Scope() {
    }

    /**
     * The out-of-scope features present in a CIB, named for users ({@code "bundles"},
     * {@code "utilization placement strategy (placement-strategy=balanced)"}), in a fixed order; empty when
     * the scheduler handles the whole CIB.
     *
     * @param cibXml the whole CIB, status section included
     * @throws IllegalArgumentException when the text is not well-formed XML (the message gives line:column)
     */
    public static List<String> unsupported(String cibXml) {
        Finder finder = new Finder();
        try {
            crmj.cib.xml.SecureSax.factory().newSAXParser().parse(new InputSource(new StringReader(cibXml)), finder);
        } catch (SAXParseException e) {
            throw new IllegalArgumentException("cib:" + e.getLineNumber() + ":" + e.getColumnNumber()
                    + ": not a well-formed CIB: " + e.getMessage(), e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalArgumentException("cannot read the CIB: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return finder.features();
    }

    /**
     * Refuses a CIB that uses out-of-scope features.
     *
     * @throws UnsupportedFeatureException naming the features found ({@link #unsupported})
     */
    public static void requireSupported(String cibXml) {
        List<String> features = unsupported(cibXml);
        if (!features.isEmpty()) {
            throw new UnsupportedFeatureException(features);
        }
    }

    /** {@link #unsupported(String)} on a CIB already parsed (the scheduler's own parse, not a second one). */
    static List<String> unsupported(crmj.cib.status.XmlElement root) {
        Finder finder = new Finder();
        walk(root, finder);
        return finder.features();
    }

    private static void walk(crmj.cib.status.XmlElement e, Finder finder) {
        org.xml.sax.helpers.AttributesImpl a = new org.xml.sax.helpers.AttributesImpl();
        for (java.util.Map.Entry<String, String> x : e.attributes().entrySet()) {
            a.addAttribute("", x.getKey(), x.getKey(), "CDATA", x.getValue());
        }
        finder.startElement("", e.name(), e.name(), a);
        for (crmj.cib.status.XmlElement c : e.children()) {
            walk(c, finder);
        }
        finder.endElement("", e.name(), e.name());
    }

    /** {@link #requireSupported(String)} on a CIB already parsed. */
    static void requireSupported(crmj.cib.status.XmlElement root) {
        List<String> features = unsupported(root);
        if (!features.isEmpty()) {
            throw new UnsupportedFeatureException(features);
        }
    }

    /** Whether Pacemaker reads a value as true ({@code crm_is_true}). */
    static boolean isTrue(String value) {
        return value != null && TRUE_VALUES.contains(value.toLowerCase(Locale.ROOT));
    }

    /** Walks the CIB once, noting what it finds; the decisions that need the whole CIB are taken at the end. */
    private static final class Finder extends DefaultHandler {
        private final Deque<String> path = new ArrayDeque<>();
        private boolean bundles;
        private boolean remoteConfigured;
        private boolean tickets;
        private final Set<String> strategies = new TreeSet<>();
        private boolean migration;
        private boolean fencingLevels;
        private final Set<String> guestNames = new TreeSet<>();
        private final Set<String> bundleIds = new TreeSet<>();
        /**
         * Remote nodes named in the nodes section, remote node states and remote connection histories in the
         * status section, by node name: a guest's, a bundle replica's, or a Pacemaker Remote node's.
         */
        private final Set<String> remoteNames = new TreeSet<>();

        @Override
        public void startElement(String uri, String localName, String tag, Attributes a) {
            if (inside("configuration")) {
                configuration(tag, a);
            } else if (inside("status")) {
                status(tag, a);
            }
            path.push(tag);
        }

        @Override
        public void endElement(String uri, String localName, String tag) {
            path.pop();
        }

        private void configuration(String tag, Attributes a) {
            if (inside("resources")) {
                // Pacemaker also reads a resource element's own XML attributes as its meta attributes
                migration |= isTrue(a.getValue("allow-migrate"));
                if (a.getValue("remote-node") != null && !a.getValue("remote-node").isEmpty()) {
                    guestNames.add(a.getValue("remote-node"));
                }
            }
            switch (tag) {
                case "bundle" -> {
                    bundles = true;
                    bundleIds.add(value(a, "id"));
                }
                case "primitive", "template" -> remoteConfigured |= isRemoteAgent(a);
                case "node" -> {
                    if (inside("nodes") && "remote".equals(a.getValue("type"))) {
                        remoteNames.add(a.getValue("uname") != null ? a.getValue("uname") : value(a, "id"));
                    }
                }
                case "rsc_ticket" -> tickets = true;
                case "fencing-level" -> fencingLevels = true;
                case "nvpair" -> nvpair(value(a, "name"), value(a, "value"));
                default -> {
                }
            }
        }

        private void nvpair(String name, String value) {
            boolean meta = inside("meta_attributes");
            if (name.equals("placement-strategy") && inside("crm_config")
                    && UTILIZATION_STRATEGIES.contains(value.toLowerCase(Locale.ROOT))) {
                strategies.add(value);
            } else if (name.equals("allow-migrate") && meta && (inside("resources") || inside("rsc_defaults"))) {
                migration |= isTrue(value);
            } else if (name.equals("remote-node") && meta && inside("resources") && !value.isEmpty()) {
                guestNames.add(value);
            }
        }

        private void status(String tag, Attributes a) {
            if (tag.equals("node_state") && isTrue(a.getValue("remote_node"))) {
                remoteNames.add(a.getValue("uname") != null ? a.getValue("uname") : value(a, "id"));
            } else if (tag.equals("lrm_resource") && isRemoteAgent(a)) {
                remoteNames.add(value(a, "id"));
            } else if (tag.equals("lrm_rsc_op")) {
                String op = value(a, "operation");
                migration |= op.equals("migrate_to") || op.equals("migrate_from");
            }
        }

        private static boolean isRemoteAgent(Attributes a) {
            return "ocf".equals(a.getValue("class")) && "pacemaker".equals(a.getValue("provider"))
                    && "remote".equals(a.getValue("type"));
        }

        private static String value(Attributes a, String name) {
            String v = a.getValue(name);
            return v == null ? "" : v;
        }

        private boolean inside(String tag) {
            return path.contains(tag);
        }

        List<String> features() {
            Set<String> out = new LinkedHashSet<>();
            boolean guests = !guestNames.isEmpty();
            boolean remote = remoteConfigured;
            for (String name : remoteNames) {
                if (guestNames.contains(name)) {
                    guests = true;
                } else if (!ofBundle(name)) {
                    remote = true;
                }
            }
            addIf(out, bundles, BUNDLES);
            addIf(out, remote, REMOTE_NODES);
            addIf(out, guests, GUEST_NODES);
            addIf(out, tickets, TICKETS);
            for (String s : strategies) {
                out.add(UTILIZATION + " (placement-strategy=" + s + ")");
            }
            addIf(out, migration, MIGRATION);
            addIf(out, fencingLevels, FENCING_LEVELS);
            return new ArrayList<>(out);
        }

        /** A bundle's replicas run as guest nodes named after it ({@code httpd-bundle-0}). */
        private boolean ofBundle(String nodeName) {
            for (String id : bundleIds) {
                if (nodeName.startsWith(id + "-")) {
                    return true;
                }
            }
            return false;
        }

        private static void addIf(Set<String> out, boolean present, String feature) {
            if (present) {
                out.add(feature);
            }
        }
    }
}

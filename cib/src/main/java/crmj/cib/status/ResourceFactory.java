package crmj.cib.status;

import crmj.cib.status.WRsc.Flag;
import crmj.cib.status.WRsc.Variant;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Creates resources from their configuration as {@code pe__unpack_resource} does: template expansion,
 * meta-attributes (own, inherited, defaults), flags, then the variant's own unpacking.
 */
public final class ResourceFactory {
    private final WorkingSet ws;

    public ResourceFactory(WorkingSet ws) {
        this.ws = ws;
    }

    public WorkingSet workingSet() {
        return ws;
    }

    /** Unpacks one resource element; null when it is invalid (Pacemaker ignores it). */
    public WRsc unpack(XmlElement xmlObj, WRsc parent) {
        String id = xmlObj.id();
        if (id == null) {
            return null;
        }
        XmlElement expanded = Templates.expand(xmlObj, ws);
        if (expanded == Templates.INVALID) {
            return null;
        }
        XmlElement xml = expanded != null ? expanded : xmlObj;
        Variant variant = variant(xml.name());
        if (variant == null) {
            return null;
        }
        String instance = xml.attr("clone");
        WRsc rsc = new WRsc(instance != null ? id + ":" + instance : id, variant, parent, xml,
                expanded != null ? xmlObj : null);
        if (instance != null) {
            rsc.meta.put("clone", instance);
        }
        MetaAttributes.unpack(rsc, ws);
        setFlags(rsc);
        Role target = HistoryUnpacker.targetRole(rsc);
        if (target != null) {
            rsc.nextRole = target;
        }
        if (!unpackVariant(rsc)) {
            return null;
        }
        if (ws.options.symmetric) {
            for (WNode n : ws.nodes) {
                rsc.addSymmetricDefault(n);
            }
        } else if (rsc.isRemoteNode && rsc.meta.get("container") != null) {
            ws.locationAll(rsc, 0);
        }
        return rsc;
    }

    private static Variant variant(String tag) {
        switch (tag) {
            case "primitive":
                return Variant.NATIVE;
            case "group":
                return Variant.GROUP;
            case "clone", "master":
                return Variant.CLONE;
            case "bundle":
                return Variant.BUNDLE;
            default:
                return null;
        }
    }

    private boolean unpackVariant(WRsc rsc) {
        switch (rsc.variant) {
            case NATIVE:
                return unpackNative(rsc);
            case GROUP:
                return unpackGroup(rsc);
            case CLONE:
                return new CloneUnpacker(this).unpack(rsc);
            default:
                return new BundleUnpacker(this).unpack(rsc);
        }
    }

    private void setFlags(WRsc rsc) {
        Map<String, String> meta = rsc.meta;
        if (!ws.options.maintenanceMode) {
            rsc.set(Flag.MANAGED);
        }
        rsc.priority = Values.score(meta.get("priority"));
        String critical = meta.get("critical");
        if (critical == null || Values.isTrue(critical)) {
            rsc.set(Flag.CRITICAL);
        }
        if (Values.isTrue(meta.get("notify"))) {
            rsc.set(Flag.NOTIFY);
        }
        boolean remoteNode = false;
        if (isRemoteAgent(rsc.xml)) {
            rsc.isRemoteNode = true;
            remoteNode = meta.get("container") == null;
        }
        String migrate = meta.get("allow-migrate");
        if (Values.isTrue(migrate) || (migrate == null && remoteNode)) {
            rsc.set(Flag.ALLOW_MIGRATE);
        }
        String managed = meta.get("is-managed");
        if (managed != null && !managed.equalsIgnoreCase("default")) {
            if (Values.isTrue(managed)) {
                rsc.set(Flag.MANAGED);
            } else {
                rsc.clear(Flag.MANAGED);
            }
        }
        if (Values.isTrue(meta.get("maintenance")) || ws.options.maintenanceMode) {
            rsc.clear(Flag.MANAGED);
            rsc.set(Flag.MAINTENANCE);
        }
        if (rsc.uberParent().isClone()) {
            if (Values.isTrue(meta.get("globally-unique"))) {
                rsc.set(Flag.UNIQUE);
            }
            if (detectPromotable(rsc)) {
                rsc.set(Flag.PROMOTABLE);
            }
        } else {
            rsc.set(Flag.UNIQUE);
        }
        rsc.recovery = recovery(meta.get("multiple-active"));
        String stickiness = meta.get("resource-stickiness");
        if (stickiness != null && !stickiness.equalsIgnoreCase("default")) {
            rsc.stickiness = Values.score(stickiness);
        }
        String threshold = meta.get("migration-threshold");
        if (threshold != null && !threshold.equalsIgnoreCase("default")) {
            rsc.migrationThreshold = Values.score(threshold);
            if (rsc.migrationThreshold < 0) {
                rsc.migrationThreshold = 1;
            }
        }
        if ("stonith".equalsIgnoreCase(rsc.agentClass())) {
            ws.options.haveStonithResource = true;
            rsc.set(Flag.FENCE_DEVICE);
        }
        unpackRequires(rsc, meta.get("requires"));
        String timeout = meta.get("failure-timeout");
        if (timeout != null) {
            rsc.failureTimeout = (int) (Values.intervalMs(timeout) / 1000);
        }
        if (remoteNode) {
            Map<String, String> params = new HashMap<>();
            InstanceAttributes.collect(rsc, ws, params);
            String reconnect = params.get("reconnect_interval");
            if (reconnect != null) {
                rsc.remoteReconnectMs = Values.intervalMs(reconnect);
                rsc.failureTimeout = (int) (rsc.remoteReconnectMs / 1000);
            }
        }
    }

    private static boolean detectPromotable(WRsc rsc) {
        if (Values.isTrue(rsc.meta.get("promotable"))) {
            return true;
        }
        if (rsc.xml.name().equals("master")) {
            rsc.meta.put("promotable", "true");
            return true;
        }
        return false;
    }

    private static WRsc.Recovery recovery(String value) {
        String v = value == null ? "" : value.toLowerCase(Locale.ROOT);
        switch (v) {
            case "stop_only":
                return WRsc.Recovery.STOP_ONLY;
            case "block":
                return WRsc.Recovery.BLOCK;
            case "stop_unexpected":
                return WRsc.Recovery.STOP_UNEXPECTED;
            default:
                return WRsc.Recovery.STOP_START;
        }
    }

    private void unpackRequires(WRsc rsc, String value) {
        String v = value == null ? "" : value.toLowerCase(Locale.ROOT);
        switch (v) {
            case "nothing":
                return;
            case "quorum":
                rsc.set(Flag.NEEDS_QUORUM);
                return;
            case "fencing":
                rsc.set(Flag.NEEDS_FENCING);
                return;
            case "unfencing":
                if (rsc.is(Flag.FENCE_DEVICE) || !ws.options.stonithEnabled) {
                    rsc.set(Flag.NEEDS_QUORUM);
                } else {
                    rsc.set(Flag.NEEDS_FENCING);
                    rsc.set(Flag.NEEDS_UNFENCING);
                }
                return;
            default:
                unpackRequires(rsc, defaultRequires(rsc));
        }
    }

    private String defaultRequires(WRsc rsc) {
        if (rsc.is(Flag.FENCE_DEVICE)) {
            return "quorum";
        } else if (rsc.variant == Variant.NATIVE && isRemoteAgent(rsc.xml)) {
            return "quorum";
        } else if (ws.options.enableUnfencing) {
            return "unfencing";
        } else if (ws.options.stonithEnabled) {
            return "fencing";
        } else if (ws.options.noQuorumPolicy == ClusterOptions.NoQuorumPolicy.IGNORE) {
            return "nothing";
        }
        return "quorum";
    }

    /** {@code xml_contains_remote_node}: an ocf:pacemaker:remote primitive. */
    public static boolean isRemoteAgent(XmlElement xml) {
        return xml != null && "remote".equalsIgnoreCase(xml.attr("type"))
                && "ocf".equalsIgnoreCase(xml.attr("class"))
                && "pacemaker".equalsIgnoreCase(xml.attr("provider"));
    }

    private boolean unpackNative(WRsc rsc) {
        WRsc parent = rsc.uberParent();
        String standard = rsc.agentClass();
        boolean ocf = "ocf".equalsIgnoreCase(standard);
        boolean canBeUnique = ocf || "stonith".equalsIgnoreCase(standard);
        if (!canBeUnique && rsc.is(Flag.UNIQUE) && parent.isClone()) {
            CloneUnpacker.forceAnonymous(parent, ws);
            clearUnique(parent);
            clearUnique(rsc);
        }
        return ocf || !parent.is(Flag.PROMOTABLE);
    }

    private static void clearUnique(WRsc rsc) {
        rsc.clear(Flag.UNIQUE);
        rsc.meta.put("globally-unique", "false");
        for (WRsc c : rsc.children) {
            clearUnique(c);
        }
    }

    private boolean unpackGroup(WRsc rsc) {
        String instance = rsc.xml.attr("clone");
        for (XmlElement child : rsc.xml.children("primitive")) {
            child.setAttr("clone", instance);
            WRsc member = unpack(child, rsc);
            if (member != null) {
                rsc.children.add(member);
            }
        }
        return true;
    }
}

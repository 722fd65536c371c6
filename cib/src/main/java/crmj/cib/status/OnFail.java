package crmj.cib.status;

import crmj.cib.status.WRsc.Flag;

import java.util.HashMap;
import java.util.Map;

/**
 * What a failed operation leads to ({@code unpack_operation}'s failure handling): the configured
 * {@code on-fail} of the matching op (or op_defaults), else Pacemaker's defaults.
 */
public final class OnFail {
    /** Failure responses, least severe first (the order {@code cmp_on_fail} compares them in). */
    public enum Response { IGNORE, DEMOTE, RECOVER, RESET_REMOTE, RESTART_CONTAINER, MIGRATE, BLOCK, STOP, STANDBY, FENCE }

    /** The response and the role the resource should have after the failure. */
    public record Outcome(Response response, Role failRole) {
    }

    private final WorkingSet ws;

    public OnFail(WorkingSet ws) {
        this.ws = ws;
    }

    /** The outcome of a failure of the history entry with this key and task. */
    public Outcome of(WRsc rsc, String key, String task) {
        long intervalMs = intervalOfKey(key);
        XmlElement opXml = OpConfig.find(rsc, key, ws);
        Map<String, String> meta = new HashMap<>();
        Rules.Context ctx = new Rules.Context(ws.now, null, Role.UNKNOWN, rsc.xml.attr("class"),
                rsc.xml.attr("provider"), rsc.xml.attr("type"), task, intervalMs);
        ws.sets.unpack(ws.opDefaults, "meta_attributes", ctx, meta, null, false);
        if (opXml != null) {
            ws.sets.unpack(opXml, "meta_attributes", ctx, meta, null, true);
            meta.putAll(opXml.attributes());
        }
        String value = configured(rsc, task, meta.get("on-fail"), opXml);
        Response response = null;
        Role failRole = Role.UNKNOWN;
        if (value != null) {
            switch (value.toLowerCase(java.util.Locale.ROOT)) {
                case "block" -> response = Response.BLOCK;
                case "fence" -> {
                    response = ws.options.stonithEnabled ? Response.FENCE : Response.STOP;
                    failRole = ws.options.stonithEnabled ? Role.UNKNOWN : Role.STOPPED;
                }
                case "standby" -> response = Response.STANDBY;
                case "ignore", "nothing" -> response = Response.IGNORE;
                case "migrate" -> response = Response.MIGRATE;
                case "stop" -> {
                    response = Response.STOP;
                    failRole = Role.STOPPED;
                }
                case "restart" -> response = Response.RECOVER;
                case "restart-container" -> response = rsc.container != null ? Response.RESTART_CONTAINER : null;
                case "demote" -> response = Response.DEMOTE;
                default -> response = null;
            }
        }
        if (response == null && rsc.container != null) {
            response = Response.RESTART_CONTAINER;
        } else if ((response == null || !rsc.is(Flag.MANAGED)) && isRemoteConnection(rsc)
                && !("monitor".equals(task) && intervalMs == 0) && !"start".equals(task)) {
            if (!rsc.is(Flag.MANAGED)) {
                response = Response.STOP;
                failRole = Role.STOPPED;
            } else {
                if (rsc.remoteReconnectMs != 0) {
                    failRole = Role.STOPPED;
                }
                response = Response.RESET_REMOTE;
            }
        } else if (response == null && "stop".equals(task)) {
            response = ws.options.stonithEnabled ? Response.FENCE : Response.BLOCK;
        } else if (response == null) {
            response = Response.RECOVER;
        }
        if (failRole == Role.UNKNOWN) {
            String roleAfter = opXml != null ? meta.get("role_after_failure") : null;
            if (roleAfter != null) {
                failRole = Role.parse(roleAfter);
            }
        }
        if (failRole == Role.UNKNOWN) {
            failRole = "promote".equals(task) ? Role.UNPROMOTED : Role.STARTED;
        }
        return new Outcome(response, failRole);
    }

    /** {@code unpack_operation_on_fail}: the configured value, after Pacemaker's validity rules. */
    private static String configured(WRsc rsc, String task, String value, XmlElement opXml) {
        if ("stop".equals(task) && value != null && (value.equalsIgnoreCase("standby")
                || value.equalsIgnoreCase("demote") || value.equalsIgnoreCase("stop"))) {
            return null;
        }
        if ("demote".equals(task) && value == null) {
            return OpConfig.promotedMonitorOnFail(rsc);
        }
        if ("delete".equals(task)) {
            return "ignore";
        }
        if ("demote".equalsIgnoreCase(value)) {
            String name = opXml == null ? null : opXml.attr("name");
            String role = opXml == null ? null : opXml.attr("role");
            long interval = opXml == null ? 0 : Values.intervalMs(opXml.attr("interval"));
            boolean promotedMonitor = "monitor".equals(name) && isPromotedRole(role) && interval != 0;
            if (!"promote".equals(name) && !promotedMonitor) {
                return null;
            }
        }
        return value;
    }

    public static boolean isPromotedRole(String role) {
        return "Promoted".equalsIgnoreCase(role) || "Master".equalsIgnoreCase(role);
    }

    /** {@code pe__resource_is_remote_conn}. */
    private boolean isRemoteConnection(WRsc rsc) {
        if (!rsc.isRemoteNode) {
            return false;
        }
        WNode node = ws.findNode(rsc.id);
        return node != null && node.isRemote();
    }

    /** The interval at the end of an operation key ({@code RSC_TASK_INTERVAL}). */
    public static long intervalOfKey(String key) {
        int us = key.lastIndexOf('_');
        if (us < 0) {
            return 0;
        }
        return Values.leadingLong(key.substring(us + 1), 0);
    }
}

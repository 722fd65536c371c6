package crmj.cib.scheduler;

import crmj.cib.status.OpConfig;
import crmj.cib.status.Role;
import crmj.cib.status.Rules;
import crmj.cib.status.Values;
import crmj.cib.status.WRsc;
import crmj.cib.status.WRsc.Flag;
import crmj.cib.status.XmlElement;

import java.util.HashMap;
import java.util.Map;

/** What an action takes from its configured operation ({@code unpack_operation}, in part). */
final class Ops {
    /** Pacemaker's default operation timeout ({@code CRM_DEFAULT_OP_TIMEOUT_S}), in milliseconds. */
    static final long DEFAULT_TIMEOUT_MS = 20_000;

    private Ops() {
    }

    static void unpack(Sched s, Act a) {
        String[] parsed = Sched.parseOpKey(a.uuid);
        long interval = parsed == null ? 0 : Long.parseLong(parsed[2]);
        a.intervalMs = interval;
        XmlElement op = s.opEntry(a.rsc, a.uuid);
        a.opEntry = op;
        meta(s, a.rsc, a.task, interval, op, a.meta);
        if (!a.task.equalsIgnoreCase("start") && !a.task.equalsIgnoreCase("promote")) {
            a.needs = Act.Needs.NOTHING;
        } else if (a.rsc.is(Flag.NEEDS_FENCING)) {
            a.needs = Act.Needs.FENCING;
        } else if (a.rsc.is(Flag.NEEDS_QUORUM)) {
            a.needs = Act.Needs.QUORUM;
        } else {
            a.needs = Act.Needs.NOTHING;
        }
    }

    /** An action's meta-attributes: op_defaults, the op's meta_attributes and attributes, interval, timeout. */
    static void meta(Sched s, WRsc rsc, String task, long interval, XmlElement op, Map<String, String> meta) {
        Rules.Context ctx = new Rules.Context(s.ws.now, null, Role.UNKNOWN, rsc.xml.attr("class"),
                rsc.xml.attr("provider"), rsc.xml.attr("type"), task, interval);
        if (s.ws.opDefaults != null) {
            String cacheKey = rsc.xml.attr("class") + "\u0000" + rsc.xml.attr("provider") + "\u0000"
                    + rsc.xml.attr("type") + "\u0000" + task + "\u0000" + interval;
            meta.putAll(s.opDefaults(cacheKey, () -> {
                Map<String, String> defaults = new HashMap<>();
                s.ws.sets.unpack(s.ws.opDefaults, "meta_attributes", ctx, defaults, null, false);
                return defaults;
            }));
        }
        boolean probe = interval == 0 && task.equals("monitor");
        if (probe) {
            XmlElement min = minIntervalMonitor(s, rsc);
            if (min != null && min.attr("timeout") != null) {
                meta.put("timeout", min.attr("timeout"));
            }
        }
        if (op != null) {
            s.ws.sets.unpack(op, "meta_attributes", ctx, meta, null, true);
            for (Map.Entry<String, String> e : op.attributes().entrySet()) {
                meta.put(e.getKey(), e.getValue());
            }
        }
        meta.remove("id");
        if (interval > 0) {
            meta.put("interval", Long.toString(interval));
        } else {
            meta.remove("interval");
        }
        String timeout = meta.get("timeout");
        long ms = timeout == null ? -1 : Values.msec(timeout);
        meta.put("timeout", Long.toString(ms < 0 ? DEFAULT_TIMEOUT_MS : ms));
    }

    private static XmlElement minIntervalMonitor(Sched s, WRsc rsc) {
        XmlElement ops = OpConfig.operations(rsc, s.ws);
        if (ops == null) {
            return null;
        }
        XmlElement best = null;
        long bestInterval = Long.MAX_VALUE;
        for (XmlElement op : ops.children("op")) {
            if (!"monitor".equals(op.attr("name")) || Boolean.FALSE.equals(Values.toBoolean(op.attr("enabled")))) {
                continue;
            }
            long interval = Values.intervalMs(op.attr("interval"));
            if (interval > 0 && interval < bestInterval) {
                bestInterval = interval;
                best = op;
            }
        }
        return best;
    }

    /** The op's own instance attributes evaluated for a node ({@code action->extra}). */
    static Map<String, String> extra(Sched s, XmlElement op, Map<String, String> nodeAttrs) {
        Map<String, String> extra = new HashMap<>();
        if (op != null) {
            Rules.Context ctx = new Rules.Context(s.ws.now, nodeAttrs, Role.UNKNOWN, null, null, null, null, 0);
            s.ws.sets.unpack(op, "instance_attributes", ctx, extra, null, false);
        }
        return extra;
    }
}

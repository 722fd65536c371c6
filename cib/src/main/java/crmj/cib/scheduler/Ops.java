package crmj.cib.scheduler;

import crmj.cib.status.OpConfig;
import crmj.cib.status.WRsc.Flag;
import crmj.cib.status.XmlElement;

/** What an action takes from its configured operation ({@code unpack_operation}, in part). */
final class Ops {
    private Ops() {
    }

    static void unpack(Sched s, Act a) {
        String[] parsed = Sched.parseOpKey(a.uuid);
        long interval = parsed == null ? 0 : Long.parseLong(parsed[2]);
        a.intervalMs = interval;
        XmlElement op = OpConfig.find(a.rsc, a.uuid, s.ws);
        a.opEntry = op;
        if (op != null) {
            for (java.util.Map.Entry<String, String> e : op.attributes().entrySet()) {
                a.meta.put(e.getKey(), e.getValue());
            }
        }
        a.meta.remove("id");
        if (interval > 0) {
            a.meta.put("interval", Long.toString(interval));
        } else {
            a.meta.remove("interval");
        }
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
}

package crmj.cib.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The failed operations recorded while unpacking, as public records. */
public final class FailedActions {
    private FailedActions() {
    }

    public static List<FailedAction> of(WorkingSet ws) {
        List<FailedAction> out = new ArrayList<>();
        for (XmlElement op : ws.failed) {
            String task = op.attr("operation");
            out.add(new FailedAction(op.optAttr("rsc-id").orElse(""), OpEntry.key(op) == null ? "" : OpEntry.key(op),
                    op.optAttr("uname").orElse(""), op.optAttr("on_node"), task == null ? "" : task, OpEntry.intervalMs(op),
                    OpEntry.rc(op), Values.intValue(op.attr("op-status"), 0), op.optAttr("call-id"),
                    op.optAttr("exit-reason"), Optional.ofNullable(OpEntry.lastChange(op)),
                    op.optAttr("exec-time"), op.optAttr("queue-time"), OpEntry.isMaskedProbeFailure(op)));
        }
        return out;
    }
}

package crmj.shell;

import crmj.cib.model.Cib;
import crmj.cib.status.ClusterState;
import crmj.cib.status.CrmMonFormatter;

import java.time.ZonedDateTime;

/**
 * {@code crm status}: crm_mon's one-shot text (Cluster Summary, Node List, resources, failed actions),
 * from the CIB and its status section, through the same formatter as {@code crm simulate}.
 */
final class StatusCommand {
    private StatusCommand() {
    }

    static String render(Cib cib, ZonedDateTime now) {
        ClusterState state = ClusterState.of(cib, now.toInstant());
        // crmsh runs crm_mon -1 -r (inactive resources too) and prints an empty line after it
        return CrmMonFormatter.crmMon(state, now.toInstant(), now.getZone(), true) + "\n";
    }
}

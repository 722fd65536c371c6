package crmj.cib.status;

import crmj.cib.status.WRsc.Flag;

/** Runs the unpacking steps of {@code cluster_status} over a parsed CIB. */
public final class Unpacker {
    private Unpacker() {
    }

    public static WorkingSet unpack(XmlDocument doc, long now) {
        WorkingSet ws = new WorkingSet(doc, now);
        new ConfigUnpacker(ws).run();
        new StatusUnpacker(ws).run(doc.root().child("status"));
        return ws;
    }

    /** {@code pe__count_common}: counts leaf instances, disabled and blocked ones. */
    public static int[] count(WorkingSet ws) {
        int[] counts = new int[3];
        for (WRsc r : ws.resources) {
            count(r, counts);
        }
        return counts;
    }

    private static void count(WRsc rsc, int[] counts) {
        if (rsc.variant == WRsc.Variant.BUNDLE) {
            for (BundleData.Replica r : rsc.bundle.replicas) {
                for (WRsc part : new WRsc[] {r.ip, r.child, r.container, r.remote}) {
                    if (part != null) {
                        count(part, counts);
                    }
                }
            }
            return;
        }
        if (!rsc.children.isEmpty()) {
            for (WRsc c : rsc.children) {
                count(c, counts);
            }
        } else if (!rsc.is(Flag.ORPHAN) || rsc.role.isAfter(Role.STOPPED)) {
            counts[0]++;
            if (isDisabled(rsc)) {
                counts[1]++;
            }
            if (rsc.is(Flag.BLOCK)) {
                counts[2]++;
            }
        }
    }

    /** {@code pe__resource_is_disabled}. */
    public static boolean isDisabled(WRsc rsc) {
        String target = rsc.meta.get("target-role");
        if (target == null) {
            return false;
        }
        Role role = Role.parse(target);
        return role == Role.STOPPED || (role == Role.UNPROMOTED && rsc.uberParent().is(Flag.PROMOTABLE));
    }
}

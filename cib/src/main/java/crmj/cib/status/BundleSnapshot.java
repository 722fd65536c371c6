package crmj.cib.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Freezes a bundle and its replicas. */
public final class BundleSnapshot {
    private BundleSnapshot() {
    }

    public static BundleState of(WRsc r, Snapshot snapshot) {
        BundleData b = r.bundle;
        List<BundleState.Replica> replicas = new ArrayList<>();
        for (BundleData.Replica rep : b.replicas) {
            replicas.add(new BundleState.Replica(rep.offset, Optional.ofNullable(rep.ipAddr),
                    Optional.ofNullable(rep.ip).map(snapshot::primitive),
                    Optional.ofNullable(rep.child).map(snapshot::resource),
                    snapshot.primitive(rep.container),
                    Optional.ofNullable(rep.remote).map(snapshot::primitive),
                    Optional.ofNullable(rep.node).map(n -> n.uname)));
        }
        return new BundleState(r.id, b.agentType == null ? "docker" : b.agentType, b.image == null ? "" : b.image,
                replicas, Snapshot.names(r.runningOn), Unpacker.isDisabled(r), Snapshot.flags(r));
    }
}

package crmj.cib.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A bundle: its container technology and image, and its replicas.
 *
 * @param id the bundle id
 * @param containerType docker, podman or rkt
 * @param image the container image
 * @param replicas the replicas, by index
 * @param runningOn the nodes where any replica's container runs
 * @param disabled target-role Stopped
 * @param flags its flags
 */
public record BundleState(String id, String containerType, String image, List<Replica> replicas,
                          List<String> runningOn, boolean disabled, Set<ResourceFlag> flags)
        implements ResourceState {
    /**
     * One replica.
     *
     * @param index the replica number
     * @param ipAddress the replica's address from the bundle's ip-range-start, if any
     * @param ip the replica's IP address resource, if the bundle has an ip-range-start
     * @param child the bundled resource's instance, if the bundle has a primitive
     * @param container the container resource
     * @param remote the remote connection resource into the container, if the bundle has a primitive
     * @param guestNode the guest node name the connection provides, if any
     */
    public record Replica(int index, Optional<String> ipAddress, Optional<PrimitiveState> ip, Optional<ResourceState> child,
                          PrimitiveState container, Optional<PrimitiveState> remote, Optional<String> guestNode) {
        public Replica {
            Objects.requireNonNull(ipAddress, "ipAddress");
            Objects.requireNonNull(ip, "ip");
            Objects.requireNonNull(child, "child");
            Objects.requireNonNull(container, "container");
            Objects.requireNonNull(remote, "remote");
            Objects.requireNonNull(guestNode, "guestNode");
        }
    }

    public BundleState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(containerType, "containerType");
        Objects.requireNonNull(image, "image");
        replicas = List.copyOf(replicas);
        runningOn = List.copyOf(runningOn);
        flags = Set.copyOf(flags);
    }

    /** The replicas' resources: IP, child, container and connection of each, in that order. */
    @Override
    public List<ResourceState> children() {
        List<ResourceState> out = new ArrayList<>();
        for (Replica r : replicas) {
            r.ip().ifPresent(out::add);
            r.child().ifPresent(out::add);
            out.add(r.container());
            r.remote().ifPresent(out::add);
        }
        return out;
    }
}

package crmj.cib.status;

import java.util.ArrayList;
import java.util.List;

/** A bundle's own data: container settings, network, mounts, ports, the implicit clone and the replicas. */
public final class BundleData {
    /** One replica: its container, optional IP and remote connection, the child instance and guest node. */
    public static final class Replica {
        int offset;
        String ipAddr;
        WRsc ip;
        WRsc container;
        WRsc remote;
        WRsc child;
        WNode node;
    }

    /** A storage mapping. */
    public record Mount(String source, String target, String options, boolean subdir) {
    }

    /** A port mapping. */
    public record Port(String source, String target) {
    }

    private static final int DEFAULT_REMOTE_PORT = 3121;

    public String agentType;
    public String prefix;
    public String image;
    public String runCommand;
    public String launcherOptions;
    public String containerNetwork;
    public String hostOptions = "";
    public int promotedMax;
    public int nReplicas;
    public int nReplicasPerHost;
    public String ipRangeStart;
    public String ipLast;
    public String controlPort;
    public boolean addHost = true;
    public String hostNetmask;
    public String hostNetwork;
    public boolean needLogMount = true;
    public final List<Mount> mounts = new ArrayList<>();
    public final List<Port> ports = new ArrayList<>();
    public WRsc child;
    public final List<Replica> replicas = new ArrayList<>();

    /** {@code valid_network}: an IP range, or a control port (forcing one replica per host). */
    public boolean validNetwork() {
        if (ipRangeStart != null) {
            return true;
        }
        if (controlPort != null) {
            if (nReplicasPerHost > 1) {
                nReplicasPerHost = 1;
            }
            return true;
        }
        return false;
    }

    /** The authkey and log mounts and the remote port every bundle with a primitive gets. */
    public void addDefaultMountsAndPort() {
        mounts.add(new Mount("/etc/pacemaker/authkey", "/etc/pacemaker/authkey", null, false));
        if (needLogMount) {
            mounts.add(new Mount("/var/log/pacemaker/bundles", "/var/log", null, true));
        }
        String port = controlPort != null ? controlPort : Integer.toString(DEFAULT_REMOTE_PORT);
        ports.add(new Port(port, port));
    }

    public String remotePort() {
        return controlPort != null ? controlPort : Integer.toString(DEFAULT_REMOTE_PORT);
    }

    /** {@code allocate_ip}: the next address of the range, and the host entry the containers get. */
    public void allocateIp(Replica r) {
        if (ipRangeStart == null) {
            return;
        }
        r.ipAddr = ipLast != null ? nextIp(ipLast) : ipRangeStart;
        ipLast = r.ipAddr;
        if ("rkt".equals(agentType) || !addHost) {
            hostOptions += " --hosts-entry=" + r.ipAddr + "=" + prefix + "-" + r.offset;
        } else {
            hostOptions += " --add-host=" + prefix + "-" + r.offset + ":" + r.ipAddr;
        }
    }

    private static String nextIp(String last) {
        if (last == null) {
            return null;
        }
        String[] o = last.split("\\.");
        if (o.length != 4) {
            return null;
        }
        long[] v = new long[4];
        for (int i = 0; i < 4; i++) {
            v[i] = Values.leadingLong(o[i], -1);
            if (v[i] < 0) {
                return null;
            }
        }
        if (v[2] > 253) {
            return null;
        } else if (v[3] > 253) {
            v[2]++;
            v[3] = 1;
        } else {
            v[3]++;
        }
        return v[0] + "." + v[1] + "." + v[2] + "." + v[3];
    }
}

package crmj.cib.status;

/**
 * The container primitive of a bundle replica ({@code create_container_resource}): an
 * ocf:heartbeat:docker/podman/rkt resource whose parameters carry the image and run options.
 */
public final class ContainerXml {
    private ContainerXml() {
    }

    /** The primitive, or null for an unknown container technology. */
    public static XmlElement build(BundleData b, BundleData.Replica r) {
        String hostnameOpt;
        String envOpt;
        boolean rkt = "rkt".equals(b.agentType);
        if ("docker".equals(b.agentType) || "podman".equals(b.agentType)) {
            hostnameOpt = "-h ";
            envOpt = "-e ";
        } else if (rkt) {
            hostnameOpt = "--hostname=";
            envOpt = "--environment=";
        } else {
            return null;
        }
        XmlElement c = BundleResources.primitive(BundleResources.sanitize(b.prefix + "-" + b.agentType + "-"
                + r.offset), "heartbeat", b.agentType);
        XmlElement attrs = new XmlElement("instance_attributes");
        attrs.setAttr("id", BundleResources.sanitize(b.prefix + "-attributes-" + r.offset));
        c.add(attrs);
        attrs.add(RemoteNodes.nvpair("image", b.image));
        attrs.add(RemoteNodes.nvpair("allow_pull", "true"));
        attrs.add(RemoteNodes.nvpair("force_kill", "false"));
        attrs.add(RemoteNodes.nvpair("reuse", "false"));
        StringBuilder opts = new StringBuilder();
        if ("docker".equals(b.agentType)) {
            opts.append(" --restart=no");
        }
        if (b.ipRangeStart != null) {
            opts.append(' ').append(hostnameOpt).append(b.prefix).append('-').append(r.offset);
        }
        opts.append(' ').append(envOpt).append("PCMK_stderr=1");
        if (b.containerNetwork != null) {
            opts.append(" --net=").append(b.containerNetwork);
        }
        opts.append(' ').append(envOpt).append("PCMK_remote_port=").append(b.remotePort());
        StringBuilder dirs = new StringBuilder();
        mounts(b, r, rkt, opts, dirs);
        ports(b, r, rkt, opts);
        if (b.launcherOptions != null) {
            opts.append(' ').append(b.launcherOptions);
        }
        opts.append(' ').append(b.hostOptions);
        attrs.add(RemoteNodes.nvpair("run_opts", opts.toString()));
        attrs.add(RemoteNodes.nvpair("mount_points", dirs.toString()));
        if (r.child != null) {
            attrs.add(RemoteNodes.nvpair("run_cmd", b.runCommand != null ? b.runCommand : "/usr/sbin/pacemaker-remoted"));
        } else if (b.runCommand != null) {
            attrs.add(RemoteNodes.nvpair("run_cmd", b.runCommand));
        }
        attrs.add(RemoteNodes.nvpair("monitor_cmd", "/bin/true"));
        XmlElement ops = new XmlElement("operations");
        c.add(ops);
        ops.add(RemoteNodes.op(c.id(), "monitor", "60s", null));
        return c;
    }

    private static void mounts(BundleData b, BundleData.Replica r, boolean rkt, StringBuilder opts,
                               StringBuilder dirs) {
        int volid = 0;
        for (BundleData.Mount m : b.mounts) {
            String source = m.source();
            if (m.subdir()) {
                source = m.source() + "/" + b.prefix + "-" + r.offset;
                if (dirs.length() > 0) {
                    dirs.append(',');
                }
                dirs.append(source);
            }
            if (!rkt) {
                opts.append(" -v ").append(source).append(':').append(m.target());
                if (m.options() != null) {
                    opts.append(':').append(m.options());
                }
            } else {
                opts.append(" --volume vol").append(volid).append(",kind=host,source=").append(source)
                        .append(m.options() != null ? "," + m.options() : "")
                        .append(" --mount volume=vol").append(volid).append(",target=").append(m.target());
                volid++;
            }
        }
    }

    private static void ports(BundleData b, BundleData.Replica r, boolean rkt, StringBuilder opts) {
        for (BundleData.Port p : b.ports) {
            if (!rkt) {
                if (r.ipAddr != null) {
                    opts.append(" -p ").append(r.ipAddr).append(':').append(p.source()).append(':').append(p.target());
                } else if (!"host".equals(b.containerNetwork)) {
                    opts.append(" -p ").append(p.source()).append(':').append(p.target());
                }
            } else if (r.ipAddr != null) {
                opts.append(" --port=").append(p.target()).append(':').append(r.ipAddr).append(':')
                        .append(p.source());
            } else {
                opts.append(" --port=").append(p.target()).append(':').append(p.source());
            }
        }
    }
}

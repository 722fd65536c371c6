package crmj.cib.scheduler;

import crmj.cib.status.ClusterState;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * crm_simulate's "Performing Requested Modifications" (Pacemaker 2.1.5, pcmk__inject_scheduler_input): quorum
 * and watchdog, nodes brought up, taken down and failed, tickets, then injected operation results, in that
 * order, each printed as crm_simulate prints it and applied to the status section.
 */
final class Modifications {
    private static final Pattern SPEC = Pattern.compile("([^@]+)(?:@([^=]+)(?:=\\s*([+-]?\\d+))?)?.*", Pattern.DOTALL);
    private static final Pattern INSTANCE = Pattern.compile("(.+):\\d+");

    private final StatusInjector injector;
    private final ClusterState state;
    private final SimulateOptions options;

    Modifications(StatusInjector injector, ClusterState state, SimulateOptions options) {
        this.injector = injector;
        this.state = state;
        this.options = options;
    }

    /** Applies the modifications, printing into {@code out} (unless quiet) and errors into {@code errors}. */
    void apply(StringBuilder out, List<String> errors, boolean quiet) {
        Printer p = new Printer(out, quiet);
        p.title("Performing Requested Modifications:");
        if (!options.nodeUp().isEmpty()) {
            injector.createNodeEntries();
        }
        options.quorum().ifPresent(q -> {
            p.item("Setting quorum: " + q);
            injector.quorum(q);
        });
        options.watchdog().ifPresent(w -> {
            p.item("Setting watchdog: " + w);
            injector.watchdog(w);
        });
        options.nodeUp().forEach(n -> {
            p.item("Bringing node " + n + " online");
            injector.nodeUp(n);
        });
        options.nodeDown().forEach(n -> {
            p.item("Taking node " + n + " offline");
            injector.nodeDown(n);
        });
        options.nodeFail().forEach(n -> {
            p.item("Failing node " + n);
            injector.nodeFail(n);
        });
        tickets(p);
        ResourceNames names = ResourceNames.of(state, injector.cib().print());
        for (String spec : options.opInject()) {
            try {
                inject(p, spec, names);
            } catch (InjectionException e) {
                errors.add(e.getMessage());
            }
        }
    }

    private void tickets(Printer p) {
        options.ticketGrant().forEach(t -> {
            p.item("Granting ticket " + t);
            injector.ticket(t, "granted", true);
        });
        options.ticketRevoke().forEach(t -> {
            p.item("Revoking ticket " + t);
            injector.ticket(t, "granted", false);
        });
        options.ticketStandby().forEach(t -> {
            p.item("Making ticket " + t + " standby");
            injector.ticket(t, "standby", true);
        });
        options.ticketActivate().forEach(t -> {
            p.item("Activating ticket " + t);
            injector.ticket(t, "standby", false);
        });
    }

    /** One {@code --op-inject rsc_task_interval@node=rc}. */
    private void inject(Printer p, String spec, ResourceNames names) {
        p.item("Injecting " + spec + " into the configuration");
        Matcher m = SPEC.matcher(spec);
        int fields = !m.matches() ? 0 : m.group(3) != null ? 3 : m.group(2) != null ? 2 : 1;
        if (fields != 3) {
            throw new InjectionException("Invalid operation spec: " + spec + ".  Only found " + fields + " fields");
        }
        Optional<OpSpec> op = OpSpec.parse(m.group(1));
        String resource = op.map(OpSpec::resource).orElse("(null)");
        if (op.isEmpty() || !names.test(resource)) {
            throw new InjectionException("Invalid resource name: " + resource);
        }
        String node = m.group(2);
        int rc = Integer.parseInt(m.group(3));
        XmlTree primitive = primitive(resource).orElse(null);
        XmlTree cibNode = injector.node(node, null);
        injector.failcount(cibNode, resource, op.get().task(), op.get().intervalMs(), rc).forEach(p::item);
        XmlTree history = injector.resourceHistory(cibNode, resource, resource, attr(primitive, "class"),
                attr(primitive, "type"), attr(primitive, "provider"));
        new OpResult(resource, op.get().task(), op.get().intervalMs(), rc, OpResult.nextCallId(history),
                "Simulated action result", java.util.Map.of(), injector.now()).record(history, 0, "crm_simulate");
    }

    /** The configured primitive (its template resolved) a resource or instance name stands for. */
    private Optional<XmlTree> primitive(String resource) {
        Matcher inst = INSTANCE.matcher(resource);
        String base = inst.matches() ? inst.group(1) : resource;
        Optional<XmlTree> p = injector.cib().first("configuration").flatMap(c -> c.find(e ->
                e.tag().equals("primitive") && (resource.equals(e.attr("id")) || base.equals(e.attr("id")))));
        if (p.isPresent() && p.get().attr("template") != null) {
            String template = p.get().attr("template");
            Optional<XmlTree> t = injector.cib().find(e -> e.tag().equals("template") && template.equals(e.attr("id")));
            if (t.isPresent()) {
                return t;
            }
        }
        return p;
    }

    private static String attr(XmlTree e, String name) {
        return e == null ? null : e.attr(name);
    }

    /** Prints a titled list unless quiet. */
    private record Printer(StringBuilder out, boolean quiet) {
        void title(String title) {
            if (!quiet) {
                out.append(title).append('\n');
            }
        }

        void item(String text) {
            if (!quiet) {
                out.append(ExecutionText.item(text)).append('\n');
            }
        }
    }
}

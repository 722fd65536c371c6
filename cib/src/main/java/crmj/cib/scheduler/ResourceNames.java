package crmj.cib.scheduler;

import crmj.cib.status.ClusterState;
import crmj.cib.status.ResourceState;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The resource names Pacemaker's resource lookup finds in a cluster: every resource's id, at every level
 * (groups, clones, their instances {@code rsc:N}, bundles' resources) and every name the status section's
 * operation history knows a resource by (an anonymous clone instance's history is often kept under the
 * clone's primitive id). crm_simulate uses it to decide which name an action's resource is shown and
 * recorded under.
 */
public final class ResourceNames implements Predicate<String> {
    private final Set<String> ids = new HashSet<>();

    private ResourceNames(ClusterState state, XmlTree cib) {
        state.resources().forEach(this::add);
        cib.first("status").ifPresent(s -> s.findAll(e -> e.tag().equals("lrm_resource"))
                .forEach(e -> ids.add(e.attr("id"))));
    }

    /** The names of a cluster's resources: {@code state} is the status of {@code cibXml}. */
    public static ResourceNames of(ClusterState state, String cibXml) {
        return new ResourceNames(state, XmlTree.parse(cibXml));
    }

    private void add(ResourceState r) {
        ids.add(r.id());
        r.children().forEach(this::add);
    }

    @Override
    public boolean test(String name) {
        return ids.contains(name);
    }
}

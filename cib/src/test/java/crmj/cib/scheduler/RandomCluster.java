package crmj.cib.scheduler;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A generated cluster for the randomized differential test: 2-5 nodes; Dummy primitives, groups, anonymous
 * clones (clone-max, clone-node-max, interleave) and promotable clones of Stateful (the {@code promotable=true}
 * and the older {@code master} forms) with promotion scores as transient attributes ({@code master-RSC}) or
 * role-based location rules; location, colocation and order constraints with random scores (INFINITY
 * included) and roles; stickiness; and the perturbations to apply once crm_simulate has converged it.
 *
 * <p>Every part is an item the minimizer can drop: a resource takes the constraints, scores and
 * perturbations naming it along.
 *
 * @param seed the seed it was generated from
 * @param nodes the node names ({@code node1}...), ids {@code 1}...
 * @param resources the top-level resources
 * @param constraints the constraints
 * @param promotionScores transient promotion scores
 * @param stickiness the default resource-stickiness, empty for none
 * @param perturbations what to change after convergence
 */
record RandomCluster(long seed, List<String> nodes, List<Item> resources, List<Item> constraints,
                     List<Score> promotionScores, String stickiness, List<Perturbation> perturbations) {
    /** A resource or constraint: its XML and the top-level resources it names. */
    record Item(String id, String xml, Set<String> refs, Kind kind, String primitive) {
        enum Kind { PRIMITIVE, GROUP, CLONE, PROMOTABLE, CONSTRAINT }
    }

    /** A transient promotion score: {@code master-PRIMITIVE} on a node. */
    record Score(String node, String primitive, String resource, int value) {
    }

    RandomCluster {
        nodes = List.copyOf(nodes);
        resources = List.copyOf(resources);
        constraints = List.copyOf(constraints);
        promotionScores = List.copyOf(promotionScores);
        perturbations = List.copyOf(perturbations);
    }

    /** The cluster a seed gives. */
    static RandomCluster generate(long seed) {
        return new ClusterGenerator(new Random(seed), seed).cluster();
    }

    /** This cluster without one top-level resource (and what names it). */
    RandomCluster withoutResource(String id) {
        Predicate<Item> keep = i -> !i.id().equals(id) && !i.refs().contains(id);
        return new RandomCluster(seed, nodes, resources.stream().filter(keep).toList(),
                constraints.stream().filter(keep).toList(),
                promotionScores.stream().filter(s -> !s.resource().equals(id)).toList(), stickiness,
                perturbations.stream().filter(p -> !p.target().equals(id)).toList());
    }

    /** This cluster without one constraint. */
    RandomCluster withoutConstraint(Item c) {
        List<Item> rest = new ArrayList<>(constraints);
        rest.remove(c);
        return new RandomCluster(seed, nodes, resources, rest, promotionScores, stickiness, perturbations);
    }

    /** This cluster without one perturbation. */
    RandomCluster withoutPerturbation(Perturbation p) {
        List<Perturbation> rest = new ArrayList<>(perturbations);
        rest.remove(p);
        return new RandomCluster(seed, nodes, resources, constraints, promotionScores, stickiness, rest);
    }

    /** This cluster without one promotion score. */
    RandomCluster withoutScore(Score s) {
        List<Score> rest = new ArrayList<>(promotionScores);
        rest.remove(s);
        return new RandomCluster(seed, nodes, resources, constraints, rest, stickiness, perturbations);
    }

    /** The CIB before convergence: every node online, no history. */
    String toXml() {
        StringBuilder s = new StringBuilder();
        // no crm_feature_set: crm_simulate refuses to write a status into a CIB claiming a newer one
        s.append("<cib validate-with=\"pacemaker-3.9\" epoch=\"1\" num_updates=\"0\" admin_epoch=\"0\" "
                + "have-quorum=\"1\">\n  <configuration>\n    <crm_config>\n      <cluster_property_set "
                + "id=\"cib-bootstrap-options\">\n        <nvpair id=\"opt-stonith\" name=\"stonith-enabled\" "
                + "value=\"false\"/>\n      </cluster_property_set>\n    </crm_config>\n    <nodes>\n");
        for (int i = 0; i < nodes.size(); i++) {
            s.append("      <node id=\"").append(i + 1).append("\" uname=\"").append(nodes.get(i)).append("\"/>\n");
        }
        s.append("    </nodes>\n    <resources>\n");
        resources.forEach(r -> s.append(r.xml()));
        s.append("    </resources>\n    <constraints>\n");
        constraints.forEach(c -> s.append(c.xml()));
        s.append("    </constraints>\n");
        if (!stickiness.isEmpty()) {
            s.append("    <rsc_defaults>\n      <meta_attributes id=\"rsc-options\">\n        <nvpair "
                    + "id=\"rsc-options-stickiness\" name=\"resource-stickiness\" value=\"").append(stickiness)
                    .append("\"/>\n      </meta_attributes>\n    </rsc_defaults>\n");
        }
        s.append("  </configuration>\n  <status>\n");
        for (int i = 0; i < nodes.size(); i++) {
            String node = nodes.get(i);
            s.append("    <node_state id=\"").append(i + 1).append("\" uname=\"").append(node)
                    .append("\" in_ccm=\"true\" crmd=\"online\" join=\"member\" expected=\"member\">\n");
            List<Score> mine = promotionScores.stream().filter(x -> x.node().equals(node)).toList();
            if (!mine.isEmpty()) {
                s.append("      <transient_attributes id=\"").append(i + 1).append("\">\n        <instance_attributes id=\"status-")
                        .append(i + 1).append("\">\n");
                for (Score x : mine) {
                    s.append("          <nvpair id=\"status-").append(i + 1).append("-master-").append(x.primitive())
                            .append("\" name=\"master-").append(x.primitive()).append("\" value=\"").append(x.value())
                            .append("\"/>\n");
                }
                s.append("        </instance_attributes>\n      </transient_attributes>\n");
            }
            s.append("    </node_state>\n");
        }
        return s.append("  </status>\n</cib>\n").toString();
    }

    /** A short description, for reports. */
    String describe() {
        return "seed " + seed + ": " + nodes.size() + " nodes, resources " + resources.stream().map(Item::id).toList()
                + ", " + constraints.size() + " constraints, " + promotionScores.size() + " promotion scores"
                + (stickiness.isEmpty() ? "" : ", stickiness " + stickiness) + ", perturbations " + perturbations;
    }
}

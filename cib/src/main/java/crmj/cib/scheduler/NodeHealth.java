package crmj.cib.scheduler;

import crmj.cib.status.ClusterOptions;
import crmj.cib.status.Values;
import crmj.cib.status.WNode;
import crmj.cib.status.WRsc;

import java.util.Map;

/** Node health as location scores ({@code pcmk__apply_node_health}). */
final class NodeHealth {
    private NodeHealth() {
    }

    private static int score(String value, ClusterOptions o) {
        if ("red".equalsIgnoreCase(value)) {
            return o.healthRed;
        } else if ("yellow".equalsIgnoreCase(value)) {
            return o.healthYellow;
        } else if ("green".equalsIgnoreCase(value)) {
            return o.healthGreen;
        }
        return Values.score(value);
    }

    static void apply(Sched s) {
        ClusterOptions o = s.options();
        if (o.healthStrategy == ClusterOptions.HealthStrategy.NONE) {
            return;
        }
        String strategy = o.values.getOrDefault("node-health-strategy", "none");
        int base = o.healthStrategy == ClusterOptions.HealthStrategy.PROGRESSIVE
                ? score(o.values.get("node-health-base"), o) : 0;
        for (WNode node : s.ws.nodes) {
            int health = base;
            for (Map.Entry<String, String> a : node.attrs.entrySet()) {
                if (a.getKey().startsWith("#health")) {
                    health = Values.addScores(score(a.getValue(), o), health);
                }
            }
            if (health == 0) {
                continue;
            }
            for (WRsc rsc : s.ws.resources) {
                boolean constrain = health >= 0 || !Values.isTrue(rsc.meta.get("allow-unhealthy-nodes"));
                if (constrain) {
                    Locations.newLocation(s, strategy, rsc, health, null, node);
                }
            }
        }
    }
}

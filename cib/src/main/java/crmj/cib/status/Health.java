package crmj.cib.status;

import java.util.Map;

/** A node's health colour from its {@code #health*} attributes ({@code pe__node_health}). */
public final class Health {
    private Health() {
    }

    public static NodeState.Health of(WNode node, ClusterOptions o) {
        if (o.healthStrategy == ClusterOptions.HealthStrategy.NONE) {
            return NodeState.Health.GREEN;
        }
        NodeState.Health result = NodeState.Health.GREEN;
        for (Map.Entry<String, String> a : node.attrs.entrySet()) {
            if (!a.getKey().startsWith("#health")) {
                continue;
            }
            String value = a.getValue();
            if ("red".equalsIgnoreCase(value)) {
                return NodeState.Health.RED;
            } else if ("yellow".equalsIgnoreCase(value)) {
                result = NodeState.Health.YELLOW;
                continue;
            }
            int score = "green".equalsIgnoreCase(value) ? o.healthGreen : Values.score(value);
            if (score <= o.healthRed) {
                return NodeState.Health.RED;
            } else if (score <= o.healthYellow && o.healthYellow != o.healthGreen) {
                result = NodeState.Health.YELLOW;
            }
        }
        return result;
    }
}

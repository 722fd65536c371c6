package crmj.cib.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A fail count recorded in a node's attributes: {@code fail-count-RSC#OP_INTERVAL} (or, from older
 * versions, {@code fail-count-RSC}) with its {@code last-failure-...} time.
 *
 * @param node the node name
 * @param resource the resource id as recorded (may carry a clone instance number)
 * @param operation the operation and interval ({@code monitor_10000}), absent for a per-resource count
 * @param count the fail count (INFINITY is 1000000)
 * @param lastFailure the time of the last failure (epoch seconds), if recorded
 */
public record FailCount(String node, String resource, Optional<String> operation, int count,
                        Optional<Long> lastFailure) {
    private static final String COUNT = "fail-count-";
    private static final String LAST = "last-failure-";

    public FailCount {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(lastFailure, "lastFailure");
    }

    /** The fail counts of one node, ordered by resource then operation. */
    public static List<FailCount> of(NodeState node) {
        Map<String, String> attrs = node.attributes();
        Map<String, FailCount> byKey = new TreeMap<>();
        for (Map.Entry<String, String> a : attrs.entrySet()) {
            if (!a.getKey().startsWith(COUNT)) {
                continue;
            }
            String key = a.getKey().substring(COUNT.length());
            int hash = key.indexOf('#');
            String rsc = hash < 0 ? key : key.substring(0, hash);
            Optional<String> op = hash < 0 ? Optional.empty() : Optional.of(key.substring(hash + 1));
            String last = attrs.get(LAST + key);
            long lastValue = Values.leadingLong(last, Long.MIN_VALUE);
            byKey.put(key, new FailCount(node.name(), rsc, op, Values.score(a.getValue()),
                    lastValue == Long.MIN_VALUE ? Optional.empty() : Optional.of(lastValue)));
        }
        return new ArrayList<>(byKey.values());
    }
}

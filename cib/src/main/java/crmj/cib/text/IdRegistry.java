package crmj.cib.text;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The ids in use in a CIB, and crmsh 4.4.1's way of making new ones (idmgmt.new):
 * {@code PREFIX-SUFFIX}, with {@code -0}, {@code -1}, ... appended on a clash, and {@code num-}
 * put before an all-digit prefix.
 */
public final class IdRegistry {
    private final Set<String> used;
    /** Ids to reserve before the registry is next used (see {@link #reserveLater}). */
    private java.util.function.Supplier<? extends Iterable<String>> pending;

    public IdRegistry(Set<String> used) {
        this.used = new HashSet<>(used);
    }

    /** True when the id is taken. */
    public boolean isUsed(String id) {
        settle();
        return used.contains(id);
    }

    /** Marks an id as taken. */
    public void reserve(String id) {
        settle();
        used.add(id);
    }

    /**
     * Reserves the supplied ids when the registry is next used, not now: after the last commit of a
     * script nothing uses it again, and walking a large CIB for its ids costs tens of milliseconds.
     */
    public void reserveLater(java.util.function.Supplier<? extends Iterable<String>> ids) {
        settle();
        pending = ids;
    }

    /** Frees an id (when its object is deleted or replaced). */
    public void release(String id) {
        settle();
        used.remove(id);
    }

    private void settle() {
        if (pending != null) {
            java.util.function.Supplier<? extends Iterable<String>> p = pending;
            pending = null;
            p.get().forEach(used::add);
        }
    }

    /** A new id for an element with a sub-prefix ({@code fs-instance_attributes}, {@code loc-rule}). */
    public String forElement(String prefix, String subPrefix) {
        return fresh(numeric(prefix) + "-" + subPrefix);
    }

    /** A new id for an nvpair: {@code SETID-NAME}. */
    public String forNvpair(String prefix, String name) {
        return fresh(numeric(prefix) + "-" + name);
    }

    /** A new id for an op: {@code RSC-NAME-INTERVAL} (or {@code RSC-NAME}). */
    public String forOp(String prefix, String name, Optional<String> interval) {
        String base = numeric(prefix) + "-" + name + interval.map(i -> "-" + i).orElse("");
        return fresh(base);
    }

    /** A new id equal to the prefix itself when free (resource sets, fencing levels). */
    public String forPlain(String prefix) {
        return fresh(numeric(prefix));
    }

    private static String numeric(String prefix) {
        return !prefix.isEmpty() && prefix.chars().allMatch(Character::isDigit) ? "num-" + prefix : prefix;
    }

    private String fresh(String base) {
        settle();
        String id = base;
        if (used.contains(id)) {
            for (int i = 0; i < 99; i++) {
                String candidate = base + "-" + i;
                if (!used.contains(candidate)) {
                    id = candidate;
                    break;
                }
            }
        }
        used.add(id);
        return id;
    }
}

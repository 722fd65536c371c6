package crmj.cib.xml;

/**
 * Tells ids that crmsh generated from ids a user gave. crmsh sets the attributes it parsed in input order and
 * appends a generated {@code id} last, while a user-given id ({@code $id=...}, {@code node 2: x}) is set where
 * the parser met it, usually first. The model keeps no attribute order for typed elements, so the writer
 * uses this to put the id where crmsh would.
 */
final class CrmshIds {
    private CrmshIds() {
    }

    /**
     * True when {@code id} is what crmsh generates from {@code prefix}: the prefix itself or, when that was
     * taken, the prefix with {@code -0} ... {@code -98}.
     */
    static boolean generated(String id, String prefix) {
        if (prefix == null || !id.startsWith(prefix)) {
            return false;
        }
        if (id.length() == prefix.length()) {
            return true;
        }
        if (id.charAt(prefix.length()) != '-' || id.length() == prefix.length() + 1
                || id.length() > prefix.length() + 3) {
            return false;
        }
        for (int i = prefix.length() + 1; i < id.length(); i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}

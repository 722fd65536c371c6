package crmj.cib.status;

/** The comparison of a rule's node attribute expression ({@code accept_attr_expr}). */
public final class AttrCompare {
    private AttrCompare() {
    }

    /** True when the node's value (left) satisfies the operation against the expression's value (right). */
    public static boolean accept(String left, String right, String type, String op) {
        if ("defined".equalsIgnoreCase(op)) {
            return left != null;
        }
        if ("not_defined".equalsIgnoreCase(op)) {
            return left == null;
        }
        int cmp = compare(left, right, type, op);
        if ("eq".equalsIgnoreCase(op)) {
            return cmp == 0;
        }
        if ("ne".equalsIgnoreCase(op)) {
            return cmp != 0;
        }
        if (left == null || right == null) {
            return false;
        }
        if ("lt".equalsIgnoreCase(op)) {
            return cmp < 0;
        }
        if ("lte".equalsIgnoreCase(op)) {
            return cmp <= 0;
        }
        if ("gt".equalsIgnoreCase(op)) {
            return cmp > 0;
        }
        if ("gte".equalsIgnoreCase(op)) {
            return cmp >= 0;
        }
        return false;
    }

    private static int compare(String l, String r, String type, String op) {
        if (l == null && r == null) {
            return 0;
        }
        if (r == null) {
            return 1;
        }
        if (l == null) {
            return -1;
        }
        String t = type;
        if (t == null) {
            boolean ordering = op != null && (op.equalsIgnoreCase("lt") || op.equalsIgnoreCase("lte")
                    || op.equalsIgnoreCase("gt") || op.equalsIgnoreCase("gte"));
            t = ordering ? (l.contains(".") || r.contains(".") ? "number" : "integer") : "string";
        }
        if (t.equalsIgnoreCase("integer")) {
            Long a = parseLong(l);
            Long b = parseLong(r);
            return a != null && b != null ? Long.signum(Long.compare(a, b)) : strcasecmp(l, r);
        }
        if (t.equalsIgnoreCase("number")) {
            Double a = parseDouble(l);
            Double b = parseDouble(r);
            return a != null && b != null ? Integer.signum(Double.compare(a, b)) : strcasecmp(l, r);
        }
        if (t.equalsIgnoreCase("version")) {
            return compareVersion(l, r);
        }
        if (t.equalsIgnoreCase("string")) {
            return strcasecmp(l, r);
        }
        return 0;
    }

    private static int strcasecmp(String a, String b) {
        return Integer.signum(a.toLowerCase(java.util.Locale.ROOT).compareTo(b.toLowerCase(java.util.Locale.ROOT)));
    }

    private static Long parseLong(String s) {
        long v = Values.leadingLong(s, Long.MIN_VALUE);
        return v == Long.MIN_VALUE ? null : v;
    }

    private static Double parseDouble(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code compare_version}: dot-separated numbers, compared field by field. */
    public static int compareVersion(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long u = i < x.length ? Values.leadingLong(x[i], 0) : -1;
            long v = i < y.length ? Values.leadingLong(y[i], 0) : -1;
            if (u != v) {
                return u < v ? -1 : 1;
            }
        }
        return 0;
    }
}

package crmj.shell;

import crmj.cib.CrmException;
import crmj.cib.SourceLocation;

/**
 * crmsh preferences given with {@code -o SECTION.NAME=VALUE} (crmsh's core.* names).
 *
 * @param sortElements core.sort_elements: show objects of one kind sorted by id (true) or in CIB order
 */
record ShellOptions(boolean sortElements) {
    /** crmsh's defaults. */
    static ShellOptions defaults() {
        return new ShellOptions(true);
    }

    /** These options with one {@code NAME=VALUE} applied. */
    ShellOptions with(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq < 0) {
            throw new CrmException(SourceLocation.of("-o " + assignment), "expected -o SECTION.NAME=VALUE");
        }
        String name = assignment.substring(0, eq);
        String value = assignment.substring(eq + 1);
        if (name.equals("core.sort_elements") || name.equals("sort_elements")) {
            return new ShellOptions(parseBoolean(value, assignment));
        }
        throw new CrmException(SourceLocation.of("-o " + assignment), "unknown option " + name
                + " (known: core.sort_elements)");
    }

    private static boolean parseBoolean(String v, String assignment) {
        switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on", "1":
                return true;
            case "false", "no", "off", "0":
                return false;
            default:
                throw new CrmException(SourceLocation.of("-o " + assignment), "expected a boolean, found '" + v + "'");
        }
    }
}

package crmj.cib.status;

/**
 * Pacemaker's text output lists: a list header prints as {@code TITLE:} and each item as {@code * ITEM},
 * both indented two spaces per enclosing list.
 */
public final class TextOut {
    private final StringBuilder out = new StringBuilder();
    private int depth;

    /** Output at the top level. */
    public TextOut() {
        this(0);
    }

    /** Output as if inside {@code depth} lists already. */
    public TextOut(int depth) {
        this.depth = depth;
    }

    /** Starts a list, printing its header at the current depth. */
    public void begin(String title) {
        indent();
        out.append(title).append(":\n");
        depth++;
    }

    /** Prints one item of the current list. */
    public void item(String text) {
        indent();
        out.append(text).append('\n');
    }

    /** Ends the current list. */
    public void end() {
        depth--;
    }

    /** An empty line. */
    public void spacer() {
        out.append('\n');
    }

    /** Text as it is. */
    public void raw(String text) {
        out.append(text);
    }

    private void indent() {
        out.append("  ".repeat(depth));
        if (depth > 0) {
            out.append("* ");
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

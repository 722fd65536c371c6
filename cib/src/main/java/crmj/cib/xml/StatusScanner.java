package crmj.cib.xml;

import java.util.Optional;

/**
 * Finds the text of the {@code <status>} child of the root element in a document that is known to be
 * well-formed, so that the status section can be kept exactly as it was written.
 */
final class StatusScanner {
    private final String text;
    private int pos;

    private StatusScanner(String text) {
        this.text = text;
    }

    /** The raw text from {@code <status} to the end of its end tag, if the root has such a child. */
    static Optional<String> find(String text) {
        return new StatusScanner(text).scan();
    }

    private Optional<String> scan() {
        int depth = 0;
        while (true) {
            int lt = text.indexOf('<', pos);
            if (lt < 0) {
                return Optional.empty();
            }
            pos = lt;
            if (text.startsWith("<!--", pos)) {
                pos = skipPast("-->");
            } else if (text.startsWith("<![CDATA[", pos)) {
                pos = skipPast("]]>");
            } else if (text.startsWith("<?", pos) || text.startsWith("<!", pos)) {
                pos = skipPast(">");
            } else if (text.startsWith("</", pos)) {
                pos = skipPast(">");
                depth--;
            } else {
                int start = pos;
                boolean empty = skipTag();
                if (depth == 1 && isTag(start, "status")) {
                    if (empty) {
                        return Optional.of(text.substring(start, pos));
                    }
                    return closeOf(start);
                }
                if (!empty) {
                    depth++;
                }
            }
            if (pos < 0) {
                return Optional.empty();
            }
        }
    }

    /** Scans to the end tag matching the element opened at {@code start}. */
    private Optional<String> closeOf(int start) {
        int depth = 1;
        while (depth > 0) {
            int lt = text.indexOf('<', pos);
            if (lt < 0) {
                return Optional.empty();
            }
            pos = lt;
            if (text.startsWith("<!--", pos)) {
                pos = skipPast("-->");
            } else if (text.startsWith("<![CDATA[", pos)) {
                pos = skipPast("]]>");
            } else if (text.startsWith("<?", pos) || text.startsWith("<!", pos)) {
                pos = skipPast(">");
            } else if (text.startsWith("</", pos)) {
                pos = skipPast(">");
                depth--;
            } else if (!skipTag()) {
                depth++;
            }
            if (pos < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(text.substring(start, pos));
    }

    private boolean isTag(int start, String name) {
        int end = start + 1 + name.length();
        return text.startsWith(name, start + 1) && end < text.length()
                && (Character.isWhitespace(text.charAt(end)) || text.charAt(end) == '>' || text.charAt(end) == '/');
    }

    /** Moves past a start tag (quotes aware); true when it was an empty-element tag. */
    private boolean skipTag() {
        char quote = 0;
        for (int i = pos + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                pos = i + 1;
                return text.charAt(i - 1) == '/';
            }
        }
        pos = -1;
        return false;
    }

    private int skipPast(String end) {
        int i = text.indexOf(end, pos);
        return i < 0 ? -1 : i + end.length();
    }
}

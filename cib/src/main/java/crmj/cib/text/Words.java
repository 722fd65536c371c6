package crmj.cib.text;

/** Shell-like word handling shared by the builder and the formatter: unquoting and quoting values. */
public final class Words {
    private Words() {
    }

    /**
     * Removes quotes and backslash escapes the way crmsh's shlex split does (POSIX mode):
     * {@code "a b"} and {@code 'a b'} become {@code a b}; inside double quotes a backslash escapes
     * only {@code \ " $ `}; outside quotes it escapes any character.
     */
    public static String unquote(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"') {
                i++;
                while (i < n && text.charAt(i) != '"') {
                    char d = text.charAt(i);
                    if (d == '\\' && i + 1 < n && "\\\"$`".indexOf(text.charAt(i + 1)) >= 0) {
                        out.append(text.charAt(i + 1));
                        i += 2;
                    } else {
                        out.append(d);
                        i++;
                    }
                }
                i++;
            } else if (c == '\'') {
                i++;
                while (i < n && text.charAt(i) != '\'') {
                    out.append(text.charAt(i));
                    i++;
                }
                i++;
            } else if (c == '\\' && i + 1 < n) {
                out.append(text.charAt(i + 1));
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** True when crmsh prints a value without quotes ({@code ^[\w.-]+$}). */
    public static boolean plain(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean word = Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
            if (!word) {
                return false;
            }
        }
        return true;
    }

    /** crmsh's quote_wrap: bare when plain, else in double quotes with inner quotes escaped. */
    public static String quote(String value) {
        if (plain(value)) {
            return value;
        }
        if (value.indexOf('"') >= 0) {
            return '"' + value.replace("\"", "\\\"") + '"';
        }
        return '"' + value + '"';
    }

    /** True for crmsh's valid ids: {@code ^[A-Za-z_][\w._-]*$}. */
    public static boolean validId(String id) {
        if (id.isEmpty()) {
            return false;
        }
        char first = id.charAt(0);
        if (!(Character.isLetter(first) || first == '_')) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Splits a command line into words as a POSIX shell would (quotes and backslashes), without expansions. */
    public static java.util.List<String> split(String line) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                if (inWord) {
                    out.add(unquote(word.toString()));
                    word.setLength(0);
                    inWord = false;
                }
                i++;
                continue;
            }
            inWord = true;
            if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < line.length() && line.charAt(end) != c) {
                    end += c == '"' && line.charAt(end) == '\\' ? 2 : 1;
                }
                word.append(line, i, Math.min(end + 1, line.length()));
                i = end + 1;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line, i, i + 2);
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        if (inWord) {
            out.add(unquote(word.toString()));
        }
        return out;
    }
}

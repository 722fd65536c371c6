package crmj.cib.xml;

import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.ext.DefaultHandler2;

/**
 * A small scanner for the plain XML that CIBs are made of (elements, attributes, text, comments, the
 * predefined entities and character references), driving the same SAX callbacks as the JDK's parser.
 * It exists for start-up time: the JDK's parser costs tens of milliseconds to set up and run cold,
 * most of a short crm run. It accepts only a strict subset of XML and gives up ({@code false}) on
 * anything else: a document type, CDATA, processing instructions (other than a plain XML declaration),
 * carriage returns, characters from U+D800 up, other entities, names with a colon or outside ASCII,
 * and every well-formedness error. {@link XmlParser} then parses the text again with the JDK's parser,
 * which gives the same tree for what this scanner accepts, and its own messages for the errors.
 */
final class SimpleXmlScanner {
    /** The JDK's limits with secure processing (jdk.xml.elementAttributeLimit, maxXMLNameLimit). */
    private static final int MAX_ATTRIBUTES = 10000;
    private static final int MAX_NAME = 1000;

    private final String s;
    private final int n;
    private int pos;
    private final DefaultHandler2 handler;
    private final AttributesImpl attributes = new AttributesImpl();
    private final StringBuilder value = new StringBuilder();
    private char[] chars = new char[256];

    private SimpleXmlScanner(String text, DefaultHandler2 handler) {
        this.s = text;
        this.n = text.length();
        this.handler = handler;
    }

    /** Scans a whole document into the handler; false when the text is not in the subset (see above). */
    static boolean scan(String text, DefaultHandler2 handler) {
        try {
            return new SimpleXmlScanner(text, handler).document();
        } catch (RuntimeException | StackOverflowError | org.xml.sax.SAXException e) {
            return false;
        }
    }

    private boolean document() throws org.xml.sax.SAXException {
        if (s.indexOf('\r') >= 0) {
            return false;
        }
        if (s.startsWith("<?xml") && !declaration()) {
            return false;
        }
        if (!misc()) {
            return false;
        }
        if (pos >= n || s.charAt(pos) != '<' || !element()) {
            return false;
        }
        return misc() && pos == n;
    }

    /** {@code <?xml version="1.0" [encoding="UTF-8"] [standalone="yes|no"]?>} only. */
    private boolean declaration() {
        pos = 5;
        if (!space()) {
            return false;
        }
        if (!pseudoAttribute("version", "1.0")) {
            return false;
        }
        boolean sp = space();
        if (sp && s.startsWith("encoding", pos)) {
            if (!pseudoAttribute("encoding", "UTF-8") && !pseudoAttribute("encoding", "utf-8")) {
                return false;
            }
            sp = space();
        }
        if (sp && s.startsWith("standalone", pos)) {
            if (!pseudoAttribute("standalone", "yes") && !pseudoAttribute("standalone", "no")) {
                return false;
            }
            space();
        }
        if (!s.startsWith("?>", pos)) {
            return false;
        }
        pos += 2;
        return true;
    }

    private boolean pseudoAttribute(String name, String expected) {
        int start = pos;
        if (!s.startsWith(name, pos)) {
            return false;
        }
        pos += name.length();
        space();
        if (pos >= n || s.charAt(pos) != '=') {
            pos = start;
            return false;
        }
        pos++;
        space();
        if (pos >= n) {
            pos = start;
            return false;
        }
        char q = s.charAt(pos);
        if ((q == '"' || q == '\'') && s.startsWith(expected, pos + 1) && pos + 1 + expected.length() < n
                && s.charAt(pos + 1 + expected.length()) == q) {
            pos += expected.length() + 2;
            return true;
        }
        pos = start;
        return false;
    }

    /** White space and comments outside the root element. */
    private boolean misc() throws org.xml.sax.SAXException {
        while (true) {
            space();
            if (pos >= n) {
                return true;
            }
            if (s.startsWith("<!--", pos)) {
                if (!comment()) {
                    return false;
                }
            } else {
                return true;
            }
        }
    }

    private boolean space() {
        int start = pos;
        while (pos < n) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\n' && c != '\t') {
                break;
            }
            pos++;
        }
        return pos > start;
    }

    private boolean comment() throws org.xml.sax.SAXException {
        int start = pos + 4;
        int end = s.indexOf("--", start);
        if (end < 0 || end + 2 >= n || s.charAt(end + 2) != '>') {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (!textChar(s.charAt(i))) {
                return false;
            }
        }
        int len = end - start;
        handler.comment(copy(start, len), 0, len);
        pos = end + 3;
        return true;
    }

    private char[] copy(int start, int len) {
        if (chars.length < len) {
            chars = new char[Math.max(len, chars.length * 2)];
        }
        s.getChars(start, start + len, chars, 0);
        return chars;
    }

    /** An element and its content; pos is at its '<'. */
    private boolean element() throws org.xml.sax.SAXException {
        pos++;
        String tag = name();
        if (tag == null) {
            return false;
        }
        attributes.clear();
        while (true) {
            boolean sp = space();
            if (pos >= n) {
                return false;
            }
            char c = s.charAt(pos);
            if (c == '/' || c == '>') {
                break;
            }
            if (!sp) {
                return false;
            }
            String attr = name();
            if (attr == null) {
                return false;
            }
            space();
            if (pos >= n || s.charAt(pos) != '=') {
                return false;
            }
            pos++;
            space();
            String v = attributeValue();
            if (v == null || attributes.getIndex(attr) >= 0 || attributes.getLength() >= MAX_ATTRIBUTES) {
                return false;
            }
            attributes.addAttribute("", "", attr, "CDATA", v);
        }
        boolean empty = s.charAt(pos) == '/';
        if (empty) {
            pos++;
            if (pos >= n || s.charAt(pos) != '>') {
                return false;
            }
        }
        pos++;
        handler.startElement("", "", tag, attributes);
        if (!empty && !content(tag)) {
            return false;
        }
        handler.endElement("", "", tag);
        return true;
    }

    /** Text, comments and child elements up to the end tag of {@code tag}. */
    private boolean content(String tag) throws org.xml.sax.SAXException {
        while (pos < n) {
            char c = s.charAt(pos);
            if (c != '<') {
                if (!text()) {
                    return false;
                }
                continue;
            }
            if (s.startsWith("</", pos)) {
                pos += 2;
                if (!s.startsWith(tag, pos)) {
                    return false;
                }
                pos += tag.length();
                if (pos < n && nameChar(s.charAt(pos))) {
                    return false;
                }
                space();
                if (pos >= n || s.charAt(pos) != '>') {
                    return false;
                }
                pos++;
                return true;
            }
            if (s.startsWith("<!--", pos)) {
                if (!comment()) {
                    return false;
                }
            } else if (s.startsWith("<!", pos) || s.startsWith("<?", pos) || !element()) {
                return false;
            }
        }
        return false;
    }

    /** Character data up to the next '<'. */
    private boolean text() throws org.xml.sax.SAXException {
        int start = pos;
        int end = s.indexOf('<', pos);
        if (end < 0) {
            return false;
        }
        boolean plain = true;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '&') {
                plain = false;
            } else if (!textChar(c) || c == '>' && i >= start + 2 && s.charAt(i - 1) == ']' && s.charAt(i - 2) == ']') {
                return false;
            }
        }
        if (plain) {
            int len = end - start;
            handler.characters(copy(start, len), 0, len);
            pos = end;
            return true;
        }
        value.setLength(0);
        int i = start;
        while (i < end) {
            char c = s.charAt(i);
            if (c == '&') {
                i = reference(i, end);
                if (i < 0) {
                    return false;
                }
            } else {
                value.append(c);
                i++;
            }
        }
        // "]]>" made of references is fine; written out it is not
        int len = value.length();
        if (chars.length < len) {
            chars = new char[Math.max(len, chars.length * 2)];
        }
        value.getChars(0, len, chars, 0);
        handler.characters(chars, 0, len);
        pos = end;
        return true;
    }

    /** A quoted attribute value, with references replaced and tab/newline as space; null if not allowed. */
    private String attributeValue() {
        if (pos >= n) {
            return null;
        }
        char q = s.charAt(pos);
        if (q != '"' && q != '\'') {
            return null;
        }
        int start = pos + 1;
        int end = s.indexOf(q, start);
        if (end < 0) {
            return null;
        }
        boolean plain = true;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '<' || !textChar(c)) {
                return null;
            }
            if (c == '&' || c == '\t' || c == '\n') {
                plain = false;
            }
        }
        pos = end + 1;
        if (plain) {
            return s.substring(start, end);
        }
        value.setLength(0);
        int i = start;
        while (i < end) {
            char c = s.charAt(i);
            if (c == '&') {
                i = reference(i, end);
                if (i < 0) {
                    return null;
                }
            } else {
                value.append(c == '\t' || c == '\n' ? ' ' : c);
                i++;
            }
        }
        return value.toString();
    }

    /** Appends the character of the reference at {@code i} to {@code value}; the index after it, or -1. */
    private int reference(int i, int end) {
        int semi = s.indexOf(';', i);
        if (semi < 0 || semi >= end) {
            return -1;
        }
        String ref = s.substring(i + 1, semi);
        switch (ref) {
            case "lt" -> value.append('<');
            case "gt" -> value.append('>');
            case "amp" -> value.append('&');
            case "quot" -> value.append('"');
            case "apos" -> value.append('\'');
            default -> {
                int cp = -1;
                if (ref.startsWith("#x") && ref.length() > 2 && ref.length() <= 8) {
                    cp = parse(ref.substring(2), 16);
                } else if (ref.startsWith("#") && ref.length() > 1 && ref.length() <= 9) {
                    cp = parse(ref.substring(1), 10);
                }
                boolean valid = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                        || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
                if (!valid) {
                    return -1;
                }
                value.appendCodePoint(cp);
            }
        }
        return semi + 1;
    }

    private static int parse(String digits, int radix) {
        int v = 0;
        for (int k = 0; k < digits.length(); k++) {
            int d = Character.digit(digits.charAt(k), radix);
            if (d < 0 || digits.charAt(k) > 'f') {
                return -1;
            }
            v = v * radix + d;
        }
        return v;
    }

    /** An ASCII name without a colon; null if there is none here or it is too long. */
    private String name() {
        int start = pos;
        if (pos >= n || !nameStart(s.charAt(pos))) {
            return null;
        }
        pos++;
        while (pos < n && nameChar(s.charAt(pos))) {
            pos++;
        }
        if (pos < n && (s.charAt(pos) == ':' || s.charAt(pos) >= 0x80) || pos - start > MAX_NAME) {
            return null;
        }
        return s.substring(start, pos);
    }

    private static boolean nameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean nameChar(char c) {
        return nameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.';
    }

    /** A character allowed as it is in text, comments and attribute values (the subset: below U+D800). */
    private static boolean textChar(char c) {
        return c >= 0x20 ? c < 0xD800 : c == '\t' || c == '\n';
    }
}

package crmj.cib.model;

import java.util.Objects;

/** An XML comment inside an object (crmsh keeps {@code #} lines this way). */
public record Comment(String text) implements Part {
    public Comment {
        Objects.requireNonNull(text, "text");
    }
}

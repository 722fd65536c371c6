package crmj.cib.text;

import crmj.cib.SourceLocation;
import crmj.grammar.CrmParser;

import java.util.Objects;

/** One logical line of crm text (continuations joined), parsed. */
public record ParsedLine(SourceLocation location, String text, CrmParser.LineContext tree) {
    public ParsedLine {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tree, "tree");
    }
}

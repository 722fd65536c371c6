package crmj.cib.text;

import crmj.grammar.CrmLexer;
import crmj.grammar.CrmParser;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns what the parser expected into words an administrator reads. */
final class Expectations {
    private static final Map<Integer, String> TOKENS = Map.ofEntries(
            Map.entry(CrmLexer.KEY, "name=value"),
            Map.entry(CrmLexer.VALUE, "a value"),
            Map.entry(CrmLexer.LABEL, "a score or id followed by ':' (inf:, -inf:, 100:)"),
            Map.entry(CrmLexer.WORD, "a name"),
            Map.entry(CrmLexer.STRING, "a quoted string"),
            Map.entry(CrmLexer.COLON, "':'"),
            Map.entry(CrmLexer.LPAREN, "'('"),
            Map.entry(CrmLexer.RPAREN, "')'"),
            Map.entry(CrmLexer.LBRACK, "'['"),
            Map.entry(CrmLexer.RBRACK, "']'"),
            Map.entry(CrmLexer.LBRACE, "'{'"),
            Map.entry(CrmLexer.RBRACE, "'}'"),
            Map.entry(CrmLexer.AT, "'@'"),
            Map.entry(CrmLexer.NL, "the end of the line"),
            Map.entry(Token.EOF, "the end of the line"));

    private static final Map<Integer, String> RULES = Map.ofEntries(
            Map.entry(CrmParser.RULE_agentSpec, "a resource agent ([class:[provider:]]type) or @template"),
            Map.entry(CrmParser.RULE_identifier, "an id"),
            Map.entry(CrmParser.RULE_memberRef, "a resource id"),
            Map.entry(CrmParser.RULE_resourceRef, "a resource id"),
            Map.entry(CrmParser.RULE_ruleExpression,
                    "an expression (ATTR OP VALUE, defined ATTR, not_defined ATTR or date ...)"),
            Map.entry(CrmParser.RULE_locationTarget, "<score>: <node> or rule ..."),
            Map.entry(CrmParser.RULE_value, "a value"),
            Map.entry(CrmParser.RULE_setItem, "a resource id or a resource set"),
            Map.entry(CrmParser.RULE_object, "an object keyword"),
            Map.entry(CrmParser.RULE_line, "a command"));

    private Expectations() {
    }

    /** A readable list of the expected tokens (keywords by their spelling). */
    static String describe(IntervalSet expected) {
        Set<String> words = new LinkedHashSet<>();
        List<String> keywords = new ArrayList<>();
        for (int type : expected.toArray()) {
            String d = TOKENS.get(type);
            if (d != null) {
                words.add(d);
            } else {
                String literal = CrmLexer.VOCABULARY.getSymbolicName(type);
                if (literal != null) {
                    keywords.add(literal.toLowerCase().replace("fencing_topology", "fencing_topology"));
                }
            }
        }
        List<String> all = new ArrayList<>(words);
        if (!keywords.isEmpty()) {
            all.add(keywords.size() <= 6 ? String.join(", ", keywords) : "a keyword");
        }
        if (all.isEmpty()) {
            return "something else";
        }
        if (all.size() == 1) {
            return all.get(0);
        }
        return String.join(", ", all.subList(0, all.size() - 1)) + " or " + all.get(all.size() - 1);
    }

    /** What the rule being parsed wanted, when no single token set says it well. */
    static String forContext(Recognizer<?, ?> recognizer, Token offending) {
        if (recognizer instanceof Parser p) {
            for (ParserRuleContext ctx = p.getContext(); ctx != null; ctx = ctx.getParent()) {
                String d = RULES.get(ctx.getRuleIndex());
                if (d != null) {
                    return d;
                }
            }
            return describe(p.getExpectedTokens());
        }
        return "something else";
    }
}

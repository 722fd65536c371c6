package crmj.cib.text;

import crmj.grammar.CrmLexer;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A word ending in ':' is a LABEL only before white space or the end; glued to more text it is the word
 * (or keyword) and a COLON. (The lexer decides this after matching, not with a predicate in the rule.)
 */
class LabelTokensTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "inf: a b|LABEL:inf: WORD:a WORD:b",
        "ocf:heartbeat:Dummy|WORD:ocf COLON:: WORD:heartbeat COLON:: WORD:Dummy",
        "rule:x|RULE:rule COLON:: WORD:x",
        "node:n1 node1:|NODE:node COLON:: WORD:n1 LABEL:node1:",
        "fencing_topology:x|FENCING_TOPOLOGY:fencing_topology COLON:: WORD:x",
        "a\\:b:c|WORD:a\\:b COLON:: WORD:c",
        "g1:Master g2:start|WORD:g1 COLON:: MASTER:Master WORD:g2 COLON:: WORD:start",
        "x #y:z|WORD:x WORD:#y COLON:: WORD:z",
        "100: n1|LABEL:100: WORD:n1",
        "k=a:b|KEY:k= VALUE:a:b",
        "x Mandatory:|WORD:x LABEL:Mandatory:",
    })
    void labelsAndGluedColons(String input, String expected) {
        assertEquals(expected, tokens(input));
    }

    private static String tokens(String text) {
        CrmLexer lexer = new CrmLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        List<String> out = new ArrayList<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            out.add(CrmLexer.VOCABULARY.getSymbolicName(t.getType()) + ":" + t.getText());
        }
        return String.join(" ", out);
    }
}

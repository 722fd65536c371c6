/*
 * Lexer for the crm configure language (crmsh 4.4.1).
 *
 * crmsh splits each line into shell-like words; this lexer keeps that model while
 * exposing the structure inside words that the parser needs:
 *  - KEY ("name=") switches to VALUE mode, so the value is exactly the next word
 *    (quotes removed later) and "name= next" is an empty value, as in crmsh;
 *  - LABEL is a word ending in ':' followed by white space ("inf:", "100:", "node1:");
 *  - COLON only glues two words written without spaces ("fs_nfs:start").
 * Keywords are case-insensitive, like crmsh's.
 */
lexer grammar CrmLexer;

options { caseInsensitive = true; }

@members {
    private boolean atLineStart() {
        for (int i = -1; ; i--) {
            int c = _input.LA(i);
            if (c == org.antlr.v4.runtime.IntStream.EOF || c == 0) {
                return true;
            }
            if (c == '\n') {
                // a line continued by a backslash does not start a new line
                int before = _input.LA(i - 1);
                if (before == '\r') {
                    before = _input.LA(i - 2);
                }
                return before != '\\';
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
    }

    private boolean spaceOrEndNext() {
        int c = _input.LA(1);
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\\'
            || c == org.antlr.v4.runtime.IntStream.EOF;
    }

    /** Token types of the words met before a glued ':' ("ocf" in "ocf:heartbeat:Dummy"): WORD or a keyword. */
    private static final java.util.Map<String, Integer> WORD_TYPES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A LABEL not followed by white space or the end is what the lexer matches when LABEL cannot match: the
     * word before the ':' (a keyword when it is one, as keywords come before WORD), then the ':' on its own.
     */
    @Override
    public Token nextToken() {
        Token t = super.nextToken();
        if (t.getType() != LABEL || spaceOrEndNext()) {
            return t;
        }
        int colon = t.getStopIndex();
        String word = t.getText().substring(0, t.getText().length() - 1);
        _input.seek(colon);
        getInterpreter().setCharPositionInLine(t.getCharPositionInLine() + (colon - t.getStartIndex()));
        CommonToken w = new CommonToken(t);
        w.setType(WORD_TYPES.computeIfAbsent(word, CrmLexer::wordType));
        w.setStopIndex(colon - 1);
        w.setText(null);
        return w;
    }

    /** The type the lexer gives a word (without ':') on its own. */
    private static int wordType(String word) {
        CrmLexer lexer = new CrmLexer(CharStreams.fromString(word));
        lexer.removeErrorListeners();
        Token first = lexer.nextToken();
        boolean whole = first.getStartIndex() == 0 && first.getStopIndex() == word.length() - 1;
        // "#x" starts a comment only at the start of a line, where the comment would have been longer
        return whole && first.getType() != COMMENT ? first.getType() : WORD;
    }

    private boolean glued() {
        int before = _input.LA(-1);
        int after = _input.LA(2);
        return !isSpace(before) && !isSpace(after);
    }

    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == org.antlr.v4.runtime.IntStream.EOF;
    }
}

COMMENT   : {atLineStart()}? '#' ~[\r\n]* ;
CONTINUATION : '\\' [ \t]* '\r'? '\n' -> skip ;
NL        : '\r'? '\n' ;
WS        : [ \t]+ -> skip ;

LPAREN    : '(' ;
RPAREN    : ')' ;
LBRACK    : '[' ;
RBRACK    : ']' ;
LBRACE    : '{' ;
RBRACE    : '}' ;
AT        : '@' ;
COLON     : {glued()}? ':' ;

// keywords (kept in nonReserved / softKeyword in the parser so they stay usable as ids)
NODE           : 'node' ;
PRIMITIVE      : 'primitive' ;
GROUP          : 'group' ;
CLONE          : 'clone' ;
MS             : 'ms' ;
MASTER         : 'master' ;
RSC_TEMPLATE   : 'rsc_template' ;
BUNDLE         : 'bundle' ;
LOCATION       : 'location' ;
COLOCATION     : 'colocation' ;
COLLOCATION    : 'collocation' ;
ORDER          : 'order' ;
RSC_TICKET     : 'rsc_ticket' ;
PROPERTY       : 'property' ;
RSC_DEFAULTS   : 'rsc_defaults' ;
OP_DEFAULTS    : 'op_defaults' ;
FENCING_TOPOLOGY : 'fencing_topology' ;  // crmsh 4.4.1 has no 'fencing-topology' command
TAG            : 'tag' ;
ALERT          : 'alert' ;
ROLE           : 'role' ;
ACL_TARGET     : 'acl_target' ;
ACL_GROUP      : 'acl_group' ;
USER           : 'user' ;
MONITOR        : 'monitor' ;
XML            : 'xml' ;

PARAMS         : 'params' ;
META           : 'meta' ;
UTILIZATION    : 'utilization' ;
ATTRIBUTES     : 'attributes' ;
OPERATIONS     : 'operations' ;
OP             : 'op' ;
OP_PARAMS      : 'op_params' ;
OP_META        : 'op_meta' ;
RULE           : 'rule' ;
AND            : 'and' ;
OR             : 'or' ;
DATE           : 'date' ;
DEFINED        : 'defined' ;
NOT_DEFINED    : 'not_defined' ;
DOCKER         : 'docker' ;
RKT            : 'rkt' ;
PODMAN         : 'podman' ;
NETWORK        : 'network' ;
STORAGE        : 'storage' ;
SELECT         : 'select' ;
TO             : 'to' ;
READ           : 'read' ;
WRITE          : 'write' ;
DENY           : 'deny' ;

STRING    : '"' ( '\\' . | ~["\\] )* '"'
          | '\'' ~[']* '\''
          ;

PATTERN   : '/' ~[ \t\r\n/]+ '/' ;
KEY       : WORD_START (WORD_CHAR | BRACKETED | ':')* '=' -> pushMode(VALUE_MODE) ;
// a word ending in ':' is a LABEL only when white space or the end follows: see nextToken (a predicate
// here, at the end of the rule, keeps ANTLR from caching the DFA of every word holding a ':', such as
// ocf:heartbeat:Dummy: a third of the lexing time of a large load)
LABEL     : WORD_START (WORD_CHAR | BRACKETED)* ':' ;
WORD      : WORD_START (WORD_CHAR | BRACKETED)* ;

// Anything else is a lexical error reported with its position.
ERROR_CHAR : . ;

fragment WORD_START : ~[ \t\r\n"'=()[\]{}@:\\] | '\\' ~[\r\n] ;
fragment WORD_CHAR : ~[ \t\r\n"'=():\])\\] | '\\' ~[\r\n] ;
// brackets inside a word are the word's (crmsh splits words on white space only; a bracket opens or
// closes a resource set only at a word's edge): pattern:node[12], not pattern:node[12 and a set's ]
fragment BRACKETED : '[' ~[\] \t\r\n"'\\]* ']' ;

mode VALUE_MODE;
VALUE     : ( ~[ \t\r\n"'\\] | '\\' ~[\r\n] | '"' ( '\\' . | ~["\\] )* '"' | '\'' ~[']* '\'' )+ -> popMode ;
VALUE_CONTINUATION : '\\' [ \t]* '\r'? '\n' -> skip, popMode ;
VALUE_NL  : '\r'? '\n' -> type(NL), popMode ;
VALUE_WS  : [ \t]+ -> skip, popMode ;
VALUE_ERROR : . -> type(ERROR_CHAR), popMode ;

package crmj.cib.text;

import crmj.cib.CrmException;
import crmj.cib.SourceLocation;
import crmj.grammar.CrmLexer;
import crmj.grammar.CrmParser;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.atn.PredicateTransition;
import org.antlr.v4.runtime.atn.PredictionContextCache;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.dfa.DFAState;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lexes crm text and parses it line by line (a line ends at a newline that is not escaped by a
 * backslash). Parsing is SLL first with LL as the fallback, and never recovers silently: every
 * line with an error yields one {@link CrmException.Problem} naming {@code source:line:column}.
 */
public final class CrmTextParser {
    private CrmTextParser() {
    }

    /** Parses all lines; throws one CrmException listing every bad line. Blank lines are skipped. */
    public static List<ParsedLine> parse(String source, String text) {
        List<ParsedLine> lines = new ArrayList<>();
        List<CrmException.Problem> problems = new ArrayList<>();
        List<List<Token>> split = splitLines(source, text, problems);
        if (split.size() < PARALLEL_LINES || Runtime.getRuntime().availableProcessors() < 2) {
            for (List<Token> tokens : split) {
                try {
                    lines.add(parseLine(source, text, tokens));
                } catch (CrmException e) {
                    problems.addAll(e.problems());
                }
            }
        } else {
            // lines parse independently (ANTLR's DFA cache is shared and thread-safe): a large load
            // parses on every core; the results keep the order of the lines
            Object[] results = new Object[split.size()];
            java.util.stream.IntStream.range(0, split.size()).parallel().forEach(i -> {
                try {
                    results[i] = parseLine(source, text, split.get(i));
                } catch (CrmException e) {
                    results[i] = e;
                }
            });
            for (Object r : results) {
                if (r instanceof ParsedLine line) {
                    lines.add(line);
                } else {
                    problems.addAll(((CrmException) r).problems());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CrmException(problems);
        }
        return lines;
    }

    /** From this many lines on, parsing uses more than one thread. */
    private static final int PARALLEL_LINES = 500;

    private static List<List<Token>> splitLines(String source, String text, List<CrmException.Problem> problems) {
        CrmLexer lexer = new CrmLexer(CharStreams.fromString(text, source));
        lexer.removeErrorListeners();
        lexer.setInterpreter(new StartCachingLexerSimulator(lexer));
        List<List<Token>> lines = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        Set<Integer> badLines = new LinkedHashSet<>();
        for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
            if (t.getType() == CrmLexer.NL) {
                if (!current.isEmpty()) {
                    lines.add(current);
                    current = new ArrayList<>();
                }
            } else if (t.getType() == CrmLexer.ERROR_CHAR) {
                int line = current.isEmpty() ? t.getLine() : current.get(0).getLine();
                if (badLines.add(line)) {
                    problems.add(new CrmException.Problem(location(source, t), describeBadChar(t.getText())));
                }
                current.add(t);
            } else {
                current.add(t);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        if (!badLines.isEmpty()) {
            lines.removeIf(l -> badLines.contains(l.get(0).getLine()));
        }
        return lines;
    }

    private static String describeBadChar(String c) {
        if (c.equals("\"") || c.equals("'")) {
            return "unterminated quoted string, found " + c + " without its closing " + c;
        }
        if (c.equals("\\")) {
            return "expected a character after '\\', found the end of the input";
        }
        return "unexpected character '" + c + "'";
    }

    private static ParsedLine parseLine(String source, String text, List<Token> tokens) {
        Token first = tokens.get(0);
        Token last = tokens.get(tokens.size() - 1);
        String lineText = text.substring(first.getStartIndex(), last.getStopIndex() + 1);
        CrmParser parser = newParser(tokens);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        CrmParser.LineContext tree;
        try {
            tree = parser.standaloneLine().line();
        } catch (ParseCancellationException sllFailed) {
            parser = newParser(tokens);
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            ErrorCollector errors = new ErrorCollector(source);
            parser.setErrorHandler(new DefaultErrorStrategy() {
                @Override
                public void recover(Parser recognizer, RecognitionException e) {
                    throw new ParseCancellationException(e);
                }

                @Override
                public Token recoverInline(Parser recognizer) {
                    InputMismatchException e = new InputMismatchException(recognizer);
                    reportError(recognizer, e);
                    throw new ParseCancellationException(e);
                }

                @Override
                public void sync(Parser recognizer) {
                }
            });
            parser.addErrorListener(errors);
            try {
                tree = parser.standaloneLine().line();
            } catch (ParseCancellationException e) {
                tree = null;
            }
            if (errors.problem != null) {
                throw new CrmException(List.of(errors.problem));
            }
            if (tree == null) {
                throw new CrmException(location(source, first), "cannot parse this line");
            }
        }
        return new ParsedLine(location(source, first), lineText, tree);
    }

    private static CrmParser newParser(List<Token> tokens) {
        CrmParser parser = new CrmParser(new CommonTokenStream(new ListTokenSource(tokens)));
        parser.removeErrorListeners();
        return parser;
    }

    static SourceLocation location(String source, Token t) {
        return new SourceLocation(source, t.getLine(), t.getCharPositionInLine() + 1);
    }

    /**
     * ANTLR's lexer simulator, except that the start state of a mode whose first step passes lexer
     * predicates ({@code COMMENT}'s {@code atLineStart()}, {@code COLON}'s {@code glued()}) is cached
     * per outcome of those predicates. Plain ANTLR never caches such a start state, so it recomputed
     * the closure over every token rule for every token (most of the time of a large load). The
     * outcomes are evaluated exactly as ANTLR's start closure evaluates them (at the token's first
     * character, not speculatively), and they alone decide that closure, so the tokens are the same.
     * The DFA belongs to this simulator (one lexer), as the start state it holds changes with them.
     */
    private static final class StartCachingLexerSimulator extends LexerATNSimulator {
        private final org.antlr.v4.runtime.Lexer lexer;
        /** Per mode: the predicates reachable before the first character, as {ruleIndex, predIndex}. */
        private final int[][][] startPredicates;
        /** Per mode: the start state for each combination of predicate outcomes. */
        private final DFAState[][] starts;

        StartCachingLexerSimulator(org.antlr.v4.runtime.Lexer lexer) {
            super(lexer, lexer.getATN(), newDfa(lexer.getATN()), new PredictionContextCache());
            this.lexer = lexer;
            int modes = atn.modeToStartState.size();
            startPredicates = new int[modes][][];
            starts = new DFAState[modes][];
            for (int m = 0; m < modes; m++) {
                startPredicates[m] = predicatesBeforeFirstCharacter(atn.modeToStartState.get(m));
                starts[m] = new DFAState[startPredicates[m].length <= 16 ? 1 << startPredicates[m].length : 0];
            }
        }

        private static DFA[] newDfa(ATN atn) {
            DFA[] dfa = new DFA[atn.getNumberOfDecisions()];
            for (int i = 0; i < dfa.length; i++) {
                dfa[i] = new DFA(atn.getDecisionState(i), i);
            }
            return dfa;
        }

        /** Every predicate on an epsilon path from the mode's start (a superset is harmless). */
        private static int[][] predicatesBeforeFirstCharacter(ATNState start) {
            List<int[]> found = new ArrayList<>();
            Set<Integer> seen = new java.util.HashSet<>();
            java.util.ArrayDeque<ATNState> todo = new java.util.ArrayDeque<>();
            todo.push(start);
            while (!todo.isEmpty()) {
                ATNState s = todo.pop();
                if (!seen.add(s.stateNumber)) {
                    continue;
                }
                for (int i = 0; i < s.getNumberOfTransitions(); i++) {
                    Transition t = s.transition(i);
                    if (!t.isEpsilon()) {
                        continue;
                    }
                    if (t instanceof PredicateTransition p) {
                        found.add(new int[] {p.ruleIndex, p.predIndex});
                    }
                    if (t instanceof RuleTransition r) {
                        todo.push(r.followState);
                    }
                    todo.push(t.target);
                }
            }
            return found.toArray(new int[0][]);
        }

        @Override
        protected ATNConfigSet computeStartState(CharStream input, ATNState p) {
            ATNConfigSet configs = super.computeStartState(input, p);
            if (starts[mode].length > 0) {
                // the predicate outcomes are part of the cache key (see match)
                configs.hasSemanticContext = false;
            }
            return configs;
        }

        @Override
        public int match(CharStream input, int mode) {
            int[][] predicates = startPredicates[mode];
            if (predicates.length == 0 || starts[mode].length == 0) {
                return super.match(input, mode);
            }
            int key = 0;
            for (int i = 0; i < predicates.length; i++) {
                if (lexer.sempred(null, predicates[i][0], predicates[i][1])) {
                    key |= 1 << i;
                }
            }
            DFA dfa = decisionToDFA[mode];
            dfa.s0 = starts[mode][key];
            int type = super.match(input, mode);
            starts[mode][key] = dfa.s0;
            dfa.s0 = null;
            return type;
        }
    }

    /** Keeps the first syntax error of a line, rewritten as "expected ..., found ...". */
    private static final class ErrorCollector extends BaseErrorListener {
        private final String source;
        private CrmException.Problem problem;

        ErrorCollector(String source) {
            this.source = source;
        }

        @Override
        public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col, String msg,
                                RecognitionException e) {
            if (problem != null) {
                return;
            }
            Token t = (Token) offending;
            IntervalSet expected = null;
            if (e != null && e.getExpectedTokens() != null) {
                expected = e.getExpectedTokens();
            } else if (recognizer instanceof Parser p) {
                expected = p.getExpectedTokens();
            }
            String found = t.getType() == Token.EOF ? "the end of the line" : "'" + t.getText() + "'";
            String what = expected == null || e instanceof NoViableAltException
                    ? Expectations.forContext(recognizer, t)
                    : Expectations.describe(expected);
            problem = new CrmException.Problem(new SourceLocation(source, line, col + 1),
                    "expected " + what + ", found " + found);
        }
    }
}

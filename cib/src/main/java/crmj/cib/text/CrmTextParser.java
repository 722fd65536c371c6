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

    /** From this many characters on, the text is lexed in two halves at once. */
    private static final int PARALLEL_CHARS = 200_000;

    private static List<List<Token>> splitLines(String source, String text, List<CrmException.Problem> problems) {
        Lexed lexed = new Lexed();
        int cut = text.length() >= PARALLEL_CHARS && Runtime.getRuntime().availableProcessors() >= 2
                ? cutNear(text, text.length() / 2) : -1;
        if (cut < 0) {
            lexed.lex(lexer(source, text, 0, 1), Integer.MAX_VALUE);
        } else {
            // the second half from a line start, on another thread; it is used only if lexing the first
            // half ends exactly there, after a newline, in the default mode: then the lexer is in the
            // same state as when it starts there, and the tokens are the same as one lexer's
            int line = 1 + (int) text.substring(0, cut).chars().filter(c -> c == '\n').count();
            java.util.concurrent.CompletableFuture<Lexed> second = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> new Lexed().lex(lexer(source, text, cut, line), Integer.MAX_VALUE));
            CrmLexer first = lexer(source, text, 0, 1);
            lexed.lex(first, cut);
            if (lexed.endedAt(cut) && first._modeStack.isEmpty() && first._mode == CrmLexer.DEFAULT_MODE) {
                lexed.append(second.join());
            } else {
                second.cancel(false);
                lexed.lex(first, Integer.MAX_VALUE);
            }
        }
        return lexed.finish(source, problems);
    }

    /** A lexer at {@code index} of the text, which is the start of line {@code line}. */
    private static CrmLexer lexer(String source, String text, int index, int line) {
        CrmLexer lexer = new CrmLexer(CharStreams.fromString(text, source));
        lexer.removeErrorListeners();
        lexer.setInterpreter(new StartCachingLexerSimulator(lexer));
        if (index > 0) {
            lexer._input.seek(index);
            lexer.getInterpreter().setLine(line);
            lexer.getInterpreter().setCharPositionInLine(0);
        }
        return lexer;
    }

    /**
     * The start of a line near {@code from} that begins with a letter (a new command, not a continued
     * or indented line), or -1. Whether lexing really reaches it in the default mode is checked after.
     */
    private static int cutNear(String text, int from) {
        for (int i = text.indexOf('\n', from); i > 0 && i < text.length() - 1; i = text.indexOf('\n', i + 1)) {
            int before = text.charAt(i - 1) == '\r' && i > 1 ? text.charAt(i - 2) : text.charAt(i - 1);
            if (before != '\\' && Character.isLetter(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Tokens grouped by line, as one lexer produced them, and the lines with a bad character. */
    private static final class Lexed {
        private final List<List<Token>> lines = new ArrayList<>();
        private List<Token> current = new ArrayList<>();
        private final Set<Integer> badLines = new LinkedHashSet<>();
        private final List<Token> badChars = new ArrayList<>();
        private int lastStop = -1;
        private int lastType = Token.INVALID_TYPE;

        /** Lexes until the end, or until a token ends at or after {@code cut - 1}. */
        Lexed lex(CrmLexer lexer, int cut) {
            for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
                lastStop = t.getStopIndex();
                lastType = t.getType();
                if (t.getType() == CrmLexer.NL) {
                    if (!current.isEmpty()) {
                        lines.add(current);
                        current = new ArrayList<>();
                    }
                } else if (t.getType() == CrmLexer.ERROR_CHAR) {
                    int line = current.isEmpty() ? t.getLine() : current.get(0).getLine();
                    if (badLines.add(line)) {
                        badChars.add(t);
                    }
                    current.add(t);
                } else {
                    current.add(t);
                }
                if (lastStop >= cut - 1) {
                    break;
                }
            }
            return this;
        }

        /** True when the last token was a newline ending just before {@code cut}. */
        boolean endedAt(int cut) {
            return lastStop == cut - 1 && lastType == CrmLexer.NL;
        }

        /** Adds what another lexer found after this one's end. */
        void append(Lexed next) {
            lines.addAll(next.lines);
            current = next.current;
            badLines.addAll(next.badLines);
            badChars.addAll(next.badChars);
        }

        List<List<Token>> finish(String source, List<CrmException.Problem> problems) {
            if (!current.isEmpty()) {
                lines.add(current);
            }
            for (Token t : badChars) {
                problems.add(new CrmException.Problem(location(source, t), describeBadChar(t.getText())));
            }
            if (!badLines.isEmpty()) {
                lines.removeIf(l -> badLines.contains(l.get(0).getLine()));
            }
            return lines;
        }
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

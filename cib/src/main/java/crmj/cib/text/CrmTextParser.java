package crmj.cib.text;

import crmj.cib.CrmException;
import crmj.cib.SourceLocation;
import crmj.grammar.CrmLexer;
import crmj.grammar.CrmParser;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
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
import org.antlr.v4.runtime.atn.PredictionMode;
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
        for (List<Token> tokens : splitLines(source, text, problems)) {
            try {
                lines.add(parseLine(source, text, tokens));
            } catch (CrmException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new CrmException(problems);
        }
        return lines;
    }

    private static List<List<Token>> splitLines(String source, String text, List<CrmException.Problem> problems) {
        CrmLexer lexer = new CrmLexer(CharStreams.fromString(text, source));
        lexer.removeErrorListeners();
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

package crmj.cib.agent;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** "Did you mean" for misspelt names: the closest candidate by edit distance, if it is close enough. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The candidate closest to {@code word} (ties: the earlier one), or empty when none is close. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        return closest(word, candidates, Function.identity());
    }

    /**
     * The candidate whose key is closest to {@code word}, ignoring case; a candidate qualifies when at most a
     * third of the word's letters (at least one, at most three) must change. Ties go to the earlier candidate,
     * so callers list preferred candidates first.
     */
    public static <T> Optional<T> closest(String word, Collection<T> candidates, Function<T, String> key) {
        String needle = word.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(3, word.length() / 3));
        T best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (T candidate : candidates) {
            int d = distance(needle, key.apply(candidate).toLowerCase(Locale.ROOT));
            if (d <= limit && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Edit distance counting insertions, deletions, substitutions and swaps of two neighbours (optimal string
     * alignment).
     */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }
}

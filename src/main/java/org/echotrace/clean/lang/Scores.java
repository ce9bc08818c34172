package org.echotrace.clean.lang;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import com.github.pemistahl.lingua.api.Language;

/**
 * The evidence behind one language decision of {@link FastLingua}: the answer, whether a rule (a script
 * written by one language only, unique letters, a single candidate) decided it, and else the best candidates
 * with their summed n-gram log-probabilities, best first.
 *
 * @param best      the answer ({@link Language#UNKNOWN} when undetermined)
 * @param byRule    a rule decided; {@code languages} is then empty
 * @param languages the best-scoring candidates, best first (at most {@value #TOP})
 * @param logProbs  their summed log-probabilities (natural log, all negative), in the same order
 * @param trigrams  distinct trigrams scored
 * @param letters   letters in the cleaned text
 * @param unique    languages whose unique letters (Lingua's list: {@code ї} Ukrainian, {@code ћ} Serbian, …) occur
 */
public record Scores(Language best, boolean byRule, Language[] languages, double[] logProbs, int trigrams,
                     int letters, Set<Language> unique) {
    /** How many candidates are kept. */
    public static final int TOP = 8;

    public Scores {
        Objects.requireNonNull(best, "best");
        languages = languages.clone();
        logProbs = logProbs.clone();
        unique = unique.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(unique));
        if (languages.length != logProbs.length) {
            throw new IllegalArgumentException("languages and logProbs differ in length: " + languages.length
                    + " vs " + logProbs.length);
        }
    }

    static Scores undetermined() {
        return new Scores(Language.UNKNOWN, false, new Language[0], new double[0], 0, 0, Set.of());
    }

    static Scores byRule(Language l, int letters, Set<Language> unique) {
        return new Scores(l, true, new Language[0], new double[0], 0, letters, unique);
    }

    static Scores scored(Language best, Language[] languages, double[] logProbs, int trigrams, int letters,
                         Set<Language> unique) {
        return new Scores(best, false, languages, logProbs, trigrams, letters, unique);
    }

    /** The candidates, best first (a copy). */
    @Override
    public Language[] languages() {
        return languages.clone();
    }

    /** Their log-probability sums (a copy). */
    @Override
    public double[] logProbs() {
        return logProbs.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Scores s && best == s.best && byRule == s.byRule && Arrays.equals(languages, s.languages)
                && Arrays.equals(logProbs, s.logProbs) && trigrams == s.trigrams && letters == s.letters
                && unique.equals(s.unique);
    }

    @Override
    public int hashCode() {
        return Objects.hash(best, byRule, Arrays.hashCode(languages), Arrays.hashCode(logProbs), trigrams, letters, unique);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(best.name()).append(byRule ? " (rule)" : "");
        for (int i = 0; i < languages.length; i++) {
            sb.append(i == 0 ? " [" : ", ").append(languages[i]).append(' ')
                    .append(String.format(java.util.Locale.ROOT, "%.2f", logProbs[i]));
        }
        return sb.append(languages.length > 0 ? "]" : "").toString();
    }
}

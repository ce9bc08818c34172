package org.echotrace.clean.lang;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;

import org.echotrace.text.CueFile;

/**
 * Decides the language of a text from its {@link Scores} and, when the n-grams alone are not confident, a prior:
 * the languages the text's source has shown in confident posts, mixed with base rates of the languages
 * echotrace reads ({@value #RESOURCE}). Short texts are where n-gram identification errs (a one-word Ukrainian
 * reply scores as Mongolian, a short Bulgarian headline as Macedonian, "Thanks" as Afrikaans); the source's
 * prevailing language is the best evidence left. Rules:
 * <ul>
 *   <li>a rule decision (a script of one language, unique letters) is certain: confidence 1;</li>
 *   <li>the confidence of a scored answer is its softmax probability over the best candidates, the
 *       log-probabilities divided by a temperature; at or above {@code confident} it is final;</li>
 *   <li>below it, each candidate's log-odds gain the log of its prior (source counts plus base rates as
 *       pseudo-counts), a boost for unique letters it owns and a penalty when it needs unique letters and the
 *       text has none; the best wins, with its posterior probability as confidence;</li>
 *   <li>a language the source has never shown in a confident post is never returned below {@code confident}:
 *       the best language the source has shown wins instead, or nothing when the source has shown none of
 *       the candidates.</li>
 * </ul>
 * Pure and thread-safe: the prior is an argument.
 */
public final class ShortTextPrior {
    static final String RESOURCE = "short-text-prior.txt";

    private final double confident;
    private final double temperature;
    private final double sourceWeight;
    private final double uniqueBoost;
    private final double lacksUnique;
    private final double[] base = new double[Language.values().length];
    private final LinguaRules rules = LinguaRules.get();

    private static final ShortTextPrior INSTANCE = new ShortTextPrior();

    /** The tuned parameters of {@value #RESOURCE}. */
    public static ShortTextPrior standard() {
        return INSTANCE;
    }

    private ShortTextPrior() {
        Map<String, Double> weights = new java.util.HashMap<>();
        Map<String, Double> values = new java.util.HashMap<>();
        for (CueFile.Entry e : CueFile.load(ShortTextPrior.class, RESOURCE)) {
            switch (e.key()) {
                case "base" -> {
                    for (String v : e.values()) {
                        String[] f = v.split("\\s+");
                        if (f.length != 2) {
                            throw e.error("expected 'code weight', got '" + v + "'");
                        }
                        weights.put(f[0].toLowerCase(Locale.ROOT), number(e, f[1]));
                    }
                }
                case "confident", "temperature", "source-weight", "unique-boost", "lacks-unique", "other" ->
                        values.put(e.key(), number(e, e.values().get(0)));
                default -> throw e.error("unknown key '" + e.key() + "'");
            }
        }
        confident = required(values, "confident");
        temperature = required(values, "temperature");
        sourceWeight = required(values, "source-weight");
        uniqueBoost = required(values, "unique-boost");
        lacksUnique = required(values, "lacks-unique");
        double other = required(values, "other");
        double sum = 0;
        for (Language l : Language.values()) {
            if (l == Language.UNKNOWN) {
                continue;
            }
            Double w = weights.remove(iso(l));
            base[l.ordinal()] = w == null ? other : w;
            sum += base[l.ordinal()];
        }
        if (!weights.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": unknown language codes " + weights.keySet());
        }
        for (int i = 0; i < base.length; i++) {
            base[i] /= sum;
        }
    }

    private static double number(CueFile.Entry e, String v) {
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException x) {
            throw e.error("not a number: '" + v + "'");
        }
    }

    private static double required(Map<String, Double> values, String key) {
        Double v = values.get(key);
        if (v == null) {
            throw new IllegalStateException(RESOURCE + ": missing key '" + key + "'");
        }
        return v;
    }

    /** The confidence at and above which an answer stands without a prior. */
    public double confidentThreshold() {
        return confident;
    }

    /** A language and how sure the identifier is of it; {@code language} {@link Language#UNKNOWN} when undetermined. */
    public record Decision(Language language, double confidence) {
    }

    /** The answer of the n-grams alone, with its confidence (no prior). */
    public Decision alone(Scores s) {
        if (s.best() == Language.UNKNOWN) {
            return new Decision(Language.UNKNOWN, 0);
        }
        if (s.byRule()) {
            return new Decision(s.best(), 1);
        }
        double[] p = softmax(s.logProbs(), new double[s.logProbs().length]);
        Language[] ls = s.languages();
        for (int i = 0; i < ls.length; i++) {
            if (ls[i] == s.best()) {
                return new Decision(s.best(), p[i]);
            }
        }
        return new Decision(s.best(), 0);
    }

    /**
     * The answer with the source's prior weighed in when the n-grams alone are below {@code confident}.
     *
     * @param counts confident posts of the source per language (empty: a source with no history)
     */
    public Decision decide(Scores s, Map<Language, Integer> counts) {
        Decision alone = alone(s);
        if (alone.language() == Language.UNKNOWN || alone.confidence() >= confident || s.languages().length == 0) {
            return alone;
        }
        Language[] ls = s.languages();
        double[] lp = s.logProbs();
        int total = 0;
        for (int c : counts.values()) {
            total += c;
        }
        double[] odds = new double[ls.length];
        for (int i = 0; i < ls.length; i++) {
            Language l = ls[i];
            double prior = (counts.getOrDefault(l, 0) + sourceWeight * base[l.ordinal()]) / (total + sourceWeight);
            double bonus = 0;
            if (s.unique().contains(l)) {
                bonus += uniqueBoost;
            } else if (rules.requireUnique.contains(l)) {
                bonus -= lacksUnique;
            }
            odds[i] = lp[i] / temperature + Math.log(prior) + bonus;
        }
        double[] p = softmaxOfOdds(odds);
        int best = -1;
        for (int i = 0; i < ls.length; i++) {
            if (best < 0 || p[i] > p[best]) {
                best = i;
            }
        }
        if (p[best] >= confident || total == 0 || counts.getOrDefault(ls[best], 0) > 0) {
            return new Decision(ls[best], p[best]);
        }
        int shown = -1;
        for (int i = 0; i < ls.length; i++) {
            if (counts.getOrDefault(ls[i], 0) > 0 && (shown < 0 || p[i] > p[shown])) {
                shown = i;
            }
        }
        return shown < 0 ? new Decision(Language.UNKNOWN, 0) : new Decision(ls[shown], p[shown]);
    }

    private double[] softmax(double[] logProbs, double[] out) {
        for (int i = 0; i < logProbs.length; i++) {
            out[i] = logProbs[i] / temperature;
        }
        return softmaxOfOdds(out);
    }

    private static double[] softmaxOfOdds(double[] odds) {
        double max = Double.NEGATIVE_INFINITY;
        for (double o : odds) {
            max = Math.max(max, o);
        }
        double sum = 0;
        double[] p = new double[odds.length];
        for (int i = 0; i < odds.length; i++) {
            p[i] = Math.exp(odds[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    /** ISO 639-1 code of {@code l}, lower case. */
    public static String iso(Language l) {
        return l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    /** The language of an ISO 639-1 code, or {@link Language#UNKNOWN}. */
    public static Language language(String iso) {
        return BY_ISO.getOrDefault(iso, Language.UNKNOWN);
    }

    private static final Map<String, Language> BY_ISO = byIso();

    private static Map<String, Language> byIso() {
        Map<String, Language> out = new java.util.HashMap<>();
        for (Language l : Language.values()) {
            if (l != Language.UNKNOWN && l.getIsoCode639_1() != IsoCode639_1.NONE) {
                out.put(iso(l), l);
            }
        }
        return Map.copyOf(out);
    }

    static Map<Language, Integer> noCounts() {
        return new EnumMap<>(Language.class);
    }
}

package org.echotrace.clean;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import com.github.pemistahl.lingua.api.Language;

import org.echotrace.clean.lang.FastLingua;
import org.echotrace.clean.lang.Scores;
import org.echotrace.clean.lang.ShortTextPrior;
import org.echotrace.model.Post;

/**
 * Sets {@code language} (ISO 639-1) with Lingua over every language it ships, in low-accuracy mode. Uses the
 * post's title and the first {@value #SAMPLE_CHARS} characters of text, with URLs, hashtags and mentions
 * removed, since those are not the language of the post; texts with fewer than {@value #MIN_LETTERS} letters
 * get {@code null} rather than a guess. Detection runs on {@link FastLingua}, a primitive-table
 * re-implementation of Lingua's algorithm on Lingua's own models, which hands near-ties to Lingua itself.
 *
 * <p>Also sets {@code language_confidence} ({@link ShortTextPrior}: 1 for a rule decision, else the answer's
 * probability among the best candidates). As a per-post stage it sees no other post, so its answer is the
 * n-grams' alone; {@link #identify(String, LanguagePrior)} weighs in what the post's source has shown, and
 * {@link SourceLanguagePass} does that for every post whose confidence is low. Thread-safe.
 */
public final class LanguageIdentifier implements PostStage {
    static final int SAMPLE_CHARS = 400;
    static final int MIN_LETTERS = 3;

    private final FastLingua detector;
    private final ShortTextPrior prior = ShortTextPrior.standard();

    private LanguageIdentifier(FastLingua detector) {
        this.detector = detector;
    }

    /** A language code (or null when undetermined) and the confidence in it (null when undetermined). */
    public record Identification(String language, Double confidence) {
        static final Identification NONE = new Identification(null, null);
    }

    /** One shared detector; models are loaded per alphabet (all Cyrillic languages together, ...) on first need. */
    public static LanguageIdentifier allLanguages() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final LanguageIdentifier INSTANCE = new LanguageIdentifier(FastLingua.withLinguaArbiter());
    }

    /** The underlying detector (for statistics: deferrals to Lingua, model load time). */
    public FastLingua detector() {
        return detector;
    }

    @Override
    public Post apply(Post post) {
        Identification id = identify(sample(post), null);
        if (java.util.Objects.equals(id.language(), post.language())
                && java.util.Objects.equals(id.confidence(), post.languageConfidence())) {
            return post;
        }
        return post.toBuilder().language(id.language()).languageConfidence(id.confidence()).build();
    }

    /** The confidence below which a source's prior is weighed in. */
    public double confidentThreshold() {
        return prior.confidentThreshold();
    }

    /**
     * The language of {@code text} with its confidence; with a {@code source} prior (non-null, possibly
     * {@link LanguagePrior#NONE}) a low-confidence answer is re-decided with it and the base rates, see
     * {@link ShortTextPrior}; with {@code null} the n-grams decide alone.
     */
    public Identification identify(String text, LanguagePrior source) {
        if (!enoughLetters(text)) {
            return Identification.NONE;
        }
        Scores s = detector.scores(text);
        ShortTextPrior.Decision d = source == null ? prior.alone(s) : prior.decide(s, counts(source));
        if (d.language() == Language.UNKNOWN) {
            return Identification.NONE;
        }
        return new Identification(ShortTextPrior.iso(d.language()), round(d.confidence()));
    }

    /** Confidence to three decimals: more digits would only make the output look more exact than it is. */
    private static double round(double c) {
        return Math.round(c * 1000) / 1000.0;
    }

    private static Map<Language, Integer> counts(LanguagePrior p) {
        Map<Language, Integer> out = new EnumMap<>(Language.class);
        p.counts().forEach((iso, n) -> {
            Language l = ShortTextPrior.language(iso);
            if (l != Language.UNKNOWN) {
                out.put(l, n);
            }
        });
        return out;
    }

    private static boolean enoughLetters(String text) {
        if (text == null) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length() && letters < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters >= MIN_LETTERS;
    }

    /** ISO 639-1 code of {@code text}, or null when undetermined. */
    public String detect(String text) {
        if (!enoughLetters(text)) {
            return null;
        }
        Language l = detector.detect(text);
        if (l == Language.UNKNOWN) {
            return null;
        }
        return l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    /** Title and the start of the text, with URLs, hashtags and mentions replaced by a space. */
    static String sample(Post post) {
        String text = post.text();
        if (post.title() == null && text != null && text.length() <= SAMPLE_CHARS) {
            return scrub(text);
        }
        StringBuilder sb = new StringBuilder(SAMPLE_CHARS * 2);
        if (post.title() != null) {
            String title = post.title();
            sb.append(title, 0, Math.min(title.length(), SAMPLE_CHARS)).append('\n');
        }
        if (text != null) {
            sb.append(text, 0, Math.min(text.length(), SAMPLE_CHARS));
        }
        return scrub(sb);
    }

    private static final String[] URL_STARTS = {"https://", "http://", "www.", "t.me/"};

    /** Replaces URLs ({@code http(s)://}, {@code www.}, {@code t.me/} up to the next space) and #tags/@mentions. */
    static String scrub(CharSequence s) {
        StringBuilder out = null; // made on the first replacement: most samples have none
        int n = s.length();
        int copied = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int end = urlEnd(s, i);
            if (end < 0 && (c == '#' || c == '@') && i + 1 < n && isTagChar(s.charAt(i + 1))) {
                end = i + 2;
                while (end < n && isTagChar(s.charAt(end))) {
                    end++;
                }
            }
            if (end > 0) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(s, copied, i).append(' ');
                i = end;
                copied = end;
            } else {
                i++;
            }
        }
        if (out == null) {
            return s.toString();
        }
        return out.append(s, copied, n).toString();
    }

    private static int urlEnd(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c != 'h' && c != 'H' && c != 'w' && c != 'W' && c != 't' && c != 'T') {
            return -1;
        }
        for (String start : URL_STARTS) {
            int j = i + start.length();
            if (j < s.length() && regionMatchesIgnoreCase(s, i, start) && !isSpace(s.charAt(j))) {
                // a URL does not start inside a word (tested last: it is the dearer test)
                if (i > 0 && isWordChar(s.charAt(i - 1))) {
                    return -1;
                }
                while (j < s.length() && !isSpace(s.charAt(j))) {
                    j++;
                }
                return j;
            }
        }
        return -1;
    }

    private static boolean regionMatchesIgnoreCase(CharSequence s, int at, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            if (Character.toLowerCase(s.charAt(at + k)) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isTagChar(char c) {
        return TAG_CHAR[c];
    }

    /** Letters, {@code _} and the digit-like number types, per BMP char. */
    private static final boolean[] TAG_CHAR = new boolean[65536];

    static {
        for (int c = 0; c < 65536; c++) {
            int t = Character.getType(c);
            TAG_CHAR[c] = Character.isLetter(c) || c == '_' || t == Character.DECIMAL_DIGIT_NUMBER
                    || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
        }
    }
}

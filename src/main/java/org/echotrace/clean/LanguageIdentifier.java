package org.echotrace.clean;

import java.util.Locale;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import org.echotrace.model.Post;

/**
 * Sets {@code language} (ISO 639-1) with Lingua over every language it ships. Uses the post's title and
 * the first {@value #SAMPLE_CHARS} characters of text, with URLs, hashtags and mentions removed, since
 * those are not the language of the post; texts with fewer than {@value #MIN_LETTERS} letters get
 * {@code null} rather than a guess.
 */
public final class LanguageIdentifier implements PostStage {
    static final int SAMPLE_CHARS = 600;
    static final int MIN_LETTERS = 3;

    private final LanguageDetector detector;

    private LanguageIdentifier(LanguageDetector detector) {
        this.detector = detector;
    }

    /** One shared detector; Lingua loads each language model lazily, on first need. */
    public static LanguageIdentifier allLanguages() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final LanguageIdentifier INSTANCE = new LanguageIdentifier(
                LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().build());
    }

    @Override
    public Post apply(Post post) {
        String lang = detect(sample(post));
        return post.toBuilder().language(lang).build();
    }

    /** ISO 639-1 code of {@code text}, or null when undetermined. */
    public String detect(String text) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < MIN_LETTERS; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        if (letters < MIN_LETTERS) {
            return null;
        }
        Language l = detector.detectLanguageOf(text);
        if (l == Language.UNKNOWN) {
            return null;
        }
        return l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }

    private static String sample(Post post) {
        StringBuilder sb = new StringBuilder();
        if (post.title() != null) {
            sb.append(post.title()).append('\n');
        }
        String text = post.text();
        sb.append(text, 0, Math.min(text.length(), SAMPLE_CHARS));
        String s = sb.toString();
        s = s.replaceAll("(?i)\\b(?:https?://|www\\.|t\\.me/)\\S+", " ");
        s = s.replaceAll("[#@][\\p{L}\\p{N}_]+", " ");
        return s;
    }
}

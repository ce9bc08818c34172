package org.echotrace.clean;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one source (a channel, a site, a feed) has shown of its languages: how many of its posts the identifier
 * was confident about, per ISO 639-1 code. {@link LanguageIdentifier#identify(String, LanguagePrior)} weighs it
 * in for a text too short for a confident answer. Immutable.
 *
 * @param counts confident posts per language code; codes are lower-case, counts positive
 */
public record LanguagePrior(Map<String, Integer> counts) {
    /** A source with no confident post yet. */
    public static final LanguagePrior NONE = new LanguagePrior(Map.of());

    public LanguagePrior {
        Objects.requireNonNull(counts, "counts");
        counts.forEach((k, v) -> {
            if (k == null || v == null || v <= 0) {
                throw new IllegalArgumentException("counts must map language codes to positive numbers, got " + k
                        + "=" + v);
            }
        });
        counts = Map.copyOf(new TreeMap<>(counts));
    }

    /** Confident posts over all languages. */
    public int total() {
        int n = 0;
        for (int c : counts.values()) {
            n += c;
        }
        return n;
    }
}

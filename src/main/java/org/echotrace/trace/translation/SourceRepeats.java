package org.echotrace.trace.translation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What each source repeats on its posts, learned from the corpus as it is read: a channel's subscription link,
 * its rubric hashtags, its signature. Such a feature says which source wrote a post, not what the post says,
 * so it is never evidence that two posts are one text: a link or hashtag on at least {@code share} of a source's
 * posts, a name or entity on at least {@code nameShare}, once seen on {@code minPosts} of them, is set aside.
 * Keeps one count per distinct feature per source.
 */
final class SourceRepeats {
    private final double share;
    private final double nameShare;
    private final int minPosts;
    private final Map<String, Counts> bySource = new HashMap<>();

    SourceRepeats(double share, double nameShare, int minPosts) {
        this.share = share;
        this.nameShare = nameShare;
        this.minPosts = minPosts;
    }

    /** Counts one post of {@code source} with its distinct {@code features}. */
    void add(String source, int[] features) {
        Counts c = bySource.computeIfAbsent(source == null ? "" : source, k -> new Counts());
        c.posts++;
        for (int f : features) {
            c.counts.merge(f, 1, Integer::sum);
        }
    }

    /** Whether {@code feature} is one {@code source} repeats. */
    boolean repeated(String source, int feature) {
        Counts c = bySource.get(source == null ? "" : source);
        if (c == null) {
            return false;
        }
        int n = c.counts.getOrDefault(feature, 0);
        if (n < minPosts) {
            return false;
        }
        double s = TranslationOptions.distinctive(Fingerprint.kind(feature))
                && Fingerprint.kind(feature) != Fingerprint.NUMBER ? nameShare : share;
        return n >= s * c.posts;
    }

    /** {@code features} without the ones {@code source} repeats (sorted order kept). */
    int[] strip(String source, int[] features) {
        int[] out = new int[features.length];
        int n = 0;
        for (int f : features) {
            if (!repeated(source, f)) {
                out[n++] = f;
            }
        }
        return n == out.length ? features : Arrays.copyOf(out, n);
    }

    private static final class Counts {
        int posts;
        final Map<Integer, Integer> counts = new HashMap<>();
    }
}

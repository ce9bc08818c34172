package org.echotrace.trace.translation;

/**
 * Thresholds of {@link FingerprintTranslationFinder}.
 *
 * @param threshold        minimum IDF- and kind-weighted Jaccard similarity of two fingerprints
 * @param minSharedWeight  minimum total weight of the shared features (two posts sharing one rare name are
 *                         not a translation)
 * @param windowSeconds    maximum distance between the two publication times when both are known
 * @param maxLengthRatio   maximum ratio of the longer text's length to the shorter's
 * @param postingCap       a feature found in more posts than this is too common to find candidates with
 * @param maxCandidates    at most this many candidates verified a post
 * @param partnerMargin    a post already translated with score {@code s} is matched again only at
 *                         {@code s - partnerMargin} or better
 * @param kindWeights      weight of each {@link Fingerprint} kind, by kind number
 */
public record TranslationOptions(double threshold, double minSharedWeight, long windowSeconds, double maxLengthRatio,
                                 int postingCap, int maxCandidates, double partnerMargin,
                                 double[] kindWeights) {
    public TranslationOptions {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        }
        if (maxLengthRatio < 1) {
            throw new IllegalArgumentException("maxLengthRatio must be >= 1, was " + maxLengthRatio);
        }
        if (kindWeights.length != 7) {
            throw new IllegalArgumentException("kindWeights must have 7 entries, had " + kindWeights.length);
        }
        kindWeights = kindWeights.clone();
    }

    /**
     * Defaults chosen on the gold pairs of {@code src/test/resources/trace/translations-gold.jsonl}; see
     * {@code TranslationGoldTest}.
     */
    public static TranslationOptions defaults() {
        // entity, number, date, speaker, hashtag, url, name
        return new TranslationOptions(0.40, 6.0, 2L * 24 * 3600, 1.6, 5_000, 50, 0.15,
                new double[] {1.0, 1.5, 1.2, 1.0, 1.0, 2.0, 0.6});
    }

    public TranslationOptions withThreshold(double t) {
        return new TranslationOptions(t, minSharedWeight, windowSeconds, maxLengthRatio, postingCap, maxCandidates,
                partnerMargin, kindWeights);
    }

    public TranslationOptions withPartnerMargin(double m) {
        return new TranslationOptions(threshold, minSharedWeight, windowSeconds, maxLengthRatio, postingCap,
                maxCandidates, m, kindWeights);
    }

    double kindWeight(int kind) {
        return kindWeights[kind];
    }

    boolean inWindow(long a, long b) {
        return a == Long.MIN_VALUE || b == Long.MIN_VALUE || Math.abs(a - b) <= windowSeconds;
    }

    boolean comparableLength(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        return lo > 0 && hi <= lo * maxLengthRatio;
    }
}

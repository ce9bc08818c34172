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
 * @param minChars         both texts need at least this many characters (a shorter text's language is a guess)
 * @param minCoverage      share of the lighter post's distinctive content (entities, numbers, dates, speakers,
 *                         names, by weight) the other must share
 * @param minDistinct      the lighter post must have at least this many distinctive features left once the
 *                         source's repeated ones are set aside
 * @param repeatShare      a link or hashtag on at least this share of a source's posts is the source's own
 *                         boilerplate (subscription link, rubric) and never counts
 * @param repeatNameShare  the same for names and entities (a channel signature), a higher share, since a news
 *                         source names the same leaders often
 * @param repeatMinPosts   a feature is learned as a source's repetition only once seen in this many of its posts
 */
public record TranslationOptions(double threshold, double minSharedWeight, long windowSeconds, double maxLengthRatio,
                                 int postingCap, int maxCandidates, double partnerMargin,
                                 double[] kindWeights, int minChars, double minCoverage, int minDistinct,
                                 double repeatShare, double repeatNameShare, int repeatMinPosts) {
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
        if (minCoverage < 0 || minCoverage > 1) {
            throw new IllegalArgumentException("minCoverage must be in [0, 1], was " + minCoverage);
        }
        if (repeatShare <= 0 || repeatShare > 1 || repeatNameShare <= 0 || repeatNameShare > 1) {
            throw new IllegalArgumentException("repeatShare and repeatNameShare must be in (0, 1], were "
                    + repeatShare + ", " + repeatNameShare);
        }
        if (repeatMinPosts < 2) {
            throw new IllegalArgumentException("repeatMinPosts must be >= 2, was " + repeatMinPosts);
        }
        kindWeights = kindWeights.clone();
    }

    /**
     * The {@code translation.*} settings of {@code org/echotrace/config/defaults.conf}: threshold and coverage
     * chosen on the tuning half of the bilingual gold set ({@code src/test/resources/trace/translations-bilingual.jsonl},
     * {@code BilingualGoldTest}), which its reporting half then measures.
     */
    public static TranslationOptions defaults() {
        return org.echotrace.trace.TraceConfig.translations(org.echotrace.config.Config.defaults());
    }

    public TranslationOptions withThreshold(double t) {
        return new TranslationOptions(t, minSharedWeight, windowSeconds, maxLengthRatio, postingCap, maxCandidates,
                partnerMargin, kindWeights, minChars, minCoverage, minDistinct, repeatShare, repeatNameShare,
                repeatMinPosts);
    }

    public TranslationOptions withPartnerMargin(double m) {
        return new TranslationOptions(threshold, minSharedWeight, windowSeconds, maxLengthRatio, postingCap,
                maxCandidates, m, kindWeights, minChars, minCoverage, minDistinct, repeatShare, repeatNameShare,
                repeatMinPosts);
    }

    public TranslationOptions withCoverage(double c) {
        return new TranslationOptions(threshold, minSharedWeight, windowSeconds, maxLengthRatio, postingCap,
                maxCandidates, partnerMargin, kindWeights, minChars, c, minDistinct, repeatShare, repeatNameShare,
                repeatMinPosts);
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

    /** Whether a feature's kind is content (not a link or a hashtag). */
    static boolean distinctive(int kind) {
        return kind != Fingerprint.URL && kind != Fingerprint.HASHTAG;
    }
}

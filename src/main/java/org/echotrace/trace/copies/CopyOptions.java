package org.echotrace.trace.copies;

/**
 * The settings of near-duplicate copy detection. {@link #defaults()} are the values chosen by measurement on
 * the planted corpus ({@code org.echotrace.bench.PlantedCorpus}) and the real {@code telegram-ru-news} posts; see the notes on each
 * parameter.
 *
 * @param shingleWords   words per shingle (3: a 5–10% word edit still leaves most 3-word shingles intact, while
 *                       common 2-word phrases no longer make unrelated posts look alike)
 * @param maxTokens      words read per post at most (bounds memory and time for very long texts)
 * @param bands          LSH bands
 * @param rows           MinHash values per band ({@code bands × rows} permutations in all); 16 × 4 finds a pair
 *                       of Jaccard 0.8 with probability 0.9998 and one of 0.5 with 0.64, so verification,
 *                       not banding, decides
 * @param anchorWindow   winnowing window in shingles for the excerpt path: every run of this many shared
 *                       consecutive shingles shares at least one anchor
 * @param maxPostings    an anchor shared by more posts than this is boilerplate, not evidence, and is ignored
 * @param maxCandidates  candidates verified per new post at most (bounds work for very large clusters; the
 *                       cluster still forms through the pairs found)
 * @param minJaccard     a pair is a copy when the exact Jaccard similarity of the shingle sets reaches this
 * @param minContainment ... or when the share of the shorter post's shingles found in the longer one reaches this
 * @param minShingles    posts with fewer distinct shingles are never copies ("Фото дня" is not a statement)
 * @param shortShingles  when the shorter post has fewer distinct shingles than this (a headline, a one-liner), the
 *                       pair must be near-identical: containment alone never makes it a copy, and its Jaccard
 *                       similarity must reach {@code shortJaccard} (two headlines sharing their first six words are
 *                       two headlines)
 * @param shortJaccard   the Jaccard similarity short posts need
 * @param excerptRatio   a pair found by containment alone is a near-duplicate (a strong link) when the shorter
 *                       post has at least this share of the longer's shingles (a light edit), else an excerpt
 *                       (a weak link: it attaches a post to a cluster but never merges two)
 * @param excerptContainment the containment an excerpt needs (higher than {@code minContainment}: a sentence
 *                       shared by two reports of different events is not an excerpt)
 * @param excerptShingles an excerpt's shorter post needs at least this many distinct shingles
 * @param windowSeconds  two dated posts certainly further apart than this are copies only when near-identical
 *                       ({@code lateJaccard}): a source's recurring template (the evening rates, the weekend list,
 *                       the next part of a series) weeks later shares its wording but not its news
 * @param lateJaccard    the Jaccard similarity such distant posts need
 * @param minNumberAgreement when both posts write numbers, the share of the fewer-numbered post's numbers found in
 *                       the other that a copy needs (two bulletins in one template with other figures are two
 *                       pieces of news); 0 switches the check off
 * @param templateLineWords a line of at most this many words may be part of its source's template
 *                       ({@link SourceTemplates}); longer lines are content
 * @param templateMinPosts a line or number is its source's template once on at least this many of its posts ...
 * @param templateShare  ... and on at least this share of them,
 * @param templateSpanSeconds ... or spread over more than this many seconds (a weekly list, a daily column)
 */
public record CopyOptions(int shingleWords, int maxTokens, int bands, int rows, int anchorWindow, int maxPostings,
                          int maxCandidates, double minJaccard, double minContainment, int minShingles,
                          int shortShingles, double shortJaccard, double excerptRatio,
                          double excerptContainment, int excerptShingles, long windowSeconds, double lateJaccard,
                          double minNumberAgreement, int templateLineWords, int templateMinPosts,
                          double templateShare, long templateSpanSeconds) {
    public CopyOptions {
        positive("shingleWords", shingleWords);
        positive("maxTokens", maxTokens);
        positive("bands", bands);
        positive("rows", rows);
        positive("anchorWindow", anchorWindow);
        positive("maxPostings", maxPostings);
        positive("maxCandidates", maxCandidates);
        positive("minShingles", minShingles);
        if (!(minJaccard > 0 && minJaccard <= 1)) {
            throw new IllegalArgumentException("minJaccard must be in (0, 1], was " + minJaccard);
        }
        if (!(minContainment > 0 && minContainment <= 1)) {
            throw new IllegalArgumentException("minContainment must be in (0, 1], was " + minContainment);
        }
        if (!(shortJaccard > 0 && shortJaccard <= 1)) {
            throw new IllegalArgumentException("shortJaccard must be in (0, 1], was " + shortJaccard);
        }
        if (windowSeconds <= 0) {
            throw new IllegalArgumentException("windowSeconds must be positive, was " + windowSeconds);
        }
        if (!(lateJaccard > 0 && lateJaccard <= 1)) {
            throw new IllegalArgumentException("lateJaccard must be in (0, 1], was " + lateJaccard);
        }
        if (!(minNumberAgreement >= 0 && minNumberAgreement <= 1)) {
            throw new IllegalArgumentException("minNumberAgreement must be in [0, 1], was " + minNumberAgreement);
        }
        positive("templateLineWords", templateLineWords);
        positive("templateMinPosts", templateMinPosts);
        if (!(templateShare > 0 && templateShare <= 1)) {
            throw new IllegalArgumentException("templateShare must be in (0, 1], was " + templateShare);
        }
        if (templateSpanSeconds <= 0) {
            throw new IllegalArgumentException("templateSpanSeconds must be positive, was " + templateSpanSeconds);
        }
        if (shortShingles < 0) {
            throw new IllegalArgumentException("shortShingles must be >= 0, was " + shortShingles);
        }
    }

    /** The defaults: the {@code copy.*} settings of {@code org/echotrace/config/defaults.conf}. */
    public static CopyOptions defaults() {
        return org.echotrace.trace.TraceConfig.copies(org.echotrace.config.Config.defaults());
    }

    public CopyOptions withThresholds(double jaccard, double containment) {
        return new CopyOptions(shingleWords, maxTokens, bands, rows, anchorWindow, maxPostings, maxCandidates,
                jaccard, containment, minShingles, shortShingles, shortJaccard, excerptRatio, excerptContainment, excerptShingles,
                windowSeconds, lateJaccard, minNumberAgreement,
                templateLineWords, templateMinPosts, templateShare, templateSpanSeconds);
    }

    public CopyOptions withBanding(int bandCount, int rowCount) {
        return new CopyOptions(shingleWords, maxTokens, bandCount, rowCount, anchorWindow, maxPostings, maxCandidates,
                minJaccard, minContainment, minShingles, shortShingles, shortJaccard, excerptRatio, excerptContainment, excerptShingles,
                windowSeconds, lateJaccard, minNumberAgreement,
                templateLineWords, templateMinPosts, templateShare, templateSpanSeconds);
    }

    public CopyOptions withShingleWords(int words) {
        return new CopyOptions(words, maxTokens, bands, rows, anchorWindow, maxPostings, maxCandidates,
                minJaccard, minContainment, minShingles, shortShingles, shortJaccard, excerptRatio, excerptContainment, excerptShingles,
                windowSeconds, lateJaccard, minNumberAgreement,
                templateLineWords, templateMinPosts, templateShare, templateSpanSeconds);
    }

    public CopyOptions withAnchorWindow(int window) {
        return new CopyOptions(shingleWords, maxTokens, bands, rows, window, maxPostings, maxCandidates,
                minJaccard, minContainment, minShingles, shortShingles, shortJaccard, excerptRatio, excerptContainment, excerptShingles,
                windowSeconds, lateJaccard, minNumberAgreement,
                templateLineWords, templateMinPosts, templateShare, templateSpanSeconds);
    }

    public CopyOptions withShort(int shingles, double jaccard) {
        return new CopyOptions(shingleWords, maxTokens, bands, rows, anchorWindow, maxPostings, maxCandidates,
                minJaccard, minContainment, minShingles, shingles, jaccard, excerptRatio, excerptContainment,
                excerptShingles, windowSeconds, lateJaccard, minNumberAgreement,
                templateLineWords, templateMinPosts, templateShare, templateSpanSeconds);
    }

    public CopyOptions withExcerpts(double containment, int shingles) {
        return new CopyOptions(shingleWords, maxTokens, bands, rows, anchorWindow, maxPostings, maxCandidates,
                minJaccard, minContainment, minShingles, shortShingles, shortJaccard, excerptRatio, containment,
                shingles, windowSeconds, lateJaccard, minNumberAgreement,
                templateLineWords, templateMinPosts, templateShare, templateSpanSeconds);
    }

    /** With the time window for copies that are not near-identical and the number agreement copies need. */
    public CopyOptions withAgreement(long window, double late, double numbers) {
        return new CopyOptions(shingleWords, maxTokens, bands, rows, anchorWindow, maxPostings, maxCandidates,
                minJaccard, minContainment, minShingles, shortShingles, shortJaccard, excerptRatio, excerptContainment,
                excerptShingles, window, late, numbers,
                templateLineWords, templateMinPosts, templateShare, templateSpanSeconds);
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}

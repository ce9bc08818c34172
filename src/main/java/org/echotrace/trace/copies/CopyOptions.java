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
 */
public record CopyOptions(int shingleWords, int maxTokens, int bands, int rows, int anchorWindow, int maxPostings,
                          int maxCandidates, double minJaccard, double minContainment, int minShingles,
                          int shortShingles, double shortJaccard, double excerptRatio,
                          double excerptContainment, int excerptShingles) {
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
                jaccard, containment, minShingles, shortShingles, shortJaccard, excerptRatio, excerptContainment, excerptShingles);
    }

    public CopyOptions withBanding(int bandCount, int rowCount) {
        return new CopyOptions(shingleWords, maxTokens, bandCount, rowCount, anchorWindow, maxPostings, maxCandidates,
                minJaccard, minContainment, minShingles, shortShingles, shortJaccard, excerptRatio, excerptContainment, excerptShingles);
    }

    public CopyOptions withShingleWords(int words) {
        return new CopyOptions(words, maxTokens, bands, rows, anchorWindow, maxPostings, maxCandidates,
                minJaccard, minContainment, minShingles, shortShingles, shortJaccard, excerptRatio, excerptContainment, excerptShingles);
    }

    public CopyOptions withAnchorWindow(int window) {
        return new CopyOptions(shingleWords, maxTokens, bands, rows, window, maxPostings, maxCandidates,
                minJaccard, minContainment, minShingles, shortShingles, shortJaccard, excerptRatio, excerptContainment, excerptShingles);
    }

    public CopyOptions withShort(int shingles, double jaccard) {
        return new CopyOptions(shingleWords, maxTokens, bands, rows, anchorWindow, maxPostings, maxCandidates,
                minJaccard, minContainment, minShingles, shingles, jaccard, excerptRatio, excerptContainment,
                excerptShingles);
    }

    public CopyOptions withExcerpts(double containment, int shingles) {
        return new CopyOptions(shingleWords, maxTokens, bands, rows, anchorWindow, maxPostings, maxCandidates,
                minJaccard, minContainment, minShingles, shortShingles, shortJaccard, excerptRatio, containment,
                shingles);
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}

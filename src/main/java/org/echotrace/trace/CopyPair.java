package org.echotrace.trace;

/**
 * Two posts found to be copies of each other (indexes in the order posts were added to the {@link Tracer}).
 *
 * @param a          the first post's index
 * @param b          the second post's index ({@code a < b})
 * @param relation   {@link #COPIED} (near-duplicate: a strong link), {@link #EXCERPT} (the shorter post is mostly
 *                   contained in the longer, but the two are not near-duplicates: a weak link) or
 *                   {@link #TRANSLATED}
 * @param similarity Jaccard similarity of the shingle sets, or the translation match score
 * @param coverage   containment of the shorter text in the longer one
 */
public record CopyPair(int a, int b, String relation, double similarity, double coverage) {
    public static final String COPIED = "copied";
    public static final String EXCERPT = "excerpt";
    public static final String TRANSLATED = "translated";

    public CopyPair {
        if (a >= b) {
            throw new IllegalArgumentException("a must be < b, was " + a + ", " + b);
        }
    }
}

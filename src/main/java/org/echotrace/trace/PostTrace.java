package org.echotrace.trace;

/**
 * What tracing found about one post: which copies it belongs to, which story, and how it relates to the
 * earliest copy.
 *
 * @param cluster     id shared by posts that are copies of one another; null for a post with no copy
 * @param duplicateOf id of the earliest copy (the origin); null for the origin itself and for posts with no copy
 * @param story       id shared by posts about the same event, whether or not their words match; never null
 * @param relation    how this post relates to its origin: {@code forwarded}, {@code credited}, {@code copied},
 *                    {@code translated}; null when {@code duplicateOf} is null
 * @param similarity  Jaccard similarity of the post's shingles with the origin's (or the translation match
 *                    score); null when {@code duplicateOf} is null
 * @param coverage    share of the shorter text's shingles found in the other (containment), for excerpts and
 *                    partial reuse; null when {@code duplicateOf} is null
 * @param uncredited  true when the post copies or translates its origin without forwarding or crediting it
 */
public record PostTrace(String cluster, String duplicateOf, String story, String relation, Double similarity,
                        Double coverage, boolean uncredited) {

    /** A post that copies nothing and is copied by nothing, alone in its story. */
    public static PostTrace alone(String story) {
        return new PostTrace(null, null, story, null, null, null, false);
    }
}

package org.echotrace.trace;

/**
 * What tracing found about one post: which copies it belongs to, which story, and how it relates to the
 * cluster's origin.
 *
 * @param cluster     id shared by posts that are copies of one another; null for a post with no copy
 * @param duplicateOf id of the cluster's origin; null for the origin itself and for posts with no copy
 * @param story       id shared by posts about the same event, whether or not their words match; never null
 * @param relation    how this post relates to its origin: {@code forwarded}, {@code credited}, {@code self} (the
 *                    origin's own source repeating it), {@code copied}, {@code translated}; null when
 *                    {@code duplicateOf} is null
 * @param similarity  Jaccard similarity of the post's shingles with the origin's (or the translation match
 *                    score); null when {@code duplicateOf} is null
 * @param coverage    share of the shorter text's shingles found in the other (containment), for excerpts and
 *                    partial reuse; null when {@code duplicateOf} is null
 * @param uncredited  true when the post copies or translates an origin of another source, certainly published
 *                    before it, without forwarding or crediting it
 * @param order       what says the origin came first: {@link #ORDER_TIME} (their publication intervals do not
 *                    overlap), {@link #ORDER_EVIDENCE} (the post forwards or credits the origin's source),
 *                    {@link #ORDER_UNKNOWN} (nothing decides); null when {@code duplicateOf} is null
 */
public record PostTrace(String cluster, String duplicateOf, String story, String relation, Double similarity,
                        Double coverage, boolean uncredited, String order) {
    public static final String ORDER_TIME = "time";
    public static final String ORDER_EVIDENCE = "evidence";
    public static final String ORDER_UNKNOWN = "unknown";

    /** A trace whose order is known by time when it has an origin. */
    public PostTrace(String cluster, String duplicateOf, String story, String relation, Double similarity,
                     Double coverage, boolean uncredited) {
        this(cluster, duplicateOf, story, relation, similarity, coverage, uncredited,
                duplicateOf == null ? null : ORDER_TIME);
    }

    /** A post that copies nothing and is copied by nothing. */
    public static PostTrace alone(String story) {
        return new PostTrace(null, null, story, null, null, null, false, null);
    }
}

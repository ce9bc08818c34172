package org.echotrace.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.echotrace.trace.PostTrace;
import org.echotrace.trace.TraceItem;
import org.echotrace.trace.TraceResult;

/**
 * The chain of one message: its origin, then every copy in the same cluster, ordered by time (undated copies
 * last, then in reading order), each with how it relates to the origin.
 *
 * @param post    the id of the post asked about
 * @param cluster the cluster id; null when the post has no copy (the chain is then the post alone)
 * @param story   the post's story id
 * @param steps   origin first, then the copies
 */
public record TraceChain(String post, String cluster, String story, List<Step> steps) {
    public TraceChain {
        steps = List.copyOf(steps);
    }

    /**
     * One post of the chain.
     *
     * @param id          the post id
     * @param source      the source key
     * @param label       the source's readable name
     * @param published   the post's {@code published} as written in the output, or null
     * @param url         the post's URL, or null
     * @param relation    {@code origin}, {@code forwarded}, {@code credited}, {@code copied} or {@code translated}
     * @param lagSeconds  seconds after the origin; 0 for a dated origin; null when either date is unknown
     * @param similarity  similarity with the origin (null for the origin)
     * @param coverage    containment with the origin (null for the origin)
     * @param uncredited  whether the copy neither forwards nor credits the origin
     */
    public record Step(String id, String source, String label, String published, String url, String relation,
                       Long lagSeconds, Double similarity, Double coverage, boolean uncredited) {
    }

    /**
     * The chain of post {@code index}.
     *
     * @param published each post's {@code published} string, by index
     * @param urls      each post's URL, by index
     */
    public static TraceChain of(TraceResult trace, int index, List<String> published, List<String> urls) {
        PostTrace asked = trace.posts().get(index);
        TraceItem item = trace.items().get(index);
        if (asked.cluster() == null) {
            Step alone = new Step(item.postId(), item.source(), item.sourceLabel(), published.get(index),
                    urls.get(index), "origin", item.published() == Long.MIN_VALUE ? null : 0L, null, null, false);
            return new TraceChain(item.postId(), null, asked.story(), List.of(alone));
        }
        int origin = -1;
        List<Integer> copies = new ArrayList<>();
        for (int i = 0; i < trace.posts().size(); i++) {
            PostTrace t = trace.posts().get(i);
            if (asked.cluster().equals(t.cluster())) {
                if (t.duplicateOf() == null) {
                    origin = i;
                } else {
                    copies.add(i);
                }
            }
        }
        copies.sort(Comparator.comparingLong((Integer i) -> time(trace.items().get(i))).thenComparingInt(i -> i));
        TraceItem o = trace.items().get(origin);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(o.postId(), o.source(), o.sourceLabel(), published.get(origin), urls.get(origin), "origin",
                o.published() == Long.MIN_VALUE ? null : 0L, null, null, false));
        for (int i : copies) {
            TraceItem c = trace.items().get(i);
            PostTrace t = trace.posts().get(i);
            Long lag = o.published() == Long.MIN_VALUE || c.published() == Long.MIN_VALUE ? null
                    : c.published() - o.published();
            steps.add(new Step(c.postId(), c.source(), c.sourceLabel(), published.get(i), urls.get(i), t.relation(),
                    lag, t.similarity(), t.coverage(), t.uncredited()));
        }
        return new TraceChain(item.postId(), asked.cluster(), asked.story(), steps);
    }

    private static long time(TraceItem t) {
        return t.published() == Long.MIN_VALUE ? Long.MAX_VALUE : t.published();
    }
}

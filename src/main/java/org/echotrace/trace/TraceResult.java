package org.echotrace.trace;

import java.util.List;
import java.util.Map;

/**
 * The outcome of tracing a corpus.
 *
 * @param posts   what was found about each post, by index
 * @param items   the posts' features, by index (text dropped)
 * @param edges   one edge per copy, from its origin
 * @param sources post counts per source key
 * @param labels  a readable label per source key
 */
public record TraceResult(List<PostTrace> posts, List<TraceItem> items, List<Edge> edges, Map<String, Long> sources,
                          Map<String, String> labels) {
    public TraceResult {
        posts = List.copyOf(posts);
        items = List.copyOf(items);
        edges = List.copyOf(edges);
        sources = Map.copyOf(sources);
        labels = Map.copyOf(labels);
    }
}

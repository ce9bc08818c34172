package org.echotrace.output.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

import org.echotrace.trace.Edge;
import org.echotrace.trace.TraceResult;

/**
 * The propagation graph between sources: a node per source (channel, outlet, site) with its post count, and
 * an edge per origin source, copying source and relation, weighted by how many copies it carries and with the
 * median lag from origin to copy. A source copying itself (a channel reposting its own post) is a self-loop.
 *
 * <p>Order is deterministic: nodes by post count (most first), then key; edges by weight (most first), then
 * origin, copy and relation keys.
 *
 * @param nodes the sources
 * @param edges the copy relations between them
 */
public record SourceGraph(List<Node> nodes, List<Link> edges) {
    public SourceGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * A source.
     *
     * @param key   the source key (Telegram channel, else outlet, else site, else channel title, else path)
     * @param label a readable name (channel title, outlet), the key when there is none
     * @param posts how many posts of the corpus it published
     */
    public record Node(String key, String label, long posts) {
    }

    /**
     * Copies from one source to another by one relation.
     *
     * @param from             the origin's source key
     * @param to               the copy's source key
     * @param relation         {@code forwarded}, {@code credited}, {@code copied} or {@code translated}
     * @param weight           how many copies
     * @param medianLagSeconds median seconds from origin to copy (the lower middle's and upper middle's mean,
     *                         rounded down, for an even count); null when no copy has both dates
     */
    public record Link(String from, String to, String relation, long weight, Long medianLagSeconds) {
    }

    /** The graph of a traced corpus. */
    public static SourceGraph of(TraceResult trace) {
        List<Node> nodes = new ArrayList<>();
        for (Map.Entry<String, Long> e : trace.sources().entrySet()) {
            String label = trace.labels().get(e.getKey());
            nodes.add(new Node(e.getKey(), label == null || label.isBlank() ? e.getKey() : label, e.getValue()));
        }
        nodes.sort(Comparator.comparingLong(Node::posts).reversed().thenComparing(Node::key));
        Map<List<String>, List<Long>> lags = new HashMap<>();
        Map<List<String>, Long> weights = new HashMap<>();
        for (Edge e : trace.edges()) {
            List<String> key = List.of(e.from(), e.to(), e.relation());
            weights.merge(key, 1L, Long::sum);
            List<Long> l = lags.computeIfAbsent(key, k -> new ArrayList<>());
            if (e.lagSeconds() != null) {
                l.add(e.lagSeconds());
            }
        }
        List<Link> edges = new ArrayList<>();
        for (Map.Entry<List<String>, Long> w : weights.entrySet()) {
            List<String> k = w.getKey();
            edges.add(new Link(k.get(0), k.get(1), k.get(2), w.getValue(), median(lags.get(k))));
        }
        edges.sort(Comparator.comparingLong(Link::weight).reversed().thenComparing(Link::from)
                .thenComparing(Link::to).thenComparing(Link::relation));
        return new SourceGraph(nodes, edges);
    }

    static Long median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        long a = sorted.get(n / 2 - 1);
        long b = sorted.get(n / 2);
        return Math.floorDiv(a, 2) + Math.floorDiv(b, 2) + (Math.floorMod(a, 2) + Math.floorMod(b, 2)) / 2;
    }
}

package org.echotrace.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.echotrace.kb.AliasKey;
import org.echotrace.model.Post;
import org.echotrace.trace.copies.CopyOptions;
import org.echotrace.trace.copies.MinHashCopyFinder;
import org.echotrace.trace.story.EventStoryFinder;
import org.echotrace.trace.translation.FingerprintTranslationFinder;

/**
 * The trace stage: sees every post of a corpus, finds copies ({@link CopyFinder}), translations
 * ({@link TranslationFinder}) and stories ({@link StoryFinder}) incrementally as posts are added, and on
 * {@link #finish()} groups copies into clusters, picks each cluster's origin (the post no other was certainly
 * published before; among several, the one the others forward or credit) and says how every other copy
 * relates to it: {@code self} (same source), {@code forwarded}, {@code credited}, {@code copied} or
 * {@code translated} (another language), and what decided the order ({@code time}, {@code evidence} or
 * {@code unknown}). A copy of another source's post, certainly later and neither forwarding nor crediting it,
 * is flagged uncredited; when the order is unknown it is not.
 */
public final class Tracer {
    private final CopyFinder copies;
    private final TranslationFinder translations;
    private final StoryFinder stories;
    private final List<TraceItem> items = new ArrayList<>();
    private final List<CopyPair> pairs = new ArrayList<>();

    public Tracer(CopyFinder copies, TranslationFinder translations, StoryFinder stories) {
        this.copies = copies;
        this.translations = translations;
        this.stories = stories;
    }

    /** With the standard finders. */
    public static Tracer standard() {
        return new Tracer(MinHashCopyFinder.standard(), FingerprintTranslationFinder.standard(),
                EventStoryFinder.standard());
    }

    /** With the standard finders, copies found with {@code copies}' thresholds. */
    public static Tracer standard(CopyOptions copies) {
        return new Tracer(new MinHashCopyFinder(copies), FingerprintTranslationFinder.standard(),
                EventStoryFinder.standard());
    }

    /** Adds the next post; returns its index. */
    public int add(Post post) {
        TraceItem item = TraceItems.of(items.size(), post);
        List<CopyPair> found = new ArrayList<>(copies.add(item));
        found.addAll(translations.add(item));
        stories.add(item, found);
        pairs.addAll(found);
        items.add(item.withoutText());
        return item.index();
    }

    /**
     * Groups the pairs found into clusters and says how each copy relates to its cluster's origin. Clusters
     * are built in three passes, so that one weak link never joins two sets of copies: near-duplicates
     * ({@code copied} pairs) first; then excerpts and partial reuse ({@code excerpt} pairs), which attach a post
     * that is in no cluster yet but never merge two clusters; then translations, which join two clusters only
     * when no language is in both (two clusters with same-language originals are two stories told twice, not
     * one text translated).
     */
    public TraceResult finish() {
        int n = items.size();
        CopyClusters sets = new CopyClusters(n);
        Map<Long, CopyPair> byPair = new HashMap<>();
        List<CopyPair> weak = new ArrayList<>();
        List<CopyPair> translated = new ArrayList<>();
        java.util.Set<Integer> translatedRoots = new java.util.HashSet<>();
        for (CopyPair p : pairs) {
            if (p.relation().equals(CopyPair.TRANSLATED) && !translations.holds(p)) {
                continue;
            }
            byPair.merge(key(p.a(), p.b()), p, (x, y) -> rank(x) <= rank(y) ? x : y);
            switch (p.relation()) {
                case CopyPair.COPIED -> sets.join(p.a(), p.b());
                case CopyPair.EXCERPT -> weak.add(p);
                default -> translated.add(p);
            }
        }
        sets.attach(weak);
        if (!translated.isEmpty()) {
            translated.sort((x, y) -> Double.compare(y.similarity(), x.similarity()));
            Map<Integer, java.util.Set<String>> languages = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String l = items.get(i).language();
                languages.computeIfAbsent(sets.find(i), k -> new java.util.HashSet<>()).add(l == null ? "?" : l);
            }
            for (CopyPair p : translated) {
                int ra = sets.find(p.a());
                int rb = sets.find(p.b());
                java.util.Set<String> la = languages.get(ra);
                java.util.Set<String> lb = languages.get(rb);
                if (ra == rb || la.contains("?") || lb.contains("?") || !java.util.Collections.disjoint(la, lb)) {
                    continue;
                }
                sets.join(ra, rb);
                java.util.Set<String> merged = new java.util.HashSet<>(la);
                merged.addAll(lb);
                languages.put(sets.find(ra), merged);
                translatedRoots.add(sets.find(ra));
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(i);
        }
        int[] storyOf = stories.stories();
        Map<Integer, String> storyIds = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int s = i < storyOf.length ? storyOf[i] : i;
            storyIds.putIfAbsent(s, "s:" + items.get(i).postId());
        }
        PostTrace[] out = new PostTrace[n];
        List<Edge> edges = new ArrayList<>();
        for (List<Integer> g : groups.values()) {
            if (g.size() == 1) {
                int i = g.get(0);
                out[i] = PostTrace.alone(storyIds.get(i < storyOf.length ? storyOf[i] : i));
                continue;
            }
            int origin = origin(g);
            // only a cluster joined by a translation has translations; a shingle copy is in the same language
            // whatever the language tags say (a short text's language is a guess)
            boolean hasTranslation = translatedRoots.contains(sets.find(origin));
            TraceItem o = items.get(origin);
            String cluster = "c:" + o.postId();
            // copies share their origin's story
            String story = storyIds.get(origin < storyOf.length ? storyOf[origin] : origin);
            for (int i : g) {
                if (i == origin) {
                    out[i] = new PostTrace(cluster, null, story, null, null, null, false, null);
                    continue;
                }
                TraceItem c = items.get(i);
                CopyPair direct = byPair.get(key(Math.min(i, origin), Math.max(i, origin)));
                CopyPair any = direct != null ? direct : anyPair(byPair, g, i);
                boolean cites = c.forwardedFrom() != null || credits(c, o);
                String relation;
                if (sameSource(c, o)) {
                    relation = SELF;
                } else if (c.forwardedFrom() != null) {
                    relation = "forwarded";
                } else if (credits(c, o)) {
                    relation = "credited";
                } else if (hasTranslation && c.language() != null && o.language() != null
                        && !c.language().equals(o.language())) {
                    relation = CopyPair.TRANSLATED;
                } else {
                    relation = CopyPair.COPIED;
                }
                String order = o.certainlyBefore(c) ? PostTrace.ORDER_TIME
                        : cites ? PostTrace.ORDER_EVIDENCE : PostTrace.ORDER_UNKNOWN;
                boolean uncredited = (relation.equals(CopyPair.COPIED) || relation.equals(CopyPair.TRANSLATED))
                        && order.equals(PostTrace.ORDER_TIME);
                out[i] = new PostTrace(cluster, o.postId(), story, relation,
                        any == null ? null : any.similarity(), any == null ? null : any.coverage(), uncredited, order);
                Long lag = o.published() == Long.MIN_VALUE || c.published() == Long.MIN_VALUE ? null
                        : c.published() - o.published();
                edges.add(new Edge(o.source(), c.source(), relation, origin, i, lag));
            }
        }
        Map<String, Long> sources = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (TraceItem t : items) {
            sources.merge(t.source(), 1L, Long::sum);
            labels.putIfAbsent(t.source(), t.sourceLabel());
        }
        return new TraceResult(List.of(out), items, edges, sources, labels);
    }

    /** The relation of a post repeating its own source's earlier post: never a laundering signal. */
    public static final String SELF = "self";

    private static int rank(CopyPair p) {
        return switch (p.relation()) {
            case CopyPair.COPIED -> 0;
            case CopyPair.EXCERPT -> 1;
            default -> 2;
        };
    }

    private static boolean sameSource(TraceItem a, TraceItem b) {
        return a.source() != null && a.source().equals(b.source());
    }

    /**
     * The cluster's origin. Only a post that no other member was certainly published before can be it (time
     * is an interval: a date alone or a time without a zone overlaps a whole day's posts); among several, the
     * one whose source the others forward or credit most; then the earliest nominal time; then the first added.
     * Undated posts are candidates only when no member is dated.
     */
    private int origin(List<Integer> group) {
        long firstLatest = Long.MAX_VALUE;
        for (int i : group) {
            TraceItem t = items.get(i);
            if (t.published() != Long.MIN_VALUE) {
                firstLatest = Math.min(firstLatest, t.latest());
            }
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i : group) {
            TraceItem t = items.get(i);
            if (firstLatest == Long.MAX_VALUE || t.published() != Long.MIN_VALUE && t.earliest() <= firstLatest) {
                candidates.add(i);
            }
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        int best = -1;
        int bestCited = -1;
        for (int i : candidates) {
            int cited = cited(items.get(i), group);
            if (best < 0 || cited > bestCited
                    || cited == bestCited && nominal(items.get(i)) < nominal(items.get(best))) {
                best = i;
                bestCited = cited;
            }
        }
        return best;
    }

    private static long nominal(TraceItem t) {
        return t.published() == Long.MIN_VALUE ? Long.MAX_VALUE : t.published();
    }

    /** How many posts of the group forward or credit {@code t}'s source. */
    private int cited(TraceItem t, List<Integer> group) {
        int n = 0;
        for (int i : group) {
            TraceItem c = items.get(i);
            if (c != t && (c.forwardedFrom() != null && same(c.forwardedFrom(), t) || credits(c, t))) {
                n++;
            }
        }
        return n;
    }

    private static boolean credits(TraceItem copy, TraceItem origin) {
        for (String credit : copy.credits()) {
            if (same(credit, origin)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a name shown in a forward or credit names the origin's source. */
    private static boolean same(String name, TraceItem origin) {
        String n = fold(name);
        if (n.isEmpty()) {
            return false;
        }
        for (String s : new String[] {origin.source(), origin.sourceLabel()}) {
            String f = fold(s);
            if (!f.isEmpty() && (f.equals(n) || f.contains(n) || n.contains(f))) {
                return true;
            }
        }
        return false;
    }

    private static String fold(String s) {
        return s == null ? "" : AliasKey.of(s).replace("@", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    private static CopyPair anyPair(Map<Long, CopyPair> byPair, List<Integer> group, int i) {
        for (int j : group) {
            CopyPair p = byPair.get(key(Math.min(i, j), Math.max(i, j)));
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xFFFFFFFFL);
    }

}

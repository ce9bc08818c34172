package org.echotrace.trace.story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.echotrace.kb.KbEntity;
import org.echotrace.kb.KnowledgeBase;
import org.echotrace.trace.CopyPair;
import org.echotrace.trace.StoryFinder;
import org.echotrace.trace.TraceItem;
import org.echotrace.trace.translation.FeatureIndex;
import org.echotrace.trace.translation.Fingerprint;

/**
 * Groups posts about the same event into stories, incrementally. Candidates are earlier posts published
 * within the time window that share an uncommon entity, hashtag or transliterated name (from a
 * {@link FeatureIndex}); each is scored by the weighted overlap of the entities (people weigh more than
 * countries), the overlap of the wording (content-word stems in the same language; numbers, names, dates
 * and speakers across languages) and the dates the texts name: sharing one adds, naming only different
 * dates subtracts (a post that names no date is taken to be about its publication day), and every day
 * between the two publications subtracts a little, so two meetings of the same ministers on different days
 * stay two stories.
 *
 * <p>Stories are events, not chains: a post joins at most one existing story and never merges two. It joins
 * the story of an earlier near-duplicate or translation of itself; otherwise the candidate stories are judged
 * as a whole (average score with their members, {@code cohesion}) and must stay within a bounded time span
 * ({@code spanSeconds} from first to last dated post), which only near-duplicates and translations may stretch.
 *
 * <p>Per post it keeps three small sorted {@code int} arrays, the language and the publication time; per story,
 * its span and its last few members.
 */
public final class EventStoryFinder implements StoryFinder {
    private static final int WORD = 7;
    /** Candidates come from the most recent posts of each feature: a story's posts follow within days. */
    private static final int RECENT = 128;
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}]{4,}");

    private final StoryOptions options;
    private final KnowledgeBase kb;
    private final FeatureIndex index;
    private final FeatureIndex words;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<Integer, Double> entityWeights = new HashMap<>();
    private int[] parent = new int[16];
    private final Map<Integer, Story> stories = new HashMap<>();

    public EventStoryFinder(StoryOptions options, KnowledgeBase kb) {
        this.options = options;
        this.kb = kb;
        this.index = new FeatureIndex(options.postingCap());
        this.words = new FeatureIndex(1);
        for (int k = 0; k < parent.length; k++) {
            parent[k] = k;
        }
    }

    /** With {@link StoryOptions#defaults()} and the standard knowledge base. */
    public static EventStoryFinder standard() {
        return new EventStoryFinder(StoryOptions.defaults(), KnowledgeBase.standard());
    }

    @Override
    public void add(TraceItem item, List<CopyPair> copies) {
        int i = item.index();
        ensure(i);
        int[] fp = Fingerprint.of(item);
        for (String e : item.entities()) {
            entityWeights.computeIfAbsent(Fingerprint.feature(e, Fingerprint.ENTITY), k -> typeWeight(e));
        }
        int[] w = words(item.text());
        Set<String> dates = new HashSet<>();
        for (String d : item.dates()) {
            if (d.length() == 10) {
                dates.add(d);
            }
        }
        Entry self = new Entry(fp, w, dates.toArray(new String[0]), item.language(), item.published());
        while (entries.size() < i) {
            entries.add(null);
        }
        int story = viaCopies(i, self, copies);
        if (story < 0) {
            story = bestStory(self);
        }
        if (story < 0) {
            story = i;
            stories.put(i, new Story(i));
        }
        parent[i] = story;
        stories.get(story).add(i, self.published(), options.maxMembersScored());
        entries.add(self);
        index.add(i, candidateFeatures(fp));
        words.add(i, w);
    }

    /**
     * The story of an earlier copy: a near-duplicate or a translation (a strong link) always shares its
     * original's story and may extend its span; an excerpt (a weak link) joins only within the span.
     */
    private int viaCopies(int i, Entry self, List<CopyPair> copies) {
        int weak = -1;
        for (CopyPair p : copies) {
            int other = p.a() == i ? p.b() : p.a();
            if (other >= i || other >= entries.size() || entries.get(other) == null) {
                continue;
            }
            int story = parent[other];
            if (!p.relation().equals(CopyPair.EXCERPT)) {
                return story;
            }
            if (weak < 0 && stories.get(story).fits(self.published(), options.spanSeconds())) {
                weak = story;
            }
        }
        return weak;
    }

    /**
     * The story the post joins, or -1. Candidates are earlier posts sharing an uncommon entity, hashtag or name;
     * the stories of the best-scoring ones (a pair score of at least {@code threshold}) are then judged as a
     * whole: the post's average score with the story's members (its most recent {@code maxMembersScored}) must
     * reach {@code cohesion}, and the story's span with the post must stay within {@code spanSeconds}. A post
     * never merges two stories, so one link between two events cannot chain them.
     */
    private int bestStory(Entry self) {
        Map<Integer, Double> byStory = new HashMap<>();
        for (int c : candidates(self.features())) {
            Entry e = entries.get(c);
            if (e == null || !inWindow(self.published(), e.published())) {
                continue;
            }
            double s = score(self, e);
            if (s >= options.threshold()) {
                byStory.merge(parent[c], s, Math::max);
            }
        }
        if (byStory.isEmpty()) {
            return -1;
        }
        List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(byStory.entrySet());
        ranked.sort((x, y) -> Double.compare(y.getValue(), x.getValue()));
        int best = -1;
        double bestCohesion = 0;
        for (int k = 0; k < Math.min(options.storiesScored(), ranked.size()); k++) {
            Story story = stories.get(ranked.get(k).getKey());
            if (!story.fits(self.published(), options.spanSeconds())) {
                continue;
            }
            double sum = 0;
            int n = 0;
            for (int m : story.recent()) {
                sum += score(self, entries.get(m));
                n++;
            }
            double cohesion = n == 0 ? 0 : sum / n;
            if (cohesion >= options.cohesion() && cohesion > bestCohesion) {
                best = story.id;
                bestCohesion = cohesion;
            }
        }
        return best;
    }

    @Override
    public int[] stories() {
        int n = entries.size();
        int[] out = new int[n];
        System.arraycopy(parent, 0, out, 0, n);
        return out;
    }

    /** One story: its members' count, the span of their dated publications, its most recent members. */
    private static final class Story {
        final int id;
        int size;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int[] recent = new int[0];

        Story(int id) {
            this.id = id;
        }

        void add(int member, long published, int keep) {
            size++;
            if (published != Long.MIN_VALUE) {
                first = Math.min(first, published);
                last = Math.max(last, published);
            }
            if (recent.length < keep) {
                recent = java.util.Arrays.copyOf(recent, recent.length + 1);
            } else {
                System.arraycopy(recent, 1, recent, 0, recent.length - 1);
            }
            recent[recent.length - 1] = member;
        }

        /** Whether a post published at {@code published} keeps the story within {@code span} seconds. */
        boolean fits(long published, long span) {
            if (published == Long.MIN_VALUE || first == Long.MAX_VALUE) {
                return true;
            }
            return Math.max(last, published) - Math.min(first, published) <= span;
        }

        int[] recent() {
            return recent;
        }
    }

    /** Score of a pair: entity overlap and wording overlap, adjusted by the dates named. */
    double score(Entry a, Entry b) {
        double ent = entityCosine(a.features, b.features);
        double wording = a.language != null && a.language.equals(b.language)
                ? jaccard(a.words, b.words, words) : crossJaccard(a.features, b.features);
        double s = options.entityWeight() * ent + (1 - options.entityWeight()) * wording;
        String[] da = a.dates.length > 0 ? a.dates : day(a.published);
        String[] db = b.dates.length > 0 ? b.dates : day(b.published);
        if ((a.dates.length > 0 || b.dates.length > 0) && da.length > 0 && db.length > 0) {
            boolean shared = false;
            for (String x : da) {
                for (String y : db) {
                    shared |= x.equals(y);
                }
            }
            s += shared ? options.sharedDateBonus() : -options.differentDatePenalty();
        }
        if (a.published != Long.MIN_VALUE && b.published != Long.MIN_VALUE) {
            s -= options.dayPenalty() * Math.abs(a.published - b.published) / 86_400.0;
        }
        return s;
    }

    /** A post without written dates is taken to be about the day it was published (UTC), or unknown. */
    private static String[] day(long published) {
        if (published == Long.MIN_VALUE) {
            return new String[0];
        }
        return new String[] {java.time.LocalDate.ofEpochDay(Math.floorDiv(published, 86_400L)).toString()};
    }

    private List<Integer> candidates(int[] fp) {
        Set<Integer> out = new HashSet<>();
        for (int f : candidateFeatures(fp)) {
            for (int id : index.recent(f, RECENT)) {
                out.add(id);
            }
        }
        List<Integer> sorted = new ArrayList<>(out);
        sorted.sort(null);
        int from = Math.max(0, sorted.size() - options.maxCandidates());
        return sorted.subList(from, sorted.size());
    }

    private static int[] candidateFeatures(int[] fp) {
        int n = 0;
        int[] out = new int[fp.length];
        for (int f : fp) {
            int k = Fingerprint.kind(f);
            if (k == Fingerprint.ENTITY || k == Fingerprint.HASHTAG || k == Fingerprint.NAME) {
                out[n++] = f;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private double entityCosine(int[] a, int[] b) {
        double shared = 0;
        double wa = 0;
        double wb = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (j >= b.length || i < a.length && a[i] < b[j]) {
                wa += entityWeight(a[i++]);
            } else if (i >= a.length || b[j] < a[i]) {
                wb += entityWeight(b[j++]);
            } else {
                double w = entityWeight(a[i]);
                shared += w;
                wa += w;
                wb += w;
                i++;
                j++;
            }
        }
        if (wa == 0 || wb == 0) {
            return 0;
        }
        // one shared common place ("Москва") is not an event: the overlap counts in full only once the shared
        // entities weigh enough
        return shared / Math.sqrt(wa * wb) * Math.min(1, shared / options.minSharedEntity());
    }

    private double entityWeight(int f) {
        if (Fingerprint.kind(f) != Fingerprint.ENTITY) {
            return 0;
        }
        return entityWeights.getOrDefault(f, 0.6) * index.idf(f);
    }

    /** IDF-weighted Jaccard over the language-independent features other than entities. */
    private double crossJaccard(int[] a, int[] b) {
        return jaccard(strip(a), strip(b), index);
    }

    private static int[] strip(int[] fp) {
        int n = 0;
        int[] out = new int[fp.length];
        for (int f : fp) {
            if (Fingerprint.kind(f) != Fingerprint.ENTITY) {
                out[n++] = f;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static double jaccard(int[] a, int[] b, FeatureIndex idf) {
        double shared = 0;
        double union = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (j >= b.length || i < a.length && a[i] < b[j]) {
                union += idf.idf(a[i++]);
            } else if (i >= a.length || b[j] < a[i]) {
                union += idf.idf(b[j++]);
            } else {
                double w = idf.idf(a[i]);
                shared += w;
                union += w;
                i++;
                j++;
            }
        }
        return union == 0 ? 0 : shared / union;
    }

    /** Hashed five-letter stems of the words of four letters or more: a cheap stem for Russian and English. */
    static int[] words(String text) {
        if (text == null) {
            return new int[0];
        }
        Set<Integer> out = new HashSet<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find() && out.size() < 300) {
            String t = m.group().toLowerCase(Locale.ROOT).replace('ё', 'е');
            out.add(Fingerprint.feature(t.length() > 5 ? t.substring(0, 5) : t, 0) | WORD);
        }
        int[] a = new int[out.size()];
        int n = 0;
        for (int x : out) {
            a[n++] = x;
        }
        java.util.Arrays.sort(a);
        return a;
    }

    private double typeWeight(String id) {
        KbEntity e = kb.get(id).orElse(null);
        if (e == null) {
            return 0.6;
        }
        return switch (e.type()) {
            case PERSON -> 1.0;
            case ORG -> 0.8;
            case OUTLET -> 0.2;
            case PLACE -> "country".equals(e.kind()) ? 0.3 : 0.6;
        };
    }

    private boolean inWindow(long a, long b) {
        return a == Long.MIN_VALUE || b == Long.MIN_VALUE || Math.abs(a - b) <= options.windowSeconds();
    }

    private void ensure(int i) {
        if (i >= parent.length) {
            int old = parent.length;
            parent = java.util.Arrays.copyOf(parent, Math.max(i + 1, old * 2));
            for (int k = old; k < parent.length; k++) {
                parent[k] = k;
            }
        }
    }

    /** What is kept of one post. */
    record Entry(int[] features, int[] words, String[] dates, String language, long published) {
    }
}

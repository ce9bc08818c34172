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
 * between the two publications subtracts a little, so two meetings of the same ministers on different days stay two stories. The new post
 * joins the best candidate's story when the score reaches the threshold (and any other story it matches by
 * a clear margin); copies and translations always share a story (union-find).
 *
 * <p>Per post it keeps three small sorted {@code int} arrays, the language and the publication time.
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
        double best = 0;
        int bestStory = -1;
        Map<Integer, Double> byStory = new HashMap<>();
        for (int c : candidates(fp)) {
            Entry e = entries.get(c);
            if (e == null || !inWindow(self.published, e.published)) {
                continue;
            }
            double s = score(self, e);
            int story = find(c);
            byStory.merge(story, s, Math::max);
            if (s > best) {
                best = s;
                bestStory = story;
            }
        }
        if (bestStory >= 0 && best >= options.threshold()) {
            union(i, bestStory);
            for (Map.Entry<Integer, Double> s : byStory.entrySet()) {
                if (s.getValue() >= options.threshold() + options.extraMargin()) {
                    union(i, s.getKey());
                }
            }
        }
        for (CopyPair p : copies) {
            ensure(Math.max(p.a(), p.b()));
            union(p.a(), p.b());
        }
        while (entries.size() < i) {
            entries.add(null);
        }
        entries.add(self);
        index.add(i, candidateFeatures(fp));
        words.add(i, w);
    }

    @Override
    public int[] stories() {
        int n = entries.size();
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = find(i);
        }
        return out;
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
        return wa == 0 || wb == 0 ? 0 : shared / Math.sqrt(wa * wb);
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

    private int find(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** What is kept of one post. */
    record Entry(int[] features, int[] words, String[] dates, String language, long published) {
    }
}

package org.echotrace.trace.translation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.echotrace.trace.CopyPair;
import org.echotrace.trace.TraceItem;
import org.echotrace.trace.TranslationFinder;

/**
 * Finds translations without a translation model: every post is reduced to a language-independent
 * {@link Fingerprint} (entity ids, numbers and amounts, dates, quoted speakers, hashtags, URLs,
 * transliterated names). What a source repeats on its posts (subscription links, rubric hashtags, signatures:
 * {@link SourceRepeats}) is set aside. Earlier posts in another language that share at least two uncommon
 * features are candidates (from a {@link FeatureIndex}), and a candidate is a translation when both texts are
 * long enough for their languages to be known, the IDF- and kind-weighted Jaccard similarity of the two
 * fingerprints reaches the threshold, they share enough weight, the lighter post's distinctive content (entities,
 * numbers, dates, speakers, names) is mostly found in the other, their lengths are comparable and, when both are
 * dated, they were published within the time window. A post already
 * matched by a much better translation is not matched again by a weaker one: a later report of the same
 * event in the partner's language shares the facts but is a rewrite, not a second translation.
 *
 * <p>Per post it keeps the fingerprint, the language, the publication time and the text length.
 */
public final class FingerprintTranslationFinder implements TranslationFinder {
    /** Candidates come from the most recent posts of each feature: translations follow within days. */
    private static final int RECENT = 256;
    private final TranslationOptions options;
    private final FeatureIndex index;
    private final List<Entry> entries = new ArrayList<>();
    private final SourceRepeats repeats;

    public FingerprintTranslationFinder(TranslationOptions options) {
        this.options = options;
        this.index = new FeatureIndex(options.postingCap());
        this.repeats = new SourceRepeats(options.repeatShare(), options.repeatNameShare(), options.repeatMinPosts());
    }

    /** With {@link TranslationOptions#defaults()}. */
    public static FingerprintTranslationFinder standard() {
        return new FingerprintTranslationFinder(TranslationOptions.defaults());
    }

    @Override
    public List<CopyPair> add(TraceItem item) {
        int[] features = Fingerprint.of(item);
        repeats.add(item.source(), features);
        int[] own = repeats.strip(item.source(), features);
        String language = item.language();
        int length = item.text() == null ? 0 : item.text().length();
        int letters = letters(item.text());
        List<CopyPair> found = new ArrayList<>();
        if (language != null && letters >= options.minChars() && own.length >= 2) {
            for (int c : candidates(own, language)) {
                Entry e = entries.get(c);
                if (!options.inWindow(item.published(), e.published) || !options.comparableLength(length, e.length)
                        || e.letters < options.minChars()) {
                    continue;
                }
                double[] s = score(own, repeats.strip(e.source, e.features));
                if (accepted(s) && s[0] >= e.best - options.partnerMargin()) {
                    found.add(new CopyPair(c, item.index(), CopyPair.TRANSLATED, round(s[0]), round(s[2])));
                }
            }
        }
        double best = 0;
        for (CopyPair p : found) {
            Entry e = entries.get(p.a());
            e.best = Math.max(e.best, p.similarity());
            best = Math.max(best, p.similarity());
        }
        while (entries.size() < item.index()) {
            entries.add(new Entry(new int[0], null, null, Long.MIN_VALUE, 0, 0));
        }
        Entry added = new Entry(features, item.source(), language, item.published(), length, letters);
        added.best = best;
        entries.add(added);
        index.add(item.index(), features);
        return found;
    }

    /**
     * Whether a pair found earlier still holds now that more of each source has been read: a subscription link
     * is learned as boilerplate only after a few posts, so the first posts of a channel may have paired on it.
     */
    @Override
    public boolean holds(CopyPair pair) {
        Entry a = entries.get(pair.a());
        Entry b = entries.get(pair.b());
        if (a.language == null || b.language == null || a.language.equals(b.language)) {
            return false;
        }
        return accepted(score(repeats.strip(a.source, a.features), repeats.strip(b.source, b.features)));
    }

    /**
     * Similarity, shared weight, and coverage of the lighter post's distinctive content all high enough, with
     * enough distinctive content on the lighter side to say anything.
     */
    private boolean accepted(double[] s) {
        return s[0] >= options.threshold() && s[1] >= options.minSharedWeight()
                && s[3] >= options.minCoverage() && s[4] >= options.minDistinct();
    }

    /** Earlier items in another language sharing at least two uncommon features, most shared first. */
    private List<Integer> candidates(int[] features, String language) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (int f : features) {
            for (int id : index.recent(f, RECENT)) {
                String other = entries.get(id).language;
                if (other != null && !other.equals(language)) {
                    shared.merge(id, 1, Integer::sum);
                }
            }
        }
        List<Integer> out = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
            if (e.getValue() >= 2) {
                out.add(e.getKey());
            }
        }
        out.sort((x, y) -> shared.get(y) - shared.get(x) != 0 ? shared.get(y) - shared.get(x) : Integer.compare(x, y));
        return out.size() > options.maxCandidates() ? out.subList(0, options.maxCandidates()) : out;
    }

    /**
     * {weighted Jaccard, shared weight, shared weight over the lighter side, shared distinctive weight over the
     * lighter side's distinctive weight, the lighter side's number of distinctive features} of two sorted
     * fingerprints; distinctive features are entities, numbers, dates, speakers and names (not links or hashtags).
     */
    double[] score(int[] a, int[] b) {
        double shared = 0;
        double onlyA = 0;
        double onlyB = 0;
        double sharedD = 0;
        double dA = 0;
        double dB = 0;
        int nA = 0;
        int nB = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            int f;
            boolean inA;
            boolean inB;
            if (j >= b.length || i < a.length && a[i] < b[j]) {
                f = a[i++];
                inA = true;
                inB = false;
            } else if (i >= a.length || b[j] < a[i]) {
                f = b[j++];
                inA = false;
                inB = true;
            } else {
                f = a[i];
                i++;
                j++;
                inA = true;
                inB = true;
            }
            double w = weight(f);
            boolean d = TranslationOptions.distinctive(Fingerprint.kind(f));
            if (inA && inB) {
                shared += w;
            } else if (inA) {
                onlyA += w;
            } else {
                onlyB += w;
            }
            if (d) {
                if (inA) {
                    dA += w;
                    nA++;
                }
                if (inB) {
                    dB += w;
                    nB++;
                }
                if (inA && inB) {
                    sharedD += w;
                }
            }
        }
        double union = shared + onlyA + onlyB;
        double lighter = Math.min(shared + onlyA, shared + onlyB);
        double lighterD = Math.min(dA, dB);
        int lighterN = dA <= dB ? nA : nB;
        return new double[] {union == 0 ? 0 : shared / union, shared, lighter == 0 ? 0 : shared / lighter,
                lighterD == 0 ? 0 : sharedD / lighterD, lighterN};
    }

    private double weight(int feature) {
        return options.kindWeight(Fingerprint.kind(feature)) * index.idf(feature);
    }

    /** Letters outside links: what language identification had to go on. */
    static int letters(String text) {
        if (text == null) {
            return 0;
        }
        int n = 0;
        boolean link = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '(' || c == ')') {
                link = false;
            } else if (!link && (text.startsWith("http", i) || text.startsWith("t.me/", i))) {
                link = true;
            } else if (!link && Character.isLetter(c)) {
                n++;
            }
        }
        return n;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** What is kept of one post; {@code best} is its best translation score so far. */
    private static final class Entry {
        final int[] features;
        final String source;
        final String language;
        final long published;
        final int length;
        final int letters;
        double best;

        Entry(int[] features, String source, String language, long published, int length, int letters) {
            this.letters = letters;
            this.features = features;
            this.source = source;
            this.language = language;
            this.published = published;
            this.length = length;
        }
    }
}

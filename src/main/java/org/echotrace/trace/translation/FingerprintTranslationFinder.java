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
 * transliterated names); earlier posts in another language that share at least two uncommon features are
 * candidates (from a {@link FeatureIndex}), and a candidate is a translation when the IDF- and kind-weighted
 * Jaccard similarity of the two fingerprints reaches the threshold, they share enough weight, their lengths
 * are comparable and, when both are dated, they were published within the time window. A post already
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

    public FingerprintTranslationFinder(TranslationOptions options) {
        this.options = options;
        this.index = new FeatureIndex(options.postingCap());
    }

    /** With {@link TranslationOptions#defaults()}. */
    public static FingerprintTranslationFinder standard() {
        return new FingerprintTranslationFinder(TranslationOptions.defaults());
    }

    @Override
    public List<CopyPair> add(TraceItem item) {
        int[] features = Fingerprint.of(item);
        String language = item.language();
        int length = item.text() == null ? 0 : item.text().length();
        List<CopyPair> found = new ArrayList<>();
        if (language != null && features.length >= 2) {
            for (int c : candidates(features, language)) {
                Entry e = entries.get(c);
                if (!options.inWindow(item.published(), e.published) || !options.comparableLength(length, e.length)) {
                    continue;
                }
                double[] s = score(features, e.features);
                if (s[0] >= options.threshold() && s[1] >= options.minSharedWeight()
                        && s[0] >= e.best - options.partnerMargin()) {
                    found.add(new CopyPair(c, item.index(), "translated", round(s[0]), round(s[2])));
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
            entries.add(new Entry(new int[0], null, Long.MIN_VALUE, 0));
        }
        Entry added = new Entry(features, language, item.published(), length);
        added.best = best;
        entries.add(added);
        index.add(item.index(), features);
        return found;
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

    /** {weighted Jaccard, shared weight, shared weight over the lighter side} of two sorted fingerprints. */
    double[] score(int[] a, int[] b) {
        double shared = 0;
        double onlyA = 0;
        double onlyB = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (j >= b.length || i < a.length && a[i] < b[j]) {
                onlyA += weight(a[i++]);
            } else if (i >= a.length || b[j] < a[i]) {
                onlyB += weight(b[j++]);
            } else {
                shared += weight(a[i]);
                i++;
                j++;
            }
        }
        double union = shared + onlyA + onlyB;
        double lighter = Math.min(shared + onlyA, shared + onlyB);
        return new double[] {union == 0 ? 0 : shared / union, shared, lighter == 0 ? 0 : shared / lighter};
    }

    private double weight(int feature) {
        return options.kindWeight(Fingerprint.kind(feature)) * index.idf(feature);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** What is kept of one post; {@code best} is its best translation score so far. */
    private static final class Entry {
        final int[] features;
        final String language;
        final long published;
        final int length;
        double best;

        Entry(int[] features, String language, long published, int length) {
            this.features = features;
            this.language = language;
            this.published = published;
            this.length = length;
        }
    }
}

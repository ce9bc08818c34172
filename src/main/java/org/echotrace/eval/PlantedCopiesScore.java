package org.echotrace.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.echotrace.bench.PlantedCorpus;
import org.echotrace.trace.CopyClusters;
import org.echotrace.trace.CopyPair;
import org.echotrace.trace.copies.CopyOptions;
import org.echotrace.trace.copies.MinHashCopyFinder;

/**
 * Scores the copy finder on a planted corpus against the generator's own labels, never against a measure
 * computed by the code under test: post {@code i} planted from post {@code s} with edit kind {@code k} is a true
 * copy of {@code s} and of every other post planted from {@code s}; every other pair is not a copy, however similar
 * its words. A reported pair is correct when both posts come from one original. A planted copy is recalled when
 * the reported pairs, clustered the way the tracer does (near-duplicates merge, excerpts attach), put it in its
 * original's cluster; recall is given per edit kind.
 */
public final class PlantedCopiesScore {

    /** Precision over reported pairs, and recall per edit kind. */
    public record Result(String corpus, long reported, long correct, Map<PlantedCorpus.Kind, int[]> recallByKind) {
        public double precision() {
            return reported == 0 ? 1 : (double) correct / reported;
        }

        /** Recall over the given kinds together. */
        public double recall(PlantedCorpus.Kind... kinds) {
            int found = 0;
            int all = 0;
            for (PlantedCorpus.Kind k : kinds) {
                int[] r = recallByKind.getOrDefault(k, new int[2]);
                found += r[0];
                all += r[1];
            }
            return all == 0 ? 1 : (double) found / all;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "%s: %d pairs reported, %d correct, precision %.3f; recall", corpus, reported, correct,
                    precision()));
            for (Map.Entry<PlantedCorpus.Kind, int[]> e : recallByKind.entrySet()) {
                sb.append(String.format(Locale.ROOT, " %s %.3f (%d/%d)", e.getKey().name().toLowerCase(Locale.ROOT),
                        e.getValue()[1] == 0 ? 1.0 : e.getValue()[0] / (double) e.getValue()[1], e.getValue()[0],
                        e.getValue()[1]));
            }
            return sb.toString();
        }
    }

    /** The edits the issue calls light: 5–10% of words changed, boilerplate swapped, emoji and hashtags added. */
    public static final PlantedCorpus.Kind[] LIGHT = {PlantedCorpus.Kind.EDITED, PlantedCorpus.Kind.REBOILERPLATED,
        PlantedCorpus.Kind.EMOJI_HASHTAGS};

    private PlantedCopiesScore() {
    }

    public static Result score(CopyOptions options, PlantedCorpus corpus, int n) {
        MinHashCopyFinder finder = new MinHashCopyFinder(options);
        int[] origin = new int[n];
        PlantedCorpus.Kind[] kinds = new PlantedCorpus.Kind[n];
        CopyClusters strong = new CopyClusters(n);
        List<CopyPair> weak = new java.util.ArrayList<>();
        long reported = 0;
        long correct = 0;
        for (int i = 0; i < n; i++) {
            PlantedCorpus.Planted p = corpus.post(i);
            kinds[i] = p.kind();
            origin[i] = p.source() < 0 ? i : origin[p.source()];
            for (CopyPair pair : finder.add(i, "channel " + p.channel(), finder.sketcher().sketch(p.text()),
                    Long.MIN_VALUE, Long.MAX_VALUE)) {
                reported++;
                if (origin[pair.a()] == origin[pair.b()]) {
                    correct++;
                }
                if (pair.relation().equals(CopyPair.COPIED)) {
                    strong.join(pair.a(), pair.b());
                } else {
                    weak.add(pair);
                }
            }
        }
        strong.attach(weak);
        Map<PlantedCorpus.Kind, int[]> recall = new EnumMap<>(PlantedCorpus.Kind.class);
        for (int i = 0; i < n; i++) {
            if (kinds[i] == PlantedCorpus.Kind.ORIGINAL) {
                continue;
            }
            int[] r = recall.computeIfAbsent(kinds[i], k -> new int[2]);
            r[1]++;
            if (strong.find(i) == strong.find(origin[i])) {
                r[0]++;
            }
        }
        return new Result(corpus.toString(), reported, correct, recall);
    }
}

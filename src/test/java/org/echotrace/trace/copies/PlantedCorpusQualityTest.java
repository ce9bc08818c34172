package org.echotrace.trace.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.echotrace.trace.CopyPair;

/**
 * Scores the copy finder against exact ground truth on a planted corpus: every pair of posts whose exact
 * Jaccard similarity reaches 0.8 or whose containment reaches 0.8 (both with at least {@code minShingles}
 * shingles), found by comparing all pairs.
 */
class PlantedCorpusQualityTest {
    private static final int POSTS = 3_000;

    @Test
    void precisionAndRecallOnPlantedCopies() {
        CopyOptions options = CopyOptions.defaults();
        Score s = score(options, new PlantedCorpus(7, 0.12), POSTS);
        System.out.println(s);
        assertThat(s.truth).isGreaterThan(200);
        assertThat(s.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.recall()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void anotherSeed() {
        Score s = score(CopyOptions.defaults(), new PlantedCorpus(1234, 0.2), POSTS);
        System.out.println(s);
        assertThat(s.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.recall()).isGreaterThanOrEqualTo(0.95);
    }

    record Score(int truth, int found, int correct, long verified, String label) {
        double precision() {
            return found == 0 ? 1 : (double) correct / found;
        }

        double recall() {
            return truth == 0 ? 1 : (double) correct / truth;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: truth %d pairs, found %d, correct %d, P %.4f, R %.4f, verified %d",
                    label, truth, found, correct, precision(), recall(), verified);
        }
    }

    static Score score(CopyOptions options, PlantedCorpus corpus, int n) {
        MinHashCopyFinder finder = new MinHashCopyFinder(options);
        Sketcher sketcher = finder.sketcher();
        int[][] sets = new int[n][];
        Set<Long> found = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String text = corpus.post(i).text();
            sets[i] = sketcher.shingleSet(text);
            List<CopyPair> pairs = finder.add(i, sketcher.sketch(text));
            for (CopyPair p : pairs) {
                found.add(((long) p.a() << 32) | p.b());
            }
        }
        Set<Long> truth = new HashSet<>();
        for (int b = 0; b < n; b++) {
            if (sets[b].length < options.minShingles()) {
                continue;
            }
            for (int a = 0; a < b; a++) {
                if (sets[a].length < options.minShingles()) {
                    continue;
                }
                Overlap o = Overlap.of(sets[a], sets[b]);
                if (o.jaccard() >= options.minJaccard() || o.containment() >= options.minContainment()) {
                    truth.add(((long) a << 32) | b);
                }
            }
        }
        int correct = 0;
        for (long p : found) {
            if (truth.contains(p)) {
                correct++;
            }
        }
        return new Score(truth.size(), found.size(), correct, finder.verified(), corpus.toString());
    }
}

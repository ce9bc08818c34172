package org.echotrace.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores an extracted article body against its ground truth by 4-token shingle overlap, the metric of the
 * Scrapinghub article-extraction benchmark.
 *
 * <p>Tokens are {@code \w+} matches (Unicode-aware), lower-cased; each text becomes the multiset of its
 * consecutive 4-token tuples. True positives are the shingles both texts share (counting repeats), false
 * positives the predicted ones left over, false negatives the truth's ones left over. {@link #summarize}
 * averages precision over the documents with a non-empty prediction and recall over all documents, then
 * takes F1 of the two averages: with these rules the published figures of the bundled tool outputs are
 * reproduced to the third decimal.
 */
public final class ShingleScorer {
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    private ShingleScorer() {
    }

    /** Overlap of one predicted text with its ground truth; a null prediction counts as empty. */
    public static DocumentScore score(String id, String truth, String prediction) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> p = shingles(prediction);
        long truthTotal = 0;
        long tp = 0;
        for (Map.Entry<String, Integer> e : t.entrySet()) {
            truthTotal += e.getValue();
            tp += Math.min(e.getValue(), p.getOrDefault(e.getKey(), 0));
        }
        long predTotal = 0;
        for (int c : p.values()) {
            predTotal += c;
        }
        return new DocumentScore(id, tp, predTotal - tp, truthTotal - tp);
    }

    /** Averages document scores into precision, recall and F1 (see the class comment for the edge cases). */
    public static Summary summarize(List<DocumentScore> scores) {
        double precisionSum = 0;
        int precisionDocs = 0;
        double recallSum = 0;
        for (DocumentScore s : scores) {
            if (s.predicted() > 0) {
                precisionSum += s.precision();
                precisionDocs++;
            }
            recallSum += s.recall();
        }
        double precision = precisionDocs == 0 ? 0 : precisionSum / precisionDocs;
        double recall = scores.isEmpty() ? 0 : recallSum / scores.size();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Summary(precision, recall, f1, scores.size());
    }

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * The runs of text the two sides do not share, longest first: {@code lost} from the truth (no shingle
     * through a token is predicted), {@code leaked} from the prediction. For reading errors, not scoring.
     *
     * @param maxRuns how many runs of each side to keep
     */
    public static Diff diff(String truth, String prediction, int maxRuns) {
        List<int[]> t = spans(truth);
        List<int[]> p = spans(prediction);
        List<String> tt = words(truth, t);
        List<String> pt = words(prediction, p);
        return new Diff(unshared(truth, t, tt, keys(pt), maxRuns), unshared(prediction, p, pt, keys(tt), maxRuns));
    }

    private static List<int[]> spans(String text) {
        List<int[]> out = new ArrayList<>();
        if (text != null) {
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    private static List<String> words(String text, List<int[]> spans) {
        List<String> out = new ArrayList<>(spans.size());
        for (int[] s : spans) {
            out.add(text.substring(s[0], s[1]).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static java.util.Set<String> keys(List<String> tokens) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i + N <= tokens.size(); i++) {
            out.add(String.join(" ", tokens.subList(i, i + N)));
        }
        return out;
    }

    private static List<String> unshared(String text, List<int[]> spans, List<String> tokens,
                                         java.util.Set<String> other, int maxRuns) {
        boolean[] covered = new boolean[tokens.size()];
        for (int i = 0; i + N <= tokens.size(); i++) {
            if (other.contains(String.join(" ", tokens.subList(i, i + N)))) {
                java.util.Arrays.fill(covered, i, i + N, true);
            }
        }
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < covered.length; ) {
            if (covered[i]) {
                i++;
                continue;
            }
            int j = i;
            while (j < covered.length && !covered[j]) {
                j++;
            }
            runs.add(new int[] {i, j});
            i = j;
        }
        runs.sort((a, b) -> Integer.compare(b[1] - b[0], a[1] - a[0]));
        List<String> out = new ArrayList<>();
        for (int[] r : runs.subList(0, Math.min(maxRuns, runs.size()))) {
            String s = text.substring(spans.get(r[0])[0], spans.get(r[1] - 1)[1]).replaceAll("\\s+", " ");
            out.add((r[1] - r[0]) + " words: " + (s.length() > 160 ? s.substring(0, 160) + "…" : s));
        }
        return out;
    }

    private static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + N <= tokens.size(); i++) {
            // tokens never contain a space, so joining with one keeps tuples distinct
            String key = String.join(" ", tokens.subList(i, i + N));
            counts.merge(key, 1, Integer::sum);
        }
        return counts;
    }

    /**
     * Shingle counts of one document.
     *
     * @param truePositives  shingles in both texts
     * @param falsePositives predicted shingles not in the truth
     * @param falseNegatives truth shingles not predicted
     */
    public record DocumentScore(String id, long truePositives, long falsePositives, long falseNegatives) {
        public long predicted() {
            return truePositives + falsePositives;
        }

        /** Precision; 1 when nothing was predicted. */
        public double precision() {
            return predicted() == 0 ? 1 : (double) truePositives / predicted();
        }

        /** Recall; 1 when the truth has no shingles. */
        public double recall() {
            long truth = truePositives + falseNegatives;
            return truth == 0 ? 1 : (double) truePositives / truth;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Text one side has and the other lacks, as runs of words (each prefixed by its word count). */
    public record Diff(List<String> lost, List<String> leaked) {
        public Diff {
            lost = List.copyOf(lost);
            leaked = List.copyOf(leaked);
        }
    }

    /** Averaged figures over a set of documents. */
    public record Summary(double precision, double recall, double f1, int documents) {
    }
}

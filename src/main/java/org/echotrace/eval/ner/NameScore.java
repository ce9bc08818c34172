package org.echotrace.eval.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.echotrace.extract.ner.NameSpan;

/**
 * Entity-level precision, recall and F1, overall and per type: a found name counts when it covers the same
 * words as a gold name and has its type (the CoNLL convention, on the pipeline's words, so quote marks at a
 * name's edge do not count).
 */
public final class NameScore {
    private final Map<String, int[]> byType = new LinkedHashMap<>();
    private int tp;
    private int fp;
    private int fn;

    /** Adds one document's gold and found names; {@code missed} gold names could not be placed on words. */
    public void add(List<NameSpan> gold, List<NameSpan> found, int missed) {
        Set<NameSpan> g = new HashSet<>(gold);
        for (NameSpan f : found) {
            int[] c = byType.computeIfAbsent(f.type(), k -> new int[3]);
            if (g.remove(f)) {
                tp++;
                c[0]++;
            } else {
                fp++;
                c[1]++;
            }
        }
        for (NameSpan m : g) {
            fn++;
            byType.computeIfAbsent(m.type(), k -> new int[3])[2]++;
        }
        fn += missed;
    }

    public double precision() {
        return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int truePositives() {
        return tp;
    }

    public int gold() {
        return tp + fn;
    }

    /** One line: P, R, F1 and the counts, then one per type. */
    public List<String> lines(String label) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "%-28s P %.4f  R %.4f  F1 %.4f  (tp %d, fp %d, fn %d)", label,
                precision(), recall(), f1(), tp, fp, fn));
        for (Map.Entry<String, int[]> e : byType.entrySet()) {
            int[] c = e.getValue();
            double p = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
            double r = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            out.add(String.format(Locale.ROOT, "  %-26s P %.4f  R %.4f  F1 %.4f", e.getKey(), p, r, f));
        }
        return out;
    }
}

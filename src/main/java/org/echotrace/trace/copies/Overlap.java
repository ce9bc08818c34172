package org.echotrace.trace.copies;

/**
 * The exact overlap of two sorted distinct shingle sets: Jaccard similarity |A∩B| / |A∪B| and containment
 * |A∩B| / min(|A|, |B|), the share of the shorter text found in the longer one.
 *
 * @param common     |A∩B|
 * @param jaccard    |A∩B| / |A∪B|
 * @param containment |A∩B| / min(|A|, |B|)
 */
public record Overlap(int common, double jaccard, double containment) {

    /** The overlap of the two sets with the shingles {@code skip} accepts left out of both. */
    public static Overlap without(int[] a, int[] b, java.util.function.IntPredicate skip) {
        int na = 0;
        int nb = 0;
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (j >= b.length || i < a.length && a[i] < b[j]) {
                if (!skip.test(a[i])) {
                    na++;
                }
                i++;
            } else if (i >= a.length || b[j] < a[i]) {
                if (!skip.test(b[j])) {
                    nb++;
                }
                j++;
            } else {
                if (!skip.test(a[i])) {
                    na++;
                    nb++;
                    common++;
                }
                i++;
                j++;
            }
        }
        if (na == 0 || nb == 0) {
            return new Overlap(0, 0, 0);
        }
        return new Overlap(common, (double) common / (na + nb - common), (double) common / Math.min(na, nb));
    }

    public static Overlap of(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) {
            return new Overlap(0, 0, 0);
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            int x = a[i];
            int y = b[j];
            if (x == y) {
                common++;
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return new Overlap(common, (double) common / (a.length + b.length - common),
                (double) common / Math.min(a.length, b.length));
    }
}

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

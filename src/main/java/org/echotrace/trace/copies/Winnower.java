package org.echotrace.trace.copies;

import java.util.Arrays;

/**
 * Selects the anchors of a shingle sequence by winnowing (Schleimer, Wilkerson and Aiken, SIGMOD 2003): the
 * smallest hash of every window of {@code w} consecutive shingles. Any run of {@code w} shingles that two
 * texts share yields a shared anchor, so an excerpt of a longer text shares anchors with it however short the
 * excerpt is relative to the whole — which MinHash of the whole text cannot promise.
 */
public final class Winnower {
    private final int w;

    public Winnower(int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
        this.w = window;
    }

    /** The distinct anchors, sorted. */
    public int[] anchors(int[] shingles) {
        int n = shingles.length;
        if (n == 0) {
            return new int[0];
        }
        int win = Math.min(w, n);
        int[] out = new int[n];
        int count = 0;
        int lastPos = -1;
        for (int start = 0; start + win <= n; start++) {
            int minPos = start;
            long min = rank(shingles[start]);
            for (int i = start + 1; i < start + win; i++) {
                long r = rank(shingles[i]);
                if (r <= min) { // rightmost minimum, as in the paper
                    min = r;
                    minPos = i;
                }
            }
            if (minPos != lastPos) {
                out[count++] = shingles[minPos];
                lastPos = minPos;
            }
        }
        int[] a = Arrays.copyOf(out, count);
        Arrays.sort(a);
        return distinct(a);
    }

    /** The order in which anchors are picked: a mix of the shingle hash, so it differs from MinHash's. */
    private static long rank(int shingle) {
        return Hashes.mix(shingle * 0x9E3779B97F4A7C15L) >>> 1;
    }

    static int[] distinct(int[] sorted) {
        if (sorted.length < 2) {
            return sorted;
        }
        int m = 1;
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] != sorted[m - 1]) {
                sorted[m++] = sorted[i];
            }
        }
        return m == sorted.length ? sorted : Arrays.copyOf(sorted, m);
    }
}

package org.echotrace.trace.copies;

import java.util.SplittableRandom;

/**
 * Computes MinHash signatures of shingle sets and their LSH band keys. Permutation {@code i} maps a mixed
 * shingle hash {@code x} to {@code a[i]·x + b[i]} (mod 2<sup>64</sup>, {@code a[i]} odd), so one multiply-add
 * per shingle and permutation; the chance that two sets share a signature value is their Jaccard similarity.
 * Band {@code j} hashes rows {@code j·r … j·r+r-1} together: two posts become candidates when any band agrees.
 * The seeds are fixed, so signatures are comparable across runs and machines.
 */
public final class MinHasher {
    private final int bands;
    private final int rows;
    private final long[] a;
    private final long[] b;

    public MinHasher(int bands, int rows) {
        if (bands < 1 || rows < 1 || bands * rows > 1024) {
            throw new IllegalArgumentException("bands × rows must be 1..1024, was " + bands + " × " + rows);
        }
        this.bands = bands;
        this.rows = rows;
        int n = bands * rows;
        a = new long[n];
        b = new long[n];
        SplittableRandom rnd = new SplittableRandom(0x5EED_C0B1E5L);
        for (int i = 0; i < n; i++) {
            a[i] = rnd.nextLong() | 1L;
            b[i] = rnd.nextLong();
        }
    }

    public int permutations() {
        return a.length;
    }

    /** The signature of a set of 32-bit shingle hashes (duplicates do not matter); all {@code MAX_VALUE} when empty. */
    public long[] signature(int[] shingles) {
        int n = a.length;
        long[] sig = new long[n];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (int s : shingles) {
            long x = Hashes.mix(s & 0xFFFFFFFFL);
            for (int i = 0; i < n; i++) {
                long v = a[i] * x + b[i];
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return sig;
    }

    /** One key per band; the band number is mixed in, so keys of different bands do not meet. */
    public int[] bandKeys(long[] signature) {
        int[] keys = new int[bands];
        for (int j = 0; j < bands; j++) {
            long h = 0x9E3779B97F4A7C15L * (j + 1);
            for (int r = 0; r < rows; r++) {
                h = Hashes.mix(h ^ signature[j * rows + r]);
            }
            keys[j] = (int) (h >>> 32);
        }
        return keys;
    }
}

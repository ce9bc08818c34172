package org.echotrace.clean.lang;

import java.util.Arrays;

/**
 * Immutable open-addressing map from a packed n-gram (up to three UTF-16 chars in a non-zero {@code long}) to
 * one row of per-language log-probabilities.
 */
final class NgramTable {
    private final long[] keys;
    private final int[] rowOf;
    private final int mask;
    /** Row-major: {@code rows[row * width + language]}; 0 where the language has no probability. */
    final float[] rows;
    final int width;

    NgramTable(long[] keyList, float[] rows, int width) {
        int cap = Integer.highestOneBit(Math.max(4, keyList.length * 2 - 1)) << 1;
        this.keys = new long[cap];
        this.rowOf = new int[cap];
        this.mask = cap - 1;
        this.rows = rows;
        this.width = width;
        Arrays.fill(rowOf, -1);
        for (int r = 0; r < keyList.length; r++) {
            int i = slot(keyList[r]);
            while (keys[i] != 0) {
                i = (i + 1) & mask;
            }
            keys[i] = keyList[r];
            rowOf[i] = r;
        }
    }

    /** Row index of {@code key}, or -1. */
    int row(long key) {
        int i = slot(key);
        long k;
        while ((k = keys[i]) != 0) {
            if (k == key) {
                return rowOf[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    int size() {
        return keys.length;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29)) & mask;
    }
}

package org.echotrace.clean.lang;

import java.util.Arrays;

/**
 * Open-addressing map from a packed n-gram (up to three UTF-16 chars in a non-zero {@code long}) to one row of
 * per-language log-probabilities; filled while a model loads, read-only (and safely published) afterwards.
 */
final class NgramTable {
    /** Interleaved {@code key, row} pairs, so that a probe touches one cache line. */
    private long[] slots;
    private int mask;
    private int size;
    /** Row-major: {@code rows[row * width + language]}; +0f where the language has no probability (-0f: probability 1). */
    float[] rows;
    final int width;

    NgramTable(int width, int expected) {
        this.width = width;
        int cap = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
        slots = new long[cap * 2];
        mask = cap - 1;
        rows = new float[Math.max(8, expected) * width];
    }

    /** Row index of {@code key}, or -1. */
    int row(long key) {
        long[] s = slots;
        int i = slot(key, mask);
        long k;
        while ((k = s[i << 1]) != 0) {
            if (k == key) {
                return (int) s[(i << 1) + 1];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /** Row index of {@code key}, adding an empty row when absent. */
    int rowOrAdd(long key) {
        int i = slot(key, mask);
        long k;
        while ((k = slots[i << 1]) != 0) {
            if (k == key) {
                return (int) slots[(i << 1) + 1];
            }
            i = (i + 1) & mask;
        }
        int r = size++;
        slots[i << 1] = key;
        slots[(i << 1) + 1] = r;
        if ((long) size * width > rows.length) {
            rows = Arrays.copyOf(rows, rows.length * 2);
        }
        if (size * 2 > mask + 1) {
            rehash();
        }
        return r;
    }

    int size() {
        return size;
    }

    /** Keys in row order. */
    long[] keys() {
        long[] keys = new long[size];
        for (int i = 0; i <= mask; i++) {
            long k = slots[i << 1];
            if (k != 0) {
                keys[(int) slots[(i << 1) + 1]] = k;
            }
        }
        return keys;
    }

    /** Drops spare row capacity once loading is done. */
    void trim() {
        rows = Arrays.copyOf(rows, size * width);
    }

    long bytes() {
        return slots.length * 8L + rows.length * 4L;
    }

    private void rehash() {
        long[] old = slots;
        int cap = (mask + 1) * 2;
        slots = new long[cap * 2];
        mask = cap - 1;
        for (int j = 0; j < old.length; j += 2) {
            long k = old[j];
            if (k != 0) {
                int i = slot(k, mask);
                while (slots[i << 1] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i << 1] = k;
                slots[(i << 1) + 1] = old[j + 1];
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29)) & mask;
    }
}

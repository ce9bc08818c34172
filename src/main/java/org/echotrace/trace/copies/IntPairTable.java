package org.echotrace.trace.copies;

import java.util.Arrays;

/**
 * An open-addressing multimap from 32-bit keys to post ids, packed as one {@code long} per entry (key in the
 * high half, id + 1 in the low half; 0 marks an empty slot) with linear probing. About 16 bytes per entry at
 * the load kept here (at most 0.7), against ~100 for a {@code HashMap<Integer, List<Integer>>}, which is what lets a
 * million posts' band keys and anchors fit in a 2 GB heap.
 */
final class IntPairTable {
    private long[] slots;
    private int mask;
    private int size;

    IntPairTable(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 29, expected * 10L / 7))) << 1;
        slots = new long[cap];
        mask = cap - 1;
    }

    int size() {
        return size;
    }

    /** Adds the pair (duplicates allowed). */
    void put(int key, int id) {
        if (size + 1 > slots.length / 10 * 7) { // load ≤ 0.7: short probes, a third less memory than ≤ 0.5
            grow();
        }
        insert(slots, mask, ((long) key << 32) | ((id + 1) & 0xFFFFFFFFL));
        size++;
    }

    /**
     * Copies into {@code out} (from {@code offset}) the ids stored under {@code key}, at most {@code limit} of
     * them; returns how many were found, or {@code limit + 1} when there are more than {@code limit}.
     */
    int get(int key, int[] out, int offset, int limit) {
        int i = slot(key, mask);
        int found = 0;
        long k = (long) key << 32;
        while (true) {
            long e = slots[i];
            if (e == 0) {
                return found;
            }
            if ((e & 0xFFFFFFFF00000000L) == k) {
                if (found == limit) {
                    return limit + 1;
                }
                if (out != null) {
                    out[offset + found] = (int) e - 1;
                }
                found++;
            }
            i = (i + 1) & mask;
        }
    }

    /** How many ids are stored under {@code key}, counting at most to {@code limit + 1}. */
    int count(int key, int limit) {
        return get(key, null, 0, limit);
    }

    long bytes() {
        return 8L * slots.length;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        int m = bigger.length - 1;
        for (long e : slots) {
            if (e != 0) {
                insert(bigger, m, e);
            }
        }
        slots = bigger;
        mask = m;
    }

    private static void insert(long[] table, int mask, long entry) {
        int i = slot((int) (entry >>> 32), mask);
        while (table[i] != 0) {
            i = (i + 1) & mask;
        }
        table[i] = entry;
    }

    private static int slot(int key, int mask) {
        return (int) Hashes.mix(key & 0xFFFFFFFFL) & mask;
    }

    @Override
    public String toString() {
        return "IntPairTable[" + size + " of " + slots.length + "]" + (slots.length == 0 ? Arrays.toString(slots) : "");
    }
}

package org.echotrace.store;

import java.util.Arrays;

/**
 * What the store holds, compactly, for telling new items from known ones while ingesting: an open-addressing
 * map from a 64-bit hash of an item's key to its row ({@code seq}), and per row the current version's id as a
 * number (ids are 16 hex digits). About 24 bytes per stored post, so a million posts cost ~24 MB.
 * A hash that matches but names another item is caught by the caller against the stored key.
 */
final class ItemMap {
    private long[] keys = new long[1 << 12];
    private long[] seqs = new long[1 << 12];
    private boolean[] used = new boolean[1 << 12];
    private int size;
    private long[] idBySeq = new long[1 << 12];
    private long[] checkBySeq = new long[1 << 12];

    /** The row of the item with key hash {@code h}, or -1. */
    long seq(long h) {
        int mask = keys.length - 1;
        for (int i = mix(h) & mask; used[i]; i = (i + 1) & mask) {
            if (keys[i] == h) {
                return seqs[i];
            }
        }
        return -1;
    }

    /** Forgets the item with key hash {@code h} (a rolled-back addition). */
    void remove(long h) {
        int mask = keys.length - 1;
        for (int i = mix(h) & mask; used[i]; i = (i + 1) & mask) {
            if (keys[i] == h) {
                seqs[i] = -1;
                return;
            }
        }
    }

    /** The second, independent hash of the key of row {@code seq}, to tell a hash collision from the same item. */
    long check(long seq) {
        return checkBySeq[(int) seq];
    }

    void put(long h, long check, long seq, long id) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = mix(h) & mask;
        while (used[i] && keys[i] != h) {
            i = (i + 1) & mask;
        }
        if (!used[i]) {
            used[i] = true;
            size++;
        }
        keys[i] = h;
        seqs[i] = seq;
        setId(seq, id);
        checkBySeq[(int) seq] = check;
    }

    void setId(long seq, long id) {
        if (seq >= idBySeq.length) {
            int n = (int) Math.max(seq + 1, idBySeq.length * 2L);
            idBySeq = Arrays.copyOf(idBySeq, n);
            checkBySeq = Arrays.copyOf(checkBySeq, n);
        }
        idBySeq[(int) seq] = id;
    }

    long id(long seq) {
        return idBySeq[(int) seq];
    }

    private void grow() {
        long[] k = keys;
        long[] s = seqs;
        boolean[] u = used;
        keys = new long[k.length * 2];
        seqs = new long[k.length * 2];
        used = new boolean[k.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < k.length; j++) {
            if (u[j]) {
                int i = mix(k[j]) & mask;
                while (used[i]) {
                    i = (i + 1) & mask;
                }
                used[i] = true;
                keys[i] = k[j];
                seqs[i] = s[j];
            }
        }
    }

    private static int mix(long h) {
        long x = h * 0x9E3779B97F4A7C15L;
        return (int) (x ^ (x >>> 32));
    }

    /** A 64-bit FNV-1a hash of {@code s}'s UTF-16 units. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** A second 64-bit hash of {@code s}, independent of {@link #hash}. */
    static long check(String s) {
        long h = 0x84222325cbf29ce4L;
        for (int i = 0; i < s.length(); i++) {
            h = (h + s.charAt(i)) * 0xc6a4a7935bd1e995L;
            h ^= h >>> 47;
        }
        return h;
    }

    /** A post id (16 hex digits) as a number; ids of another shape are hashed. */
    static long idNumber(String id) {
        if (id != null && id.length() == 16) {
            try {
                return Long.parseUnsignedLong(id, 16);
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        return hash(String.valueOf(id));
    }
}

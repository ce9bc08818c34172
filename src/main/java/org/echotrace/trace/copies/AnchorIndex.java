package org.echotrace.trace.copies;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * The excerpt path: an inverted index of winnowing anchors ({@link Winnower}). A post is a candidate when it
 * shares at least half the anchors of the smaller of the two posts (at least one), which an excerpt does with
 * the text it was taken from whatever their lengths. Anchors shared by more than {@code maxPostings} posts are
 * boilerplate (channel footers, stock phrases) and neither counted nor indexed further.
 */
public final class AnchorIndex implements CandidateIndex {
    private final IntPairTable table;
    private final int maxPostings;
    private final int maxCandidates;
    private int[] anchorCount = new int[1024];
    private int[] shared = new int[1024];
    private int[] touched = new int[1024];
    private final int[] buffer;

    public AnchorIndex(int expectedPosts, int maxPostings, int maxCandidates) {
        this.table = new IntPairTable(Math.max(1024, expectedPosts * 20));
        this.maxPostings = maxPostings;
        this.maxCandidates = maxCandidates;
        this.buffer = new int[maxPostings + 1];
    }

    @Override
    public void candidates(Sketch sketch, IntConsumer out) {
        int[] anchors = sketch.anchors();
        int nTouched = 0;
        for (int a : anchors) {
            int n = table.get(a, buffer, 0, maxPostings);
            if (n >= maxPostings) {
                continue;
            }
            for (int i = 0; i < n; i++) {
                int id = buffer[i];
                if (shared[id]++ == 0) {
                    if (nTouched == touched.length) {
                        touched = Arrays.copyOf(touched, nTouched * 2);
                    }
                    touched[nTouched++] = id;
                }
            }
        }
        int reported = 0;
        for (int t = 0; t < nTouched; t++) {
            int id = touched[t];
            int smaller = Math.min(anchors.length, anchorCount[id]);
            if (reported < maxCandidates && 2 * shared[id] >= smaller) {
                out.accept(id);
                reported++;
            }
            shared[id] = 0;
        }
    }

    @Override
    public void add(int id, Sketch sketch) {
        if (id >= anchorCount.length) {
            int cap = Math.max(id + 1, anchorCount.length * 2);
            anchorCount = Arrays.copyOf(anchorCount, cap);
            shared = Arrays.copyOf(shared, cap);
        }
        anchorCount[id] = sketch.anchors().length;
        for (int a : sketch.anchors()) {
            if (table.count(a, maxPostings) < maxPostings) {
                table.put(a, id);
            }
        }
    }

    @Override
    public long bytes() {
        return table.bytes() + 8L * anchorCount.length;
    }
}

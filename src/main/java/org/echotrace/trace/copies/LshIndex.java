package org.echotrace.trace.copies;

import java.util.function.IntConsumer;

/**
 * The near-duplicate path: MinHash LSH banding. Two posts are candidates when one of their band keys agrees,
 * which happens with probability {@code 1 - (1 - J^rows)^bands} for Jaccard similarity {@code J}. A bucket
 * that already holds {@code maxPostings} posts takes no more (a big cluster of identical posts is still found
 * through the posts already in it), which keeps probing bounded.
 */
public final class LshIndex implements CandidateIndex {
    private final IntPairTable table;
    private final int maxPostings;
    private final int maxCandidates;
    private int[] buffer;

    public LshIndex(int expectedPosts, int bands, int maxPostings, int maxCandidates) {
        this.table = new IntPairTable(Math.max(1024, expectedPosts * bands));
        this.maxPostings = maxPostings;
        this.maxCandidates = maxCandidates;
        this.buffer = new int[maxPostings + 1];
    }

    @Override
    public void candidates(Sketch sketch, IntConsumer out) {
        int reported = 0;
        for (int key : sketch.bands()) {
            int n = Math.min(maxPostings, table.get(key, buffer, 0, maxPostings));
            for (int i = 0; i < n && reported < maxCandidates; i++, reported++) {
                out.accept(buffer[i]);
            }
        }
    }

    @Override
    public void add(int id, Sketch sketch) {
        for (int key : sketch.bands()) {
            if (table.count(key, maxPostings) < maxPostings) {
                table.put(key, id);
            }
        }
    }

    @Override
    public long bytes() {
        return table.bytes();
    }
}

package org.echotrace.trace.copies;

/**
 * What copy detection keeps of one post: its distinct shingle hashes (sorted, for exact verification), its LSH
 * band keys (for near-duplicates) and its winnowing anchors (for excerpts).
 *
 * @param shingles sorted distinct 32-bit shingle hashes
 * @param bands    one key per LSH band
 * @param anchors  sorted distinct anchors (a subset of {@code shingles})
 */
public record Sketch(int[] shingles, int[] bands, int[] anchors) {
    static final Sketch EMPTY = new Sketch(new int[0], new int[0], new int[0]);

    public int size() {
        return shingles.length;
    }
}

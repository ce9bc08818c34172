package org.echotrace.trace.copies;

/**
 * What copy detection keeps of one post: its distinct shingle hashes (sorted, for exact verification), its LSH
 * band keys (for near-duplicates) and its winnowing anchors (for excerpts).
 *
 * @param shingles sorted distinct 32-bit shingle hashes
 * @param bands    one key per LSH band
 * @param anchors  sorted distinct anchors (a subset of {@code shingles})
 * @param numbers  sorted distinct hashes of the words with a digit (see {@link TextShingler.Tokens})
 * @param lines    the keys of the text's short lines, those a source may repeat on every post (a signature, a call
 *                 to subscribe, a rubric, a template's fixed wording); see {@link SourceTemplates}
 * @param lineShingles for each of {@code lines}, the sorted distinct shingles within that line
 */
public record Sketch(int[] shingles, int[] bands, int[] anchors, int[] numbers, int[] lines, int[][] lineShingles) {
    static final Sketch EMPTY = new Sketch(new int[0], new int[0], new int[0]);

    /** Without numbers or lines (a sketch whose figures and templates are not checked). */
    public Sketch(int[] shingles, int[] bands, int[] anchors) {
        this(shingles, bands, anchors, new int[0], new int[0], new int[0][]);
    }

    public Sketch {
        if (lines.length != lineShingles.length) {
            throw new IllegalArgumentException("lines and lineShingles differ in length: " + lines.length + ", "
                    + lineShingles.length);
        }
    }

    public int size() {
        return shingles.length;
    }
}

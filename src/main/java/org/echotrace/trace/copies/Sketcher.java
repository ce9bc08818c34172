package org.echotrace.trace.copies;

import java.util.Arrays;

/**
 * Makes the {@link Sketch} of a text: shingles ({@link TextShingler}), MinHash band keys ({@link MinHasher}) and
 * anchors ({@link Winnower}). Stateless after construction and safe to share between threads, so signatures
 * can be computed in parallel while one thread matches them.
 */
public final class Sketcher {
    private final TextShingler shingler;
    private final MinHasher minHasher;
    private final Winnower winnower;
    private final int minShingles;

    public Sketcher(CopyOptions options) {
        this.shingler = new TextShingler(options.shingleWords(), options.maxTokens());
        this.minHasher = new MinHasher(options.bands(), options.rows());
        this.winnower = new Winnower(options.anchorWindow());
        this.minShingles = options.minShingles();
    }

    /** The sketch of a text; {@link Sketch#EMPTY}-like (no bands, no anchors) when the text is too short to copy. */
    public Sketch sketch(String text) {
        int[] sequence = shingler.shingles(text);
        int[] set = Winnower.distinct(sorted(sequence));
        if (set.length < minShingles) {
            return new Sketch(set, new int[0], new int[0]);
        }
        return new Sketch(set, minHasher.bandKeys(minHasher.signature(set)), winnower.anchors(sequence));
    }

    /** The sorted distinct shingle set alone (for brute-force checks). */
    public int[] shingleSet(String text) {
        return Winnower.distinct(sorted(shingler.shingles(text)));
    }

    private static int[] sorted(int[] a) {
        int[] c = a.clone();
        Arrays.sort(c);
        return c;
    }
}

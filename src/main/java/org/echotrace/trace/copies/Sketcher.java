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
    private final int shingleWords;
    private final int lineWords;

    public Sketcher(CopyOptions options) {
        this.shingler = new TextShingler(options.shingleWords(), options.maxTokens());
        this.minHasher = new MinHasher(options.bands(), options.rows());
        this.winnower = new Winnower(options.anchorWindow());
        this.minShingles = options.minShingles();
        this.shingleWords = options.shingleWords();
        this.lineWords = options.templateLineWords();
    }

    /** The sketch of a text; {@link Sketch#EMPTY}-like (no bands, no anchors) when the text is too short to copy. */
    public Sketch sketch(String text) {
        TextShingler.Tokens tokens = shingler.tokens(text);
        int[] sequence = shingler.shingles(tokens.words());
        int[] set = Winnower.distinct(sorted(sequence));
        int[] lines = tokens.lines();
        int eligible = 0;
        for (int l = 0; l < lines.length; l += 3) {
            int words = lines[l + 2] - lines[l + 1];
            if (words >= shingleWords && words <= lineWords) {
                eligible++;
            }
        }
        int[] keys = new int[eligible];
        int[][] within = new int[eligible][];
        int e = 0;
        for (int l = 0; l < lines.length; l += 3) {
            int from = lines[l + 1];
            int words = lines[l + 2] - from;
            if (words >= shingleWords && words <= lineWords) {
                keys[e] = lines[l];
                within[e++] = Winnower.distinct(sorted(Arrays.copyOfRange(sequence, from, from + words - shingleWords + 1)));
            }
        }
        if (set.length < minShingles) {
            return new Sketch(set, new int[0], new int[0], tokens.numbers(), keys, within);
        }
        return new Sketch(set, minHasher.bandKeys(minHasher.signature(set)), winnower.anchors(sequence),
                tokens.numbers(), keys, within);
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

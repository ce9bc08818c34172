package org.echotrace.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sets of posts that copy one another, built the way the tracer builds clusters: near-duplicates join their sets;
 * an excerpt or partial reuse (a weak link) only attaches a post that is still alone, so one short excerpt never
 * merges two sets of copies. The planted-corpus scorer uses the same rule, so it scores what the tracer does.
 */
public final class CopyClusters {
    private final UnionFind sets;
    private final int[] size;

    public CopyClusters(int n) {
        sets = new UnionFind(n);
        size = new int[n];
        Arrays.fill(size, 1);
    }

    /** The representative of {@code i}'s set. */
    public int find(int i) {
        return sets.find(i);
    }

    /** Merges the sets of {@code a} and {@code b}. */
    public void join(int a, int b) {
        int ra = sets.find(a);
        int rb = sets.find(b);
        if (ra != rb) {
            sets.union(ra, rb);
            size[sets.find(ra)] = size[ra] + size[rb];
        }
    }

    /** Applies weak links, strongest coverage first: each joins only when one side is still a single post. */
    public void attach(List<CopyPair> weak) {
        List<CopyPair> ordered = new ArrayList<>(weak);
        ordered.sort((x, y) -> Double.compare(y.coverage(), x.coverage()));
        for (CopyPair p : ordered) {
            int ra = sets.find(p.a());
            int rb = sets.find(p.b());
            if (ra != rb && (size[ra] == 1 || size[rb] == 1)) {
                join(ra, rb);
            }
        }
    }
}

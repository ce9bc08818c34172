package org.echotrace.trace.copies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Learns, per source and in the order posts are added, what the source repeats on its posts: short lines (a
 * signature, a call to subscribe, a rubric, the fixed wording of a daily column, read without their numbers) and
 * numbers (a channel's own number in its name, the current year). A line or number is a template once it is on at
 * least {@code templateMinPosts} of the source's posts and either on {@code templateShare} of them or spread over
 * more than {@code templateSpanSeconds}; from then on the line's shingles and the number never count as content
 * the source shares with another post. Two evening rate columns share their wording every day, and two weekend
 * lists their heading: neither is a copy of the other.
 *
 * <p>Keeps per source a count, a first and a last time per distinct short line and number it has seen (a few per
 * post), and the set of its template shingles.
 */
final class SourceTemplates {
    private final CopyOptions options;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<Learned> sources = new ArrayList<>();

    SourceTemplates(CopyOptions options) {
        this.options = options;
    }

    /** The source's index, or -1 for no source (nothing is learned). */
    int source(String name) {
        if (name == null || name.isEmpty()) {
            return -1;
        }
        return ids.computeIfAbsent(name, k -> {
            sources.add(new Learned());
            return sources.size() - 1;
        });
    }

    /**
     * Learns from one more post of {@code source} (published at {@code time}, {@link Long#MIN_VALUE} when unknown)
     * and returns its numbers without its source's template numbers.
     */
    int[] observe(int source, Sketch sketch, long time) {
        if (source < 0) {
            return sketch.numbers();
        }
        Learned s = sources.get(source);
        s.posts++;
        int[] lines = sketch.lines();
        for (int l = 0; l < lines.length; l++) {
            if (s.seen(s.lines, lines[l], time, options) && s.templateLines.add(lines[l])) {
                for (int shingle : sketch.lineShingles()[l]) {
                    s.shingles.add(shingle);
                }
            }
        }
        int[] numbers = sketch.numbers();
        int kept = 0;
        int[] out = new int[numbers.length];
        for (int n : numbers) {
            if (!s.seen(s.numbers, n, time, options)) {
                out[kept++] = n;
            }
        }
        return kept == numbers.length ? numbers : Arrays.copyOf(out, kept);
    }

    /** Whether {@code source} has template shingles. */
    boolean hasTemplate(int source) {
        return source >= 0 && !sources.get(source).shingles.isEmpty();
    }

    /** Whether {@code shingle} is part of {@code source}'s template. */
    boolean template(int source, int shingle) {
        return source >= 0 && sources.get(source).shingles.contains(shingle);
    }

    /** What is learned of one source. */
    private static final class Learned {
        int posts;
        /** Per line key or number: count, first time, last time. */
        final Map<Integer, long[]> lines = new HashMap<>();
        final Map<Integer, long[]> numbers = new HashMap<>();
        final Set<Integer> templateLines = new HashSet<>();
        final Set<Integer> shingles = new HashSet<>();

        /** Counts one more post with {@code key}; returns whether the key is now a template of the source. */
        boolean seen(Map<Integer, long[]> counts, int key, long time, CopyOptions o) {
            long[] c = counts.computeIfAbsent(key, k -> new long[] {0, Long.MAX_VALUE, Long.MIN_VALUE});
            c[0]++;
            if (time != Long.MIN_VALUE) {
                c[1] = Math.min(c[1], time);
                c[2] = Math.max(c[2], time);
            }
            if (c[0] < o.templateMinPosts()) {
                return false;
            }
            boolean spread = c[2] != Long.MIN_VALUE && c[2] - c[1] > o.templateSpanSeconds();
            return spread || c[0] >= o.templateShare() * posts;
        }
    }
}

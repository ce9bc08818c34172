package org.echotrace.trace.copies;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.echotrace.trace.CopyFinder;
import org.echotrace.trace.CopyPair;
import org.echotrace.trace.TraceItem;

/**
 * Finds near-duplicate copies and excerpts incrementally: each new post is sketched ({@link Sketcher}), its
 * candidates are gathered from MinHash LSH bands ({@link LshIndex}, whole copies with light edits) and from
 * winnowing anchors ({@link AnchorIndex}, excerpts and partial reuse), and every candidate is verified on the
 * exact shingle sets: a pair is a near-duplicate ({@code copied}) when its Jaccard similarity reaches
 * {@code minJaccard}, or when the shorter post's containment in the longer reaches {@code minContainment} and
 * the two are of comparable size ({@code excerptRatio}); an excerpt ({@code excerpt}) when it is contained but much
 * shorter; both posts need at least {@code minShingles} shingles, and a pair whose shorter post has
 * fewer than {@code shortShingles} must be near-identical ({@code shortJaccard}). Two posts must also agree on
 * their figures when both write some ({@code minNumberAgreement}), and two dated posts certainly more than
 * {@code windowSeconds} apart must be near-identical ({@code lateJaccard}): a source's recurring template with
 * other figures, or weeks later, is other news in the same wording. Per post it keeps only the sorted 32-bit
 * shingle and number hashes (about 4 bytes a word), its time interval and its index entries, never the text.
 *
 * <p>{@link #add(TraceItem)} sketches and matches on the calling thread; {@link #sketcher()} and
 * {@link #add(int, Sketch)} let callers compute sketches on other threads and match them in order.
 */
public final class MinHashCopyFinder implements CopyFinder {
    private final CopyOptions options;
    private final Sketcher sketcher;
    private final List<CandidateIndex> indexes;
    private int[][] sets = new int[1024][];
    private int[][] numbers = new int[1024][];
    private long[] earliest = new long[1024];
    private long[] latest = new long[1024];
    private int[] sourceOf = new int[1024];
    private final SourceTemplates templates;
    private int[] stamp = new int[1024];
    private int round;
    private long stored;
    private long verified;
    private final int[] found;
    private int nFound;

    public MinHashCopyFinder(CopyOptions options) {
        this(options, 1 << 14);
    }

    /** With room for about {@code expectedPosts} posts before the indexes grow. */
    public MinHashCopyFinder(CopyOptions options, int expectedPosts) {
        this(options, List.of(
                new LshIndex(expectedPosts, options.bands(), options.maxPostings(), options.maxCandidates()),
                new AnchorIndex(expectedPosts, options.maxPostings(), options.maxCandidates())));
    }

    /** With the given candidate indexes (consulted in order, all added to). */
    public MinHashCopyFinder(CopyOptions options, List<CandidateIndex> indexes) {
        this.options = options;
        this.sketcher = new Sketcher(options);
        this.templates = new SourceTemplates(options);
        this.indexes = List.copyOf(indexes);
        this.found = new int[2 * options.maxCandidates() * Math.max(1, indexes.size())];
    }

    public static MinHashCopyFinder standard() {
        return new MinHashCopyFinder(CopyOptions.defaults());
    }

    public Sketcher sketcher() {
        return sketcher;
    }

    @Override
    public List<CopyPair> add(TraceItem item) {
        return add(item.index(), item.source(), sketcher.sketch(item.text()),
                item.published() == Long.MIN_VALUE ? Long.MIN_VALUE : item.earliest(),
                item.published() == Long.MIN_VALUE ? Long.MAX_VALUE : item.latest());
    }

    /** Matches an undated post of no known source, sketched elsewhere, against the posts added before, then adds it. */
    public List<CopyPair> add(int id, Sketch sketch) {
        return add(id, null, sketch, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /**
     * Matches a post of {@code source} (null when unknown: nothing is learned of its templates) sketched elsewhere,
     * published between {@code from} and {@code to} (epoch seconds; {@link Long#MIN_VALUE} and
     * {@link Long#MAX_VALUE} when unknown), against the posts added before, then adds it.
     */
    public List<CopyPair> add(int id, String source, Sketch sketch, long from, long to) {
        if (id < 0) {
            throw new IllegalArgumentException("id must be >= 0, was " + id);
        }
        ensure(id);
        int src = templates.source(source);
        sourceOf[id] = src;
        numbers[id] = templates.observe(src, sketch, from);
        earliest[id] = from;
        latest[id] = to;
        if (sketch.bands().length == 0) {
            sets[id] = Sketch.EMPTY.shingles(); // too short to be a copy: keep nothing
            return List.of();
        }
        round++;
        nFound = 0;
        for (CandidateIndex index : indexes) {
            index.candidates(sketch, this::collect);
        }
        List<CopyPair> pairs = List.of();
        if (nFound > 0) {
            Arrays.sort(found, 0, nFound);
            for (int i = 0; i < nFound; i++) {
                int other = found[i];
                int[] set = sets[other];
                if (set == null || set.length < options.minShingles()) {
                    continue;
                }
                verified++;
                Overlap raw = Overlap.of(sketch.shingles(), set);
                Overlap o = raw;
                int so = sourceOf[other];
                if (templates.hasTemplate(src) || templates.hasTemplate(so)) {
                    o = Overlap.without(sketch.shingles(), set,
                            s -> templates.template(src, s) || templates.template(so, s));
                }
                int shorter = Math.min(set.length, sketch.shingles().length);
                int longer = Math.max(set.length, sketch.shingles().length);
                if (o != raw) {
                    shorter = o.common() == 0 ? 0 : (int) Math.round(o.common() / o.containment());
                    longer = o.common() == 0 ? 0 : (int) Math.round(o.common() / o.jaccard()) - shorter + o.common();
                }
                String relation = relation(o, shorter, longer);
                if (relation == null && raw.jaccard() >= options.lateJaccard()) {
                    relation = CopyPair.COPIED; // near-identical, templates and all: a re-post
                    o = raw;
                }
                if (relation != null && (!agree(numbers[id], numbers[other])
                        || o.jaccard() < options.lateJaccard() && apart(id, other) > options.windowSeconds())) {
                    relation = null;
                }
                if (relation != null) {
                    if (pairs.isEmpty()) {
                        pairs = new ArrayList<>();
                    }
                    pairs.add(new CopyPair(Math.min(id, other), Math.max(id, other), relation, o.jaccard(),
                            o.containment()));
                }
            }
        }
        for (CandidateIndex index : indexes) {
            index.add(id, sketch);
        }
        sets[id] = sketch.shingles();
        stored += sketch.shingles().length;
        return pairs;
    }

    /**
     * {@link CopyPair#COPIED} for a near-duplicate, {@link CopyPair#EXCERPT} for an excerpt or partial reuse
     * (containment without Jaccard), null for no copy; a short post must be near-identical.
     */
    private String relation(Overlap o, int shorter, int longer) {
        if (shorter < options.shortShingles()) {
            return o.jaccard() >= Math.max(options.shortJaccard(), options.minJaccard()) ? CopyPair.COPIED : null;
        }
        if (o.jaccard() >= options.minJaccard()) {
            return CopyPair.COPIED;
        }
        if (o.containment() < options.minContainment()) {
            return null;
        }
        if (shorter >= options.excerptRatio() * longer) {
            return CopyPair.COPIED;
        }
        return o.containment() >= options.excerptContainment() && shorter >= options.excerptShingles()
                ? CopyPair.EXCERPT : null;
    }

    /**
     * Whether two number sets agree: either is empty, or at least {@code minNumberAgreement} of the smaller one is
     * in the other.
     */
    private boolean agree(int[] a, int[] b) {
        if (a == null || b == null || a.length == 0 || b.length == 0) {
            return true;
        }
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common >= options.minNumberAgreement() * Math.min(a.length, b.length);
    }

    /** Seconds by which two posts are certainly apart (0 when their intervals overlap or either is undated). */
    private long apart(int x, int y) {
        if (earliest[x] == Long.MIN_VALUE || earliest[y] == Long.MIN_VALUE) {
            return 0;
        }
        return Math.max(0, Math.max(earliest[x] - latest[y], earliest[y] - latest[x]));
    }

    private void collect(int other) {
        if (stamp[other] != round && nFound < found.length) {
            stamp[other] = round;
            found[nFound++] = other;
        }
    }

    private void ensure(int id) {
        if (id >= sets.length) {
            int cap = Math.max(id + 1, sets.length + (sets.length >> 1));
            sets = Arrays.copyOf(sets, cap);
            numbers = Arrays.copyOf(numbers, cap);
            earliest = Arrays.copyOf(earliest, cap);
            latest = Arrays.copyOf(latest, cap);
            sourceOf = Arrays.copyOf(sourceOf, cap);
            stamp = Arrays.copyOf(stamp, cap);
        }
    }

    /** Candidates verified so far (a measure of how selective the indexes are). */
    public long verified() {
        return verified;
    }

    /** Approximate heap bytes held: shingle sets and indexes. */
    public long bytes() {
        long b = 4L * stored + 56L * sets.length;
        for (CandidateIndex index : indexes) {
            b += index.bytes();
        }
        return b;
    }
}

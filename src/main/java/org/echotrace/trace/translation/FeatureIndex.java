package org.echotrace.trace.translation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * An inverted index from fingerprint features to the items that have them, with document frequencies for
 * IDF weighting. Memory and candidate cost stay bounded: a feature's posting list stops growing at
 * {@code postingCap} items, and such a common feature ({@code russia}, {@code moscow}) is then counted but
 * no longer used to find candidates.
 */
public final class FeatureIndex {
    private final int postingCap;
    private final Map<Integer, Postings> byFeature = new HashMap<>();
    private int size;

    public FeatureIndex(int postingCap) {
        if (postingCap < 1) {
            throw new IllegalArgumentException("postingCap must be >= 1, was " + postingCap);
        }
        this.postingCap = postingCap;
    }

    /** Indexes {@code item} under each of its (distinct) features. */
    public void add(int item, int[] features) {
        for (int f : features) {
            Postings p = byFeature.computeIfAbsent(f, k -> new Postings());
            p.df++;
            if (p.df <= postingCap) {
                if (p.size == p.ids.length) {
                    p.ids = Arrays.copyOf(p.ids, Math.min(postingCap, p.ids.length * 2));
                }
                p.ids[p.size++] = item;
            } else if (p.ids.length > 0) {
                p.ids = new int[0];
                p.size = 0;
            }
        }
        size++;
    }

    /** Items indexed so far. */
    public int size() {
        return size;
    }

    /** How many indexed items have {@code feature}. */
    public int df(int feature) {
        Postings p = byFeature.get(feature);
        return p == null ? 0 : p.df;
    }

    /** The inverse document frequency of {@code feature}, smoothed: {@code ln((N+1)/(df+1)) + 1}. */
    public double idf(int feature) {
        return Math.log((size + 1.0) / (df(feature) + 1.0)) + 1.0;
    }

    /** The items that have {@code feature}, oldest first; empty when the feature is too common to be useful. */
    public int[] items(int feature) {
        Postings p = byFeature.get(feature);
        if (p == null || p.df > postingCap) {
            return new int[0];
        }
        return p.size == p.ids.length ? p.ids : Arrays.copyOf(p.ids, p.size);
    }

    /** The at most {@code limit} most recently indexed items that have {@code feature}, newest first. */
    public int[] recent(int feature, int limit) {
        Postings p = byFeature.get(feature);
        if (p == null || p.df > postingCap) {
            return new int[0];
        }
        int n = Math.min(limit, p.size);
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            out[k] = p.ids[p.size - 1 - k];
        }
        return out;
    }

    /** Whether {@code feature} is too common to find candidates with. */
    public boolean common(int feature) {
        return df(feature) > postingCap;
    }

    private static final class Postings {
        int[] ids = new int[2];
        int size;
        int df;
    }
}

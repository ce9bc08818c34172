package org.echotrace.trace.translation;

import java.util.Arrays;
import java.util.Locale;

import org.echotrace.trace.TraceItem;

/**
 * The language-independent fingerprint of a post: knowledge-base entity ids, normalised numbers and
 * amounts, ISO dates, quoted speakers, hashtags, URLs and transliterated names, each hashed to an
 * {@code int} whose low three bits say which kind it is. Sorted and without repeats, so two fingerprints
 * intersect in one merge pass; a post costs four bytes a feature.
 */
public final class Fingerprint {
    public static final int ENTITY = 0;
    public static final int NUMBER = 1;
    public static final int DATE = 2;
    public static final int SPEAKER = 3;
    public static final int HASHTAG = 4;
    public static final int URL = 5;
    public static final int NAME = 6;
    /** At most this many features a post: a long document's tail adds noise, not evidence. */
    static final int MAX_FEATURES = 256;

    private Fingerprint() {
    }

    /** The sorted features of {@code item}; uses its text, so call before the text is dropped. */
    public static int[] of(TraceItem item) {
        int[] buf = new int[MAX_FEATURES];
        int n = 0;
        n = addAll(buf, n, item.entities(), ENTITY);
        n = addAll(buf, n, NumberKeys.of(item.text(), item.language()), NUMBER);
        n = addAll(buf, n, item.dates(), DATE);
        n = addAll(buf, n, item.speakers(), SPEAKER);
        for (String h : item.hashtags()) {
            n = add(buf, n, NameKeys.fold(h.startsWith("#") ? h.substring(1) : h), HASHTAG);
        }
        for (String u : item.urls()) {
            n = add(buf, n, url(u), URL);
        }
        n = addAll(buf, n, NameKeys.of(item.text()), NAME);
        int[] out = Arrays.copyOf(buf, n);
        Arrays.sort(out);
        int w = 0;
        for (int i = 0; i < out.length; i++) {
            if (w == 0 || out[i] != out[w - 1]) {
                out[w++] = out[i];
            }
        }
        return w == out.length ? out : Arrays.copyOf(out, w);
    }

    /** The kind of a feature. */
    public static int kind(int feature) {
        return feature & 7;
    }

    /** The feature for one value of one kind. */
    public static int feature(String value, int kind) {
        int h = value.hashCode();
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return (h & ~7) | kind;
    }

    private static int addAll(int[] buf, int n, Iterable<String> values, int kind) {
        for (String v : values) {
            n = add(buf, n, v, kind);
        }
        return n;
    }

    private static int add(int[] buf, int n, String value, int kind) {
        if (n >= buf.length || value == null || value.isEmpty()) {
            return n;
        }
        buf[n] = feature(value, kind);
        return n + 1;
    }

    /** A URL without scheme, {@code www.}, fragment, tracking parameters or trailing slash, lower-cased host. */
    static String url(String u) {
        String s = u.strip();
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            s = s.substring(scheme + 3);
        }
        int hash = s.indexOf('#');
        if (hash >= 0) {
            s = s.substring(0, hash);
        }
        int q = s.indexOf('?');
        if (q >= 0 && s.indexOf("utm_", q) >= 0) {
            s = s.substring(0, q);
        }
        int slash = s.indexOf('/');
        String host = (slash < 0 ? s : s.substring(0, slash)).toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        String path = slash < 0 ? "" : s.substring(slash);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return host + path;
    }
}

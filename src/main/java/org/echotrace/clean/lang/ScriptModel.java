package org.echotrace.clean.lang;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.github.pemistahl.lingua.api.Language;

/**
 * Lingua's unigram, bigram and trigram models of the languages sharing one alphabet, read from the Lingua jar
 * ({@code /language-models/<iso>/<n>grams.json}) into three shared tables whose rows hold one float
 * log-probability per language, with Lingua's backoff (trigram, else its leading bigram, else its first letter)
 * already folded into each row.
 */
final class ScriptModel {
    private static final JsonFactory JSON = new JsonFactory();

    final Language[] languages;
    final NgramTable trigrams;
    final NgramTable bigrams;
    final NgramTable unigrams;
    final long loadNanos;

    private ScriptModel(Language[] languages, NgramTable uni, NgramTable bi, NgramTable tri, long loadNanos) {
        this.languages = languages;
        this.unigrams = uni;
        this.bigrams = bi;
        this.trigrams = tri;
        this.loadNanos = loadNanos;
    }

    static ScriptModel load(Language[] languages) {
        long t0 = System.nanoTime();
        int w = languages.length;
        Map<Long, float[]> uni = new HashMap<>();
        Map<Long, float[]> bi = new HashMap<>();
        Map<Long, float[]> tri = new HashMap<>();
        for (int l = 0; l < w; l++) {
            String iso = languages[l].getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
            read(iso, "unigrams", 1, l, w, uni);
            read(iso, "bigrams", 2, l, w, bi);
            read(iso, "trigrams", 3, l, w, tri);
        }
        // Fold backoff: a language without the n-gram gets the probability of its (n-1)-gram prefix.
        for (Map.Entry<Long, float[]> e : bi.entrySet()) {
            backoff(e.getValue(), uni.get(e.getKey() >>> 16));
        }
        for (Map.Entry<Long, float[]> e : tri.entrySet()) {
            long prefix = e.getKey() >>> 16;
            float[] b = bi.get(prefix);
            backoff(e.getValue(), b != null ? b : uni.get(prefix >>> 16));
        }
        return new ScriptModel(languages, table(uni, w), table(bi, w), table(tri, w), System.nanoTime() - t0);
    }

    private static void backoff(float[] row, float[] lower) {
        if (lower == null) {
            return;
        }
        for (int i = 0; i < row.length; i++) {
            if (row[i] == 0f) {
                row[i] = lower[i];
            }
        }
    }

    private static NgramTable table(Map<Long, float[]> m, int w) {
        long[] keys = new long[m.size()];
        float[] rows = new float[m.size() * w];
        int r = 0;
        for (Map.Entry<Long, float[]> e : m.entrySet()) {
            keys[r] = e.getKey();
            System.arraycopy(e.getValue(), 0, rows, r * w, w);
            r++;
        }
        return new NgramTable(keys, rows, w);
    }

    /** Packs n UTF-16 chars, first char in the highest bits. */
    static long pack(CharSequence s, int from, int n) {
        long k = 0;
        for (int i = 0; i < n; i++) {
            k = (k << 16) | s.charAt(from + i);
        }
        return k;
    }

    private static void read(String iso, String kind, int n, int lang, int width, Map<Long, float[]> into) {
        String path = "/language-models/" + iso + "/" + kind + ".json";
        try (InputStream in = Language.class.getResourceAsStream(path)) {
            if (in == null) {
                return; // Lingua treats a missing model as empty
            }
            try (JsonParser p = JSON.createParser(in)) {
                expect(p.nextToken(), JsonToken.START_OBJECT, path);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken t = p.nextToken();
                    if (!"ngrams".equals(field)) {
                        p.skipChildren();
                        continue;
                    }
                    expect(t, JsonToken.START_OBJECT, path);
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String fraction = p.currentName();
                        p.nextToken();
                        String ngrams = p.getText();
                        int slash = fraction.indexOf('/');
                        if (slash < 0) {
                            throw new IllegalStateException(path + ": bad fraction '" + fraction + "'");
                        }
                        // Same arithmetic as Lingua: float division, natural log in double, stored as float.
                        float prob = Float.parseFloat(fraction.substring(0, slash))
                                / Integer.parseInt(fraction.substring(slash + 1));
                        float logp = (float) Math.log(prob);
                        int start = 0;
                        for (int i = 0; i <= ngrams.length(); i++) {
                            if (i == ngrams.length() || ngrams.charAt(i) == ' ') {
                                if (i - start == n) {
                                    long key = pack(ngrams, start, n);
                                    into.computeIfAbsent(key, k -> new float[width])[lang] = logp;
                                }
                                start = i + 1;
                            }
                        }
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("cannot read Lingua model " + path + ": " + e.getMessage(), e);
        }
    }

    private static void expect(JsonToken t, JsonToken want, String path) {
        if (t != want) {
            throw new IllegalStateException(path + ": expected " + want + ", got " + t);
        }
    }
}

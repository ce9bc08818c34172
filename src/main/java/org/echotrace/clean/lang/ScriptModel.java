package org.echotrace.clean.lang;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

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
    /**
     * Lingua's field names are the probabilities ({@code "123/45678"}), thousands per file and each read once:
     * canonicalising and interning them (Jackson's default, meant for a few recurring names) took about half
     * of the loading time.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();
    /** Bits of +0f, which marks "no probability"; a probability of 1 (log 0) is stored as -0f. */
    private static final int ABSENT = 0;

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
        NgramTable uni = new NgramTable(w, 256);
        NgramTable bi = new NgramTable(w, 4096);
        NgramTable tri = new NgramTable(w, 32768);
        for (int l = 0; l < w; l++) {
            String iso = languages[l].getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
            read(iso, "unigrams", 1, l, uni);
            read(iso, "bigrams", 2, l, bi);
            read(iso, "trigrams", 3, l, tri);
        }
        // Fold Lingua's backoff: a language without the n-gram gets the probability of its (n-1)-gram prefix.
        foldBackoff(bi, uni, null);
        foldBackoff(tri, bi, uni);
        uni.trim();
        bi.trim();
        tri.trim();
        return new ScriptModel(languages, uni, bi, tri, System.nanoTime() - t0);
    }

    private static void foldBackoff(NgramTable table, NgramTable lower, NgramTable lowest) {
        long[] keys = table.keys();
        int w = table.width;
        for (int r = 0; r < keys.length; r++) {
            long prefix = keys[r] >>> 16;
            NgramTable t = lower;
            int lr = t.row(prefix);
            if (lr < 0 && lowest != null) {
                t = lowest;
                lr = t.row(prefix >>> 16);
            }
            if (lr < 0) {
                continue;
            }
            for (int i = 0; i < w; i++) {
                if (Float.floatToRawIntBits(table.rows[r * w + i]) == ABSENT) {
                    table.rows[r * w + i] = t.rows[lr * w + i];
                }
            }
        }
    }

    long bytes() {
        return unigrams.bytes() + bigrams.bytes() + trigrams.bytes();
    }

    /** Packs n UTF-16 chars, first char in the highest bits. */
    static long pack(CharSequence s, int from, int n) {
        long k = 0;
        for (int i = 0; i < n; i++) {
            k = (k << 16) | s.charAt(from + i);
        }
        return k;
    }

    private static void read(String iso, String kind, int n, int lang, NgramTable into) {
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
                        if (logp == 0f) {
                            logp = -0f;
                        }
                        int start = 0;
                        for (int i = 0; i <= ngrams.length(); i++) {
                            if (i == ngrams.length() || ngrams.charAt(i) == ' ') {
                                if (i - start == n) {
                                    long key = pack(ngrams, start, n);
                                    int row = into.rowOrAdd(key); // may grow into.rows
                                    into.rows[row * into.width + lang] = logp;
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

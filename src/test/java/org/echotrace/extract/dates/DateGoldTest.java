package org.echotrace.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.echotrace.extract.DateExtractor;
import org.echotrace.model.DateRef;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.junit.jupiter.api.Test;

/** Precision and recall of date extraction (span and value must both match) on our gold sentences. */
class DateGoldTest {
    private static final double FLOOR = 0.95;

    record Gold(String ref, String text, List<String> expected) {
    }

    static List<Gold> load() throws IOException {
        List<Gold> out = new ArrayList<>();
        try (InputStream in = DateGoldTest.class.getResourceAsStream("/extract/dates-gold.tsv")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int n = 0;
            for (String line : all.split("\n")) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 3) {
                    throw new IllegalStateException("dates-gold.tsv:" + n + ": expected 3 columns");
                }
                List<String> exp = new ArrayList<>();
                if (!cols[2].equals("-")) {
                    int from = 0;
                    for (String a : cols[2].split(" ;; ")) {
                        String[] sv = a.split(" => ");
                        int at = cols[1].indexOf(sv[0], from);
                        if (sv.length != 2 || at < 0) {
                            throw new IllegalStateException("dates-gold.tsv:" + n + ": bad annotation '" + a + "'");
                        }
                        int start = cols[1].codePointCount(0, at);
                        exp.add(key(start, start + sv[0].codePointCount(0, sv[0].length()), sv[1]));
                        from = at + sv[0].length();
                    }
                }
                out.add(new Gold(cols[0].equals("-") ? null : cols[0], cols[1], exp));
            }
        }
        return out;
    }

    static String key(int start, int end, String value) {
        return start + "-" + end + "=" + value;
    }

    @Test
    void precisionAndRecallAboveFloor() throws IOException {
        List<Gold> gold = load();
        assertThat(gold).hasSizeGreaterThanOrEqualTo(60);
        DateExtractor ex = new DateExtractor();
        int tp = 0;
        int found = 0;
        int expected = 0;
        List<String> misses = new ArrayList<>();
        for (Gold g : gold) {
            Post p = ex.apply(Post.builder(Source.of("gold", Format.ARTICLE_TEXT)).text(g.text()).published(g.ref()).build());
            Set<String> got = new HashSet<>();
            for (DateRef d : p.dates()) {
                got.add(key(d.mention().start(), d.mention().end(), d.value()));
            }
            Set<String> exp = new HashSet<>(g.expected());
            found += got.size();
            expected += exp.size();
            for (String k : got) {
                if (exp.contains(k)) {
                    tp++;
                }
            }
            if (!got.equals(exp)) {
                misses.add(g.text() + "\n    expected " + exp + "\n    got      " + p.dates());
            }
        }
        double precision = found == 0 ? 1 : tp / (double) found;
        double recall = expected == 0 ? 1 : tp / (double) expected;
        System.out.printf(Locale.ROOT, "dates gold: %d sentences, %d expected, %d found, P=%.3f R=%.3f%n",
                gold.size(), expected, found, precision, recall);
        misses.forEach(m -> System.out.println("  MISS " + m));
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(FLOOR);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(FLOOR);
    }
}

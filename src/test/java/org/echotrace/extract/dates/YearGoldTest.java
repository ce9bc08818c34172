package org.echotrace.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.echotrace.extract.Understanding;
import org.echotrace.model.DateRef;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.junit.jupiter.api.Test;

/**
 * Year accuracy on year-less posts ({@code extract/years-gold.tsv}, written by us): every expected date and expected
 * {@code published} value must come out exactly, the year included, through the full understanding chain (the
 * people named and the roles the text gives them decide years). Written alongside the code: a regression gate.
 */
class YearGoldTest {
    static final double FLOOR = 0.90;

    record Case(int line, String published, String text, List<String[]> dates, String expectedPublished) {
    }

    static List<Case> load() throws IOException {
        List<Case> out = new ArrayList<>();
        try (InputStream in = YearGoldTest.class.getResourceAsStream("/extract/years-gold.tsv")) {
            int n = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                if (c.length != 4) {
                    throw new IllegalStateException("years-gold.tsv:" + n + ": expected 4 columns");
                }
                List<String[]> dates = new ArrayList<>();
                if (!c[2].equals("-")) {
                    for (String a : c[2].split(" ;; ")) {
                        dates.add(a.split(" => "));
                    }
                }
                out.add(new Case(n, c[0].equals("-") ? null : c[0], c[1], dates, c[3].equals("-") ? null : c[3]));
            }
        }
        return out;
    }

    @Test
    void yearsFromContext() throws IOException {
        List<Case> cases = load();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        Understanding u = Understanding.standard();
        int total = 0;
        int ok = 0;
        StringBuilder misses = new StringBuilder();
        for (Case c : cases) {
            Post p = u.apply(Post.builder(Source.of("gold", Format.ARTICLE_TEXT)).text(c.text()).published(c.published())
                    .language(c.text().matches("(?s).*[а-яА-Я].*") ? "ru" : "en").build());
            for (String[] d : c.dates()) {
                total++;
                DateRef got = p.dates().stream().filter(x -> x.mention().text().contains(d[0])
                        || d[0].contains(x.mention().text())).findFirst().orElse(null);
                if (got != null && got.value().equals(d[1])) {
                    ok++;
                } else {
                    misses.append(String.format(Locale.ROOT, "  line %d: %s want %s got %s%n", c.line(), d[0], d[1],
                            got == null ? "nothing" : got.value()));
                }
            }
            if (c.expectedPublished() != null || c.published() != null) {
                total++;
                if (Objects.equals(c.expectedPublished(), p.published())) {
                    ok++;
                } else {
                    misses.append(String.format(Locale.ROOT, "  line %d: published want %s got %s%n", c.line(),
                            c.expectedPublished(), p.published()));
                }
            }
        }
        double acc = ok / (double) total;
        System.out.printf(Locale.ROOT, "years gold: %d posts, %d values, accuracy %.3f%n", cases.size(), total, acc);
        System.out.print(misses);
        assertThat(acc).as("year accuracy").isGreaterThanOrEqualTo(FLOOR);
    }
}

package org.echotrace.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.junit.jupiter.api.Test;

/**
 * Language of short texts (at most 60 characters) with their source's history, on the gold set under
 * {@code clean/short-lang/}: the tuning half ({@code gold-tune.tsv}) chose the parameters of
 * {@code short-text-prior.txt}; the reporting half ({@code gold-report.tsv}) was written afterwards and is the
 * honest figure. The posts go through the real stage and {@link SourceLanguagePass}, the history first.
 */
class ShortTextLanguageGoldTest {
    private static final Set<String> LANGUAGES = Set.of("en", "ru", "uk", "be", "bg", "sr", "kk");

    record Gold(String iso, String source, String text) {
    }

    static List<String[]> rows(String name, int fields) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ShortTextLanguageGoldTest.class.getResourceAsStream("/clean/short-lang/" + name), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                assertThat(f).as(name + ": " + line).hasSize(fields);
                out.add(f);
            }
        }
        return out;
    }

    static List<Gold> gold(String name) throws IOException {
        List<Gold> out = new ArrayList<>();
        for (String[] f : rows(name, 3)) {
            assertThat(LANGUAGES).as(f[2]).contains(f[0]);
            assertThat(f[2].codePointCount(0, f[2].length())).as(f[2]).isLessThanOrEqualTo(60);
            out.add(new Gold(f[0], f[1], f[2]));
        }
        return out;
    }

    private static Post post(String channel, long position, String text) {
        Source source = new Source("gold.tsv", Format.TELEGRAM_TEXT, channel, null, null, null, null, null, null);
        return Post.builder(source).position(position).text(text).build();
    }

    /** Accuracy with the source prior, and with the n-grams alone, as {right, alone, n}. */
    static int[] score(String name, List<String> wrong) throws IOException {
        LanguageIdentifier id = LanguageIdentifier.allLanguages();
        List<Post> out = new ArrayList<>();
        SourceLanguagePass pass = new SourceLanguagePass(id, out::add);
        long position = 0;
        for (String[] c : rows("context.tsv", 2)) {
            pass.accept(id.apply(post(c[0], position++, c[1])));
        }
        int history = out.size() + (int) position;
        List<Gold> gold = gold(name);
        int alone = 0;
        for (int i = 0; i < gold.size(); i++) {
            Gold g = gold.get(i);
            // '-' is a post seen alone: a source of its own
            Post p = id.apply(post(g.source().equals("-") ? "alone-" + i : g.source(), position++, g.text()));
            if (g.iso().equals(p.language())) {
                alone++;
            }
            pass.accept(p);
        }
        pass.flush();
        List<Post> revised = out.subList(out.size() - gold.size(), out.size());
        assertThat(history).isPositive();
        int right = 0;
        for (int i = 0; i < gold.size(); i++) {
            Gold g = gold.get(i);
            Post p = revised.get(i);
            if (g.iso().equals(p.language())) {
                right++;
            } else {
                wrong.add(g.iso() + "->" + p.language() + " (" + p.languageConfidence() + ", " + g.source() + "): "
                        + g.text());
            }
        }
        return new int[] {right, alone, gold.size()};
    }

    @Test
    void tuningHalf() throws IOException {
        check("gold-tune.tsv", "tuning");
    }

    @Test
    void reportingHalf() throws IOException {
        check("gold-report.tsv", "reporting");
    }

    private static void check(String name, String half) throws IOException {
        List<String> wrong = new ArrayList<>();
        int[] r = score(name, wrong);
        System.out.printf(Locale.ROOT, "short-text language, %s half: %d/%d = %.3f with the source prior, "
                + "%d/%d = %.3f n-grams alone; wrong: %s%n", half, r[0], r[2], (double) r[0] / r[2], r[1], r[2],
                (double) r[1] / r[2], wrong);
        assertThat(r[2]).isGreaterThanOrEqualTo(75);
        assertThat((double) r[0] / r[2]).as(wrong.toString()).isGreaterThanOrEqualTo(0.95);
    }
}

package org.echotrace.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.junit.jupiter.api.Test;

/** Random and hostile text through the dateline and credit stages: no exception, text never grows. */
class HostileTextStagesTest {
    private static final String[] PIECES = {"MOSCOW", ", ", "March 3", ". /", "TASS", "/", "(", ")", " -- ", "—",
        "Source:", "via ", "Фото:", "\n", "\u200B", "\u202E", "שלום", "🇷🇺", "👍", "\uFFFD", " ", ":", "Translated by",
        "МОСКВА", "3 марта", "Reuters", "...", "\t", "a".repeat(50)};

    @Test
    void randomInputNeverThrows() {
        Random r = new Random(42);
        List<PostStage> stages = List.of(new DatelineExtractor(), new CreditLineExtractor());
        for (int i = 0; i < 5000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(30);
            for (int j = 0; j < n; j++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            Post p = Post.builder(Source.of("x", Format.TELEGRAM_TEXT)).text(sb.toString()).build();
            for (PostStage s : stages) {
                Post out = s.apply(p);
                assertThat(out.text().length()).isLessThanOrEqualTo(p.text().length());
            }
        }
    }

    @Test
    void longRepetitiveInputIsHandled() {
        String text = "MOSCOW, " + "March ".repeat(20_000) + "\n" + "Source: x ".repeat(50_000);
        Post p = Post.builder(Source.of("x", Format.TELEGRAM_TEXT)).text(text).build();
        // patterns must not backtrack catastrophically on long repetitive lines (speed itself is benchmarked)
        Post out = new CreditLineExtractor().apply(new DatelineExtractor().apply(p));
        assertThat(out.text()).isNotEmpty();
    }
}

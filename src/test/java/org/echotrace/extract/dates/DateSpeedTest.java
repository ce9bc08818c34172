package org.echotrace.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.echotrace.extract.DateExtractor;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Cost of date extraction per Telegram-sized post, on the shared sample of real Russian news channels when it is
 * there (skipped otherwise). Set {@code -Ddates.sample=N} to print N posts' dates for a by-eye check.
 */
class DateSpeedTest {
    private static final Path RAW = Path.of("../shared/data/telegram-ru-news/raw");

    @Test
    void underFiftyMicrosecondsPerPost() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(RAW), "no sample at " + RAW);
        List<Post> posts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(RAW).sorted()) {
            for (Path f : (Iterable<Path>) files::iterator) {
                for (JsonNode m : json.readTree(f.toFile())) {
                    if (posts.size() < 20_000 && m.path("text").isTextual()) {
                        posts.add(Post.builder(Source.of(f.toString(), Format.TELEGRAM_EXPORT))
                                .text(m.get("text").asText()).published(m.path("date").asText(null)).build());
                    }
                }
            }
        }
        Assumptions.assumeTrue(posts.size() >= 1000, "sample too small");
        DateExtractor ex = new DateExtractor();
        long found = 0;
        for (int round = 0; round < 3; round++) {
            for (Post p : posts) {
                found += ex.apply(p).dates().size();
            }
        }
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        int rounds = 5;
        for (int round = 0; round < rounds; round++) {
            for (Post p : posts) {
                found += ex.apply(p).dates().size();
            }
        }
        double wall = (System.nanoTime() - t0) / 1000.0 / (posts.size() * (double) rounds);
        double micros = (mx.getCurrentThreadCpuTime() - c0) / 1000.0 / (posts.size() * (double) rounds);
        long chars = posts.stream().mapToLong(p -> p.text().length()).sum();
        System.out.printf(Locale.ROOT, "dates speed: %d posts (%.0f chars avg), %.2f µs/post CPU (%.2f wall), %d dates/pass%n",
                posts.size(), chars / (double) posts.size(), micros, wall, found / 8);
        int sample = Integer.getInteger("dates.sample", 0);
        for (int i = 0, shown = 0; i < posts.size() && shown < sample; i += 37) {
            Post p = ex.apply(posts.get(i));
            if (!p.dates().isEmpty()) {
                shown++;
                for (org.echotrace.model.DateRef d : p.dates()) {
                    System.out.println("  " + p.published() + " | " + d.mention().text() + " => " + d.value()
                            + " | " + context(p.text(), d));
                }
            }
        }
        assertThat(micros).isLessThan(50);
    }

    private static String context(String text, org.echotrace.model.DateRef d) {
        int s = text.offsetByCodePoints(0, d.mention().start());
        int e = text.offsetByCodePoints(0, d.mention().end());
        return text.substring(Math.max(0, s - 40), Math.min(text.length(), e + 40)).replace('\n', ' ');
    }
}

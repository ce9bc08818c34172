package org.echotrace.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.junit.jupiter.api.Test;

/**
 * The language stage with each channel's prior ({@link SourceLanguagePass}) against plain Lingua (low-accuracy
 * mode) on every real Telegram post, when the data is present: the prior may only change posts whose n-gram
 * answer was not confident, so the agreement on full-length posts stays what it was.
 */
class SourceLanguagePassRealDataTest {
    @Test
    void priorChangesOnlyLowConfidencePosts() throws IOException {
        assumeTrue(TelegramSamples.present(), "no " + TelegramSamples.DIR);
        ObjectMapper mapper = new ObjectMapper();
        LanguageIdentifier id = LanguageIdentifier.allLanguages();
        LanguageDetector lingua = LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().build();
        List<Post> out = new ArrayList<>();
        SourceLanguagePass pass = new SourceLanguagePass(id, out::add);
        List<Path> files;
        try (Stream<Path> s = Files.list(TelegramSamples.DIR)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        long position = 0;
        for (Path f : files) {
            for (JsonNode m : mapper.readTree(f.toFile())) {
                String text = m.path("text").asText("");
                if (text.isBlank()) {
                    continue;
                }
                Source source = new Source(f.toString(), Format.TELEGRAM_EXPORT, f.getFileName().toString(), null, null,
                        null, m.path("message_id").asText(), null, null);
                pass.accept(id.apply(Post.builder(source).position(position++).text(text).build()));
            }
        }
        pass.flush();
        int n = 0;
        int agree = 0;
        int longN = 0;
        int longAgree = 0;
        int changed = 0;
        Map<String, Integer> pairs = new TreeMap<>();
        for (int i = 0; i < out.size(); i++) {
            Post p = out.get(i);
            String sample = LanguageIdentifier.sample(p);
            String ours = id.detect(sample);
            if (!Objects.equals(ours, p.language())) {
                changed++;
                assertThat(id.identify(sample, null).confidence()).as(sample).isLessThan(id.confidentThreshold());
                System.out.println("CHANGED " + p.source().channel() + " " + p.source().itemId() + " " + ours + "->"
                        + p.language() + " " + p.languageConfidence() + " " + sample.replace('\n', ' '));
            }
            if (i % 3 != 0) {
                continue; // Lingua itself is slow: every third post, as in LanguageIdentifierRealDataTest
            }
            String theirs = ours == null ? null : iso(lingua.detectLanguageOf(sample));
            boolean same = Objects.equals(p.language(), theirs);
            boolean full = sample.codePointCount(0, sample.length()) > 60;
            n++;
            agree += same ? 1 : 0;
            if (full) {
                longN++;
                longAgree += same ? 1 : 0;
            }
            if (!same) {
                pairs.merge(theirs + "->" + p.language(), 1, Integer::sum);
            }
        }
        System.out.printf(Locale.ROOT, "with the channel prior: agreement with Lingua low-accuracy %d/%d = %.4f, "
                + "on posts over 60 chars %d/%d = %.4f; %d posts changed by the prior %s%n", agree, n,
                (double) agree / n, longAgree, longN, (double) longAgree / longN, changed, pairs);
        assertThat((double) longAgree / longN).isGreaterThanOrEqualTo(0.999);
    }

    private static String iso(Language l) {
        return l == Language.UNKNOWN ? null : l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }
}

package org.echotrace.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import org.junit.jupiter.api.Test;

/** Agreement with plain Lingua (low-accuracy mode) on every third real Telegram post, when the data is present. */
class LanguageIdentifierRealDataTest {
    @Test
    void agreesWithPlainLinguaOnRealPosts() throws IOException {
        assumeTrue(TelegramSamples.present(), "no " + TelegramSamples.DIR);
        List<String> samples = TelegramSamples.load();
        assertThat(samples).hasSizeGreaterThan(20_000);
        LanguageIdentifier id = LanguageIdentifier.allLanguages();
        LanguageDetector lingua = LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().build();
        int n = 0;
        int agree = 0;
        Map<String, Integer> pairs = new TreeMap<>();
        for (int i = 0; i < samples.size(); i += 3) {
            String text = samples.get(i);
            String ours = id.detect(text);
            String theirs = ours == null && id.detect(text) == null && text.codePoints().filter(Character::isLetter).count() < 3
                    ? null : iso(lingua.detectLanguageOf(text));
            n++;
            if (Objects.equals(ours, theirs)) {
                agree++;
            } else {
                pairs.merge(theirs + "->" + ours, 1, Integer::sum);
            }
        }
        double rate = (double) agree / n;
        System.out.printf(Locale.ROOT, "agreement with Lingua low-accuracy: %d/%d = %.4f %s%n", agree, n, rate, pairs);
        assertThat(rate).as(pairs.toString()).isGreaterThanOrEqualTo(0.999);
    }

    private static String iso(Language l) {
        return l == Language.UNKNOWN ? null : l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }
}

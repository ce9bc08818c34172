package org.echotrace.clean;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import org.echotrace.clean.lang.FastLingua;

/**
 * Prints throughput (posts/s on one thread after warm-up), model load time, heap, and agreement with plain
 * Lingua on the real Telegram posts. Run: {@code java -cp target/classes:target/test-classes:LIBS
 * org.echotrace.clean.LanguageIdentifierBench [lingua]}.
 */
public final class LanguageIdentifierBench {
    private LanguageIdentifierBench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> samples = TelegramSamples.load();
        System.out.printf(Locale.ROOT, "%d samples%n", samples.size());
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long heap0 = rt.totalMemory() - rt.freeMemory();
        LanguageIdentifier id = LanguageIdentifier.allLanguages();
        long t0 = System.nanoTime();
        id.detect("Это проверка загрузки моделей кириллицы");
        System.out.printf(Locale.ROOT, "first call (Cyrillic models): %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        for (int round = 0; round < 5; round++) {
            long s = System.nanoTime();
            int nonNull = 0;
            for (String text : samples) {
                if (id.detect(text) != null) {
                    nonNull++;
                }
            }
            double secs = (System.nanoTime() - s) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: %.0f posts/s (%d detected)%n", round, samples.size() / secs, nonNull);
        }
        for (int round = 0; round < 3; round++) {
            long s = System.nanoTime();
            double sum = 0;
            for (String text : samples) {
                LanguageIdentifier.Identification i = id.identify(text, null);
                sum += i.confidence() == null ? 0 : i.confidence();
            }
            double secs = (System.nanoTime() - s) / 1e9;
            System.out.printf(Locale.ROOT, "with confidence (the stage) round %d: %.0f posts/s (mean %.3f)%n", round,
                    samples.size() / secs, sum / samples.size());
        }
        System.gc();
        System.out.printf(Locale.ROOT, "heap after Cyrillic use: %d MB (baseline %d MB), deferred to Lingua: %d%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, heap0 >> 20, id.detector().deferredCount());
        FastLingua all = FastLingua.withLinguaArbiter();
        long l0 = System.nanoTime();
        all.preloadAll();
        System.out.printf(Locale.ROOT, "preload all languages: %d ms%n", (System.nanoTime() - l0) / 1_000_000);
        System.gc();
        System.out.printf(Locale.ROOT, "heap with all models loaded (twice Cyrillic): %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
        if (args.length > 0 && args[0].equals("lingua")) {
            agreement(samples, id, LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().build(), "low");
            agreement(samples, id, LanguageDetectorBuilder.fromAllLanguages().build(), "high");
        }
    }

    static void agreement(List<String> samples, LanguageIdentifier id, LanguageDetector lingua, String mode) {
        int agree = 0;
        Map<String, Integer> pairs = new TreeMap<>();
        long s = System.nanoTime();
        for (String text : samples) {
            String ours = id.detect(text);
            Language l = lingua.detectLanguageOf(text);
            String theirs = l == Language.UNKNOWN ? null : l.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
            boolean fewLetters = text.codePoints().filter(Character::isLetter).limit(3).count() < 3;
            if (fewLetters) {
                theirs = null;
            }
            if (java.util.Objects.equals(ours, theirs)) {
                agree++;
            } else {
                pairs.merge("lingua-" + mode + "=" + theirs + " ours=" + ours, 1, Integer::sum);
            }
        }
        System.out.printf(Locale.ROOT, "agreement with Lingua %s: %d/%d = %.4f%% (%.1f s) %s%n", mode, agree, samples.size(),
                100.0 * agree / samples.size(), (System.nanoTime() - s) / 1e9, pairs);
    }
}

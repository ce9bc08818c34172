package org.echotrace.trace.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.echotrace.trace.CopyPair;
import org.echotrace.trace.TraceItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality gate for translation finding on bilingual material modelled on how state agencies and ministries
 * publish both versions ({@code src/test/resources/trace/translations-bilingual.jsonl}, written by us): a
 * ministry's statement on its Russian and English channels, an agency's English-service rewrite (reordered,
 * shortened, headline changed), a machine-translated aggregator copy wrapped in the aggregator's subscription
 * footer, hashtags and emoji; with hard negatives (same people, same day, another statement; the same template
 * with other figures; one network's footer on two unrelated posts; one day's headlines sharing a name).
 *
 * <p>The file is split into two fixed halves ({@code half}: {@code tune} or {@code report}), each a corpus of its
 * own (a pair and its traps are in one half). The {@code translation.*} defaults were chosen on the tuning half
 * ({@link #tuningHalf()} prints the sweep); the reporting half is only measured, with pinned floors.
 */
class BilingualGoldTest {
    static final String FILE = "/trace/translations-bilingual.jsonl";
    /** Pinned from the reporting half's figures with the defaults (the targets are 0.95 and 0.85). */
    static final double REPORT_PRECISION_FLOOR = 0.95;
    static final double REPORT_RECALL_FLOOR = 0.85;

    private static List<GoldPosts.Gold> tune;
    private static List<GoldPosts.Gold> report;

    @BeforeAll
    static void load() throws Exception {
        List<GoldPosts.Gold> all = GoldPosts.load(FILE);
        tune = half(all, "tune");
        report = half(all, "report");
    }

    @Test
    void halvesHoldEnoughPairsAndNegatives() {
        for (List<GoldPosts.Gold> h : List.of(tune, report)) {
            long pairs = h.stream().filter(g -> !g.json().get("pair").isNull()).count() / 2;
            long negatives = h.stream().filter(g -> g.json().get("pair").isNull()).count();
            assertThat(pairs).isGreaterThanOrEqualTo(20);
            assertThat(negatives).isGreaterThanOrEqualTo(40);
        }
    }

    /**
     * The sweep the thresholds were chosen from, on the tuning half only: the highest recall with no false pair
     * (one false pair of 24 is already precision 0.96, so the target of 0.95 leaves no margin for the other half),
     * ties going to the stricter coverage, then the higher threshold. The defaults are that choice.
     */
    @Test
    void tuningHalfChoosesTheDefaults() {
        TranslationOptions d = TranslationOptions.defaults();
        Score s = measure(tune, d);
        System.out.println("bilingual gold, tuning half (" + tune.size() + " posts): " + s.summary());
        s.notes.forEach(n -> System.out.println("  " + n));
        double bestRecall = -1;
        double[] chosen = null;
        for (double c = 0.50; c <= 0.701; c += 0.05) {
            for (double t = 0.25; t <= 0.451; t += 0.05) {
                Score x = measure(tune, d.withThreshold(t).withCoverage(c));
                System.out.printf(Locale.ROOT, "  tuning half, threshold %.2f coverage %.2f: %s%n", t, c, x.summary());
                if (x.fp == 0 && x.recall() >= bestRecall) {
                    bestRecall = x.recall();
                    chosen = new double[] {t, c};
                }
            }
        }
        assertThat(chosen).as("a setting with no false pair on the tuning half").isNotNull();
        System.out.printf(Locale.ROOT, "  chosen on the tuning half: threshold %.2f coverage %.2f%n", chosen[0],
                chosen[1]);
        assertThat(d.threshold()).as("translation.threshold").isCloseTo(chosen[0], within(1e-6));
        assertThat(d.minCoverage()).as("translation.min_coverage").isCloseTo(chosen[1], within(1e-6));
        assertThat(s.precision()).as("tuning precision").isGreaterThanOrEqualTo(0.95);
        assertThat(s.recall()).as("tuning recall").isGreaterThanOrEqualTo(0.85);
    }

    /** The reporting half, never tuned on: figures only, against pinned floors. */
    @Test
    void reportingHalfMeetsPinnedFloors() {
        Score s = measure(report, TranslationOptions.defaults());
        System.out.println("bilingual gold, reporting half: " + s.summary());
        assertThat(s.precision()).as("reporting precision").isGreaterThanOrEqualTo(REPORT_PRECISION_FLOOR);
        assertThat(s.recall()).as("reporting recall").isGreaterThanOrEqualTo(REPORT_RECALL_FLOOR);
    }

    /** The posts of one half, re-indexed from 0 in publication order. */
    static List<GoldPosts.Gold> half(List<GoldPosts.Gold> gold, String name) {
        List<GoldPosts.Gold> out = new ArrayList<>();
        for (GoldPosts.Gold g : gold) {
            if (g.json().get("half").asText().equals(name)) {
                TraceItem i = g.item();
                out.add(new GoldPosts.Gold(g.json(), g.post(), new TraceItem(out.size(), i.postId(), i.source(),
                        i.sourceLabel(), i.published(), i.forwardedFrom(), i.credits(), i.language(), i.text(),
                        i.entities(), i.numbers(), i.dates(), i.speakers(), i.hashtags(), i.urls(), i.earliest(),
                        i.latest())));
            }
        }
        return out;
    }

    /**
     * Runs a finder over {@code gold} as the tracer does: every post added in order, then the pairs found
     * re-checked once the whole corpus is read ({@link FingerprintTranslationFinder#holds}).
     */
    static Score measure(List<GoldPosts.Gold> gold, TranslationOptions options) {
        FingerprintTranslationFinder finder = new FingerprintTranslationFinder(options);
        List<CopyPair> found = new ArrayList<>();
        for (GoldPosts.Gold g : gold) {
            found.addAll(finder.add(g.item()));
        }
        Score s = new Score();
        Set<String> got = new HashSet<>();
        for (CopyPair p : found) {
            if (!finder.holds(p)) {
                continue;
            }
            GoldPosts.Gold a = gold.get(p.a());
            GoldPosts.Gold b = gold.get(p.b());
            boolean same = !a.json().get("pair").isNull()
                    && a.json().get("pair").asText().equals(b.json().get("pair").asText());
            if (same) {
                s.tp++;
                got.add(a.json().get("pair").asText());
                s.notes.add("true " + id(a) + "~" + id(b) + " " + p.similarity() + " " + p.coverage());
            } else {
                s.fp++;
                String kind = (a.json().get("pair").isNull() ? a : b).json().get("kind").asText();
                s.falseByKind.merge(kind, 1, Integer::sum);
                s.notes.add("false " + id(a) + "~" + id(b) + " " + p.similarity() + " " + p.coverage() + " (" + kind
                        + ")");
            }
        }
        for (GoldPosts.Gold g : gold) {
            if (!g.json().get("pair").isNull() && id(g).endsWith("r")) {
                String pair = g.json().get("pair").asText();
                String kind = g.json().get("kind").asText();
                s.wantByKind.merge(kind, 1, Integer::sum);
                s.want++;
                if (got.contains(pair)) {
                    s.gotByKind.merge(kind, 1, Integer::sum);
                } else {
                    s.notes.add("missed " + pair + " (" + kind + ")");
                }
            }
            if (!g.json().get("language").asText().equals(g.post().language())) {
                s.notes.add("language identified as " + g.post().language() + ": " + id(g));
            }
        }
        return s;
    }

    private static String id(GoldPosts.Gold g) {
        return g.json().get("id").asText();
    }

    /** Counts of one run. */
    static final class Score {
        int tp;
        int fp;
        int want;
        final Map<String, Integer> wantByKind = new TreeMap<>();
        final Map<String, Integer> gotByKind = new TreeMap<>();
        final Map<String, Integer> falseByKind = new TreeMap<>();
        final List<String> notes = new ArrayList<>();

        double precision() {
            return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        }

        double recall() {
            return want == 0 ? 1 : tp / (double) want;
        }

        String summary() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
                    "%d pairs: precision %.3f recall %.3f (tp %d fp %d fn %d); recall by kind", want, precision(),
                    recall(), tp, fp, want - tp));
            wantByKind.forEach((k, n) -> b.append(' ').append(k).append(' ')
                    .append(gotByKind.getOrDefault(k, 0)).append('/').append(n));
            b.append("; false pairs by kind ").append(falseByKind);
            return b.toString();
        }
    }
}

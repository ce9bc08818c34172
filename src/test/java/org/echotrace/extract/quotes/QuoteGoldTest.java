package org.echotrace.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.echotrace.extract.QuoteExtractor;
import org.echotrace.model.Quote;
import org.junit.jupiter.api.Test;

/**
 * Quality gate on the quote gold set: detection precision and recall by exact span, speaker accuracy on the quotes
 * found (the id when the gold has one, else the name as written, null for no speaker), and quote text.
 */
class QuoteGoldTest {
    static final double MIN_PRECISION = 0.95;
    static final double MIN_RECALL = 0.95;
    static final double MIN_SPEAKER = 0.90;

    @Test
    void goldFloors() throws Exception {
        List<QuoteGold.Case> cases = QuoteGold.load();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
        QuoteExtractor x = new QuoteExtractor();
        int gold = 0;
        int found = 0;
        int matched = 0;
        int speakerOk = 0;
        int textOk = 0;
        int verbOk = 0;
        StringBuilder misses = new StringBuilder();
        for (QuoteGold.Case c : cases) {
            List<Quote> got = x.apply(c.post()).quotes();
            gold += c.expected().size();
            found += got.size();
            for (Quote g : got) {
                Quote e = c.expected().stream().filter(q -> q.start() == g.start() && q.end() == g.end()).findFirst().orElse(null);
                if (e == null) {
                    misses.append(c.id()).append(" extra: ").append(g).append('\n');
                    continue;
                }
                matched++;
                boolean sp = e.speakerId() != null ? e.speakerId().equals(g.speakerId())
                        : Objects.equals(e.speaker(), g.speaker()) && g.speakerId() == null;
                speakerOk += sp ? 1 : 0;
                textOk += e.text().equals(g.text()) ? 1 : 0;
                verbOk += Objects.equals(e.verb(), g.verb()) ? 1 : 0;
                if (!sp || !e.text().equals(g.text()) || !Objects.equals(e.verb(), g.verb())) {
                    misses.append(c.id()).append(" want ").append(e).append("\n      got ").append(g).append('\n');
                }
            }
            for (Quote e : c.expected()) {
                if (got.stream().noneMatch(g -> g.start() == e.start() && g.end() == e.end())) {
                    misses.append(c.id()).append(" missed: ").append(e).append('\n');
                }
            }
        }
        double p = found == 0 ? 1 : matched / (double) found;
        double r = gold == 0 ? 1 : matched / (double) gold;
        double s = matched == 0 ? 0 : speakerOk / (double) matched;
        System.out.printf(Locale.ROOT, "quotes gold: %d passages, %d quotes; precision %.3f recall %.3f speaker %.3f text %.3f verb %.3f%n",
                cases.size(), gold, p, r, s, textOk / (double) Math.max(1, matched), verbOk / (double) Math.max(1, matched));
        System.out.print(misses);
        assertThat(p).as("precision").isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(r).as("recall").isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(s).as("speaker accuracy").isGreaterThanOrEqualTo(MIN_SPEAKER);
    }
}

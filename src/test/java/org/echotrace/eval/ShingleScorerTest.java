package org.echotrace.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class ShingleScorerTest {
    @Test
    void countsSharedShinglesCaseInsensitively() {
        // truth: 6 tokens, 3 shingles; prediction: the same plus two tokens of boilerplate (5 shingles)
        ShingleScorer.DocumentScore s = ShingleScorer.score("d", "Talks resume in the capital today",
                "talks RESUME in the capital today. Share this");
        assertThat(s.truePositives()).isEqualTo(3);
        assertThat(s.falsePositives()).isEqualTo(2);
        assertThat(s.falseNegatives()).isZero();
        assertThat(s.precision()).isCloseTo(0.6, within(1e-9));
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void tokensAreUnicodeWords() {
        assertThat(ShingleScorer.tokens("МИД России, 16 мая — «диалог»")).containsExactly("мид", "россии", "16", "мая", "диалог");
    }

    @Test
    void emptyPredictionsCountForRecallButNotPrecision() {
        ShingleScorer.Summary s = ShingleScorer.summarize(List.of(
                ShingleScorer.score("a", "one two three four five", "one two three four five"),
                ShingleScorer.score("b", "one two three four five", null)));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(0.5);
        assertThat(s.documents()).isEqualTo(2);
    }

    @Test
    void diffNamesLostAndLeakedRuns() {
        ShingleScorer.Diff d = ShingleScorer.diff(
                "Лидеры встретились в Минске во вторник. Переговоры продлятся два дня, сообщили источники.",
                "Подпишитесь на рассылку! Лидеры встретились в Минске во вторник.", 3);
        assertThat(d.lost()).containsExactly("6 words: Переговоры продлятся два дня, сообщили источники");
        assertThat(d.leaked()).containsExactly("3 words: Подпишитесь на рассылку");
        assertThat(ShingleScorer.diff("one two three four", null, 3).lost()).containsExactly("4 words: one two three four");
    }
}

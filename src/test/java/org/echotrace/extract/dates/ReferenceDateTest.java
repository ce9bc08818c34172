package org.echotrace.extract.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceDateTest {
    @Test
    void readsEveryPublishedShape() {
        assertThat(ReferenceDate.of("2023-03-07T23:30:00+03:00")).isEqualTo(new ReferenceDate(2023, 3, 7));
        assertThat(ReferenceDate.of("2023-03-07")).isEqualTo(new ReferenceDate(2023, 3, 7));
        assertThat(ReferenceDate.of("2023-03")).isEqualTo(new ReferenceDate(2023, 3, 0));
        assertThat(ReferenceDate.of("2023")).isEqualTo(new ReferenceDate(2023, 0, 0));
        assertThat(ReferenceDate.of("--03-07")).isEqualTo(new ReferenceDate(null, 3, 7));
        assertThat(ReferenceDate.of(null)).isNull();
        assertThat(ReferenceDate.of("yesterday")).isNull();
        assertThat(ReferenceDate.of("2023-02-29")).isNull();
        assertThat(ReferenceDate.of("--13-01")).isNull();
    }

    @Test
    void wordListsLoad() {
        DateWords w = DateWords.standard();
        assertThat(w.relative("вчера")).isEqualTo(-1);
        assertThat(w.weekday("пятницу")).isEqualTo(5);
        assertThat(w.modifier("прошлую")).isEqualTo(DateWords.Modifier.PAST);
        assertThat(w.phrases("the")).isNotEmpty();
        assertThat(w.future("состоится")).isTrue();
    }
}

package org.echotrace.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublishedDatesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "2023-03-07T14:05:00+03:00 | 2023-03-07T14:05:00+03:00",
            "2023-03-07T14:05:00+0300  | 2023-03-07T14:05:00+03:00",
            "2023-03-07T11:05:00Z      | 2023-03-07T11:05:00Z",
            "2023-03-07T11:05:00.123Z  | 2023-03-07T11:05:00Z",
            "2023-03-07 14:05:00       | 2023-03-07T14:05:00",
            "2023-03-07                | 2023-03-07",
            "March 7, 2023             | NULL",
            "garbage                   | NULL"})
    void normalizes(String raw, String expected) {
        assertThat(PublishedDates.normalize(raw).orElse(null)).isEqualTo(expected);
    }
}

package org.echotrace.ingest.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0|0", "7|7", "1.2K|1200", "12.4K|12400", "15.3K|15300", "3.5M|3500000", "1M|1000000",
            "12 345|12345", "12\u00A0345|12345", "1,234,567|1234567", "1,2K|1200", "  981 |981", "2.5B|2500000000",
            "1.234K|1234", "4к|4000"})
    void parsesDisplayedCounts(String text, long expected) {
        assertThat(CountParser.parse(text)).hasValue(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "views", "K", "-5", "1.2X", "99999999999999999999"})
    void rejectsWhatIsNotACount(String text) {
        assertThat(CountParser.parse(text)).isEqualTo(OptionalLong.empty());
    }
}

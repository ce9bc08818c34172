package org.echotrace.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class CueFileTest {

    @Test
    void malformedEntryNamesFileAndLine() {
        List<CueFile.Entry> entries = CueFile.load(CueFileTest.class, "test-malformed-cues.txt");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).key()).isEqualTo("good");
        assertThat(entries.get(0).values()).containsExactly("a", "b");
        assertThatThrownBy(() -> entries.get(1).key())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("org/echotrace/text/test-malformed-cues.txt:4: expected 'key = value | value'");
    }

    @Test
    void missingFileIsNamed() {
        assertThatThrownBy(() -> CueFile.load(CueFileTest.class, "no-such-file.txt"))
                .hasMessage("missing cue file org/echotrace/text/no-such-file.txt");
    }

    @Test
    void textDatesParseManyForms() {
        assertThat(TextDates.parseWhole("March 7").map(TextDate::iso)).contains("--03-07");
        assertThat(TextDates.parseWhole("7 марта").map(TextDate::iso)).contains("--03-07");
        assertThat(TextDates.parseWhole("3 ноября 2023 г., 18:40").map(TextDate::iso)).contains("2023-11-03T18:40:00");
        assertThat(TextDates.parseWhole("November 3, 18:40").map(TextDate::iso)).contains("--11-03T18:40:00");
        assertThat(TextDates.parseWhole("03.11.2023 18:40").map(TextDate::iso)).contains("2023-11-03T18:40:00");
        assertThat(TextDates.parseWhole("5 травня 2024, 15:40").map(TextDate::iso)).contains("2024-05-05T15:40:00");
        assertThat(TextDates.parseWhole("February 30")).isEmpty();
        assertThat(TextDates.parseWhole("88 videos")).isEmpty();
        assertThat(TextDates.parseWhole("Talks on March 7")).isEmpty();
    }
}

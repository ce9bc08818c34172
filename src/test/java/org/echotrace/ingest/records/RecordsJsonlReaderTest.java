package org.echotrace.ingest.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.echotrace.model.Post;
import org.junit.jupiter.api.Test;

class RecordsJsonlReaderTest {

    @Test
    void readsLinesReportsBadOnesAndGoesOn() throws Exception {
        RecordsFixtures r = RecordsFixtures.read(new RecordsJsonlReader(), "posts.jsonl", Map.of());

        assertThat(r.posts).extracting(p -> p.source().itemId()).containsExactly("a1", "a2", "a4", "a6");
        assertThat(r.posts).extracting(Post::text).containsExactly(
                "Президент провёл совещание с членами Совбеза.",
                "Spokeswoman comments on the summit 👀",
                "Фото дня: визит в Пекин",
                "ignored unless mapped");
        assertThat(r.posts).extracting(Post::published).containsExactly(
                "2023-11-14T22:13:20Z", "2023-11-15T08:30:00+03:00", "2023-11-16", null);
        assertThat(r.posts).extracting(p -> p.source().channel()).containsOnly("kremlin_news");
        assertThat(r.posts.get(0).views()).isEqualTo(10400L);
        assertThat(r.posts.get(1).author()).isEqualTo("press office");
        assertThat(r.posts).extracting(Post::position).containsExactly(0L, 1L, 2L, 3L);
        assertThat(r.problemLines()).containsExactly(
                "posts.jsonl: line 4, column 40: warning: malformed JSON: Unexpected character ('t' (code 116)): "
                        + "was expecting comma to separate Object entries, line skipped",
                "posts.jsonl: line 6: warning: no text field (looked for text, message, body, content, full_text, "
                        + "post_text, caption), record skipped",
                "posts.jsonl: line 7: warning: not a JSON object, skipped",
                "posts.jsonl: line 8: warning: unrecognised date \"yesterday\", left empty");
    }

    @Test
    void dottedMapPathReachesNestedText() throws Exception {
        RecordsFixtures r = RecordsFixtures.read(new RecordsJsonlReader(), "posts.jsonl", Map.of("text", "nested.body"));
        assertThat(r.posts).filteredOn(p -> "a6".equals(p.source().itemId()))
                .singleElement().extracting(Post::text).isEqualTo("Вложенный текст.");
    }

    @Test
    void overLongLineIsSkippedWithItsNumber() {
        String content = "{\"text\":\"short\"}\r\n{\"text\":\"" + "x".repeat(500) + "\"}\n\n{\"text\":\"after\"}";
        RecordsFixtures r = RecordsFixtures.readString(new RecordsJsonlReader(100), "long.jsonl", content);
        assertThat(r.posts).extracting(Post::text).containsExactly("short", "after");
        assertThat(r.problemLines()).containsExactly(
                "long.jsonl: line 2: warning: line of 511 characters is longer than the limit of 100, skipped");
    }
}

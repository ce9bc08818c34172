package org.echotrace.ingest.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.echotrace.ingest.InputException;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.junit.jupiter.api.Test;

class RecordsJsonReaderTest {
    private final RecordsJsonReader reader = new RecordsJsonReader();

    @Test
    void readsChannelScrapeArrayLikeTheTelegramNewsDump() throws Exception {
        RecordsFixtures r = RecordsFixtures.read(reader, "channel-scrape.json", Map.of());

        assertThat(r.posts).hasSize(3);
        Post first = r.posts.get(0);
        assertThat(first.text()).isEqualTo("⚡️МИД России: Москва ожидает от Вашингтона разъяснений по поводу новых "
                + "санкций.\n\nЗаявление опубликовано на сайте министерства.");
        assertThat(first.text()).doesNotContain("**");
        assertThat(first.published()).isEqualTo("2024-03-15T09:12:44Z");
        assertThat(first.source().format()).isEqualTo(Format.RECORDS_JSON);
        assertThat(first.source().itemId()).isEqualTo("48210");
        assertThat(first.source().channel()).isEqualTo("МИД России");
        assertThat(first.source().channelTitle()).isEqualTo("МИД России");
        assertThat(first.position()).isZero();

        Post empty = r.posts.get(1);
        assertThat(empty.text()).isEmpty();
        assertThat(empty.source().itemId()).isEqualTo("48209");

        Post english = r.posts.get(2);
        assertThat(english.text()).isEqualTo("🇷🇺🇨🇳 Foreign ministers agreed to expand consultations on regional security.");
        assertThat(english.published()).isEqualTo("2024-03-14T21:55:10+03:00");
        assertThat(english.source().channel()).isEqualTo("mid_rf");
        assertThat(english.source().channelTitle()).isNull();

        assertThat(r.problemLines()).containsExactly(
                "channel-scrape.json: record 3 (line 18): warning: no text field (looked for text, message, body, "
                        + "content, full_text, post_text, caption), record skipped");
    }

    @Test
    void readsWrappedArrayWithTopLevelChannelAsDefault() throws Exception {
        RecordsFixtures r = RecordsFixtures.read(reader, "wrapped.json", Map.of());

        assertThat(r.problems).isEmpty();
        assertThat(r.posts).extracting(Post::text).containsExactly(
                "Минский тракторный завод отправил первую партию техники в Казахстан.",
                "The delegation discussed trade and logistics.",
                "Итоги недели — в нашем дайджесте.");
        assertThat(r.posts).extracting(Post::published).containsExactly(
                "2024-03-12T10:15:00", "2024-03-12T10:15:00Z", "2024-03-13T10:15:00Z");
        assertThat(r.posts).extracting(p -> p.source().channel()).containsOnly("belta_news");
        assertThat(r.posts).extracting(p -> p.source().url()).containsExactly(
                "https://t.me/belta_news/901", "https://t.me/belta_news/902", "https://t.me/belta_news/903");
        assertThat(r.posts).extracting(Post::views).containsExactly(12400L, 3050L, null);
        assertThat(r.posts.get(1).forwardedFrom()).isEqualTo("Belarus Today");
        assertThat(r.posts.get(2).source().itemId()).isEqualTo("903");
    }

    @Test
    void mapOverridesFieldNames() throws Exception {
        RecordsFixtures r = RecordsFixtures.read(reader, "wrapped.json", Map.of("text", "permalink", "id", "view_count"));
        assertThat(r.posts.get(0).text()).isEqualTo("https://t.me/belta_news/901");
        assertThat(r.posts.get(0).source().itemId()).isEqualTo("12.4K");
    }

    @Test
    void singleObjectIsOneRecord() {
        RecordsFixtures r = RecordsFixtures.readString(reader, "one.json",
                "{\"headline\": \"Заголовок\", \"content\": \"Текст статьи.\", \"site\": \"ria.ru\"}");
        assertThat(r.posts).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Заголовок");
            assertThat(p.text()).isEqualTo("Текст статьи.");
            assertThat(p.source().channel()).isEqualTo("ria.ru");
        });
    }

    @Test
    void malformedJsonKeepsEarlierRecordsAndNamesLineAndColumn() {
        RecordsFixtures r = new RecordsFixtures();
        String json = "[\n{\"text\": \"первый\"},\n{\"text\": \"второй\" \"id\": 2}\n]";
        assertThatThrownBy(() -> reader.read(org.echotrace.ingest.Input.of("bad.json",
                        new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), r.problems::add),
                new org.echotrace.ingest.ReadContext("bad.json", r.posts::add, r.problems::add, Map.of())))
                .isInstanceOf(InputException.class)
                .satisfies(e -> {
                    assertThat(((InputException) e).position()).isEqualTo("line 3, column 19");
                    assertThat(e.getMessage()).startsWith("malformed JSON: Unexpected character ('\"'").doesNotContain("\n");
                });
        assertThat(r.posts).extracting(Post::text).containsExactly("первый");
    }

    @Test
    void deepNestingIsAnInputErrorNotAStackOverflow() {
        String json = "[".repeat(100_000);
        RecordsFixtures r = new RecordsFixtures();
        assertThatThrownBy(() -> reader.read(org.echotrace.ingest.Input.of("deep.json",
                        new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), r.problems::add),
                new org.echotrace.ingest.ReadContext("deep.json", r.posts::add, r.problems::add, Map.of())))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("nesting depth");
    }

    @Test
    void nonObjectElementsAreReportedAndSkipped() {
        RecordsFixtures r = RecordsFixtures.readString(reader, "mixed.json", "[{\"text\":\"a\"}, 5, {\"text\":\"b\"}]");
        assertThat(r.posts).extracting(Post::text).containsExactly("a", "b");
        assertThat(r.problemLines()).containsExactly("mixed.json: record 2 (line 1): warning: not a JSON object, skipped");
    }
}

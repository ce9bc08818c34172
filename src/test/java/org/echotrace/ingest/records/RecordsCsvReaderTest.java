package org.echotrace.ingest.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.junit.jupiter.api.Test;

class RecordsCsvReaderTest {

    @Test
    void readsQuotedFieldsWithNewlinesCommasAndQuotes() throws Exception {
        RecordsFixtures r = RecordsFixtures.read(new RecordsCsvReader(), "posts.csv", Map.of());

        assertThat(r.posts).hasSize(4);
        assertThat(r.posts.get(0).text()).isEqualTo("ТАСС: Переговоры продолжатся завтра, сообщил источник.\r\n\r\nПодробности позже.");
        assertThat(r.posts.get(0).published()).isEqualTo("2024-02-01T09:00:00");
        assertThat(r.posts.get(0).source().url()).isEqualTo("https://t.me/tass_agency/101");
        assertThat(r.posts.get(0).source().format()).isEqualTo(Format.RECORDS_CSV);
        assertThat(r.posts.get(1).text()).isEqualTo("He said \"no comment\", then left.");
        assertThat(r.posts.get(1).published()).isEqualTo("2024-02-01T10:30:00Z");
        assertThat(r.posts.get(2).text()).isEmpty();
        assertThat(r.posts.get(2).source().itemId()).isEqualTo("103");
        assertThat(r.posts.get(3).text()).isEqualTo("Короткое сообщение без кавычек");
        assertThat(r.posts).extracting(p -> p.source().channel()).containsOnly("tass_agency");
        assertThat(r.problemLines()).containsExactly("posts.csv: line 8: warning: 4 fields where the header has 5");
    }

    @Test
    void detectsSemicolonAndTab() throws Exception {
        RecordsFixtures semi = RecordsFixtures.read(new RecordsCsvReader(), "posts-semicolon.csv", Map.of());
        assertThat(semi.posts).extracting(Post::text).containsExactly("Первое; с точкой с запятой", "Второе");
        assertThat(semi.posts).extracting(Post::published).containsExactly("2024-01-05T08:00:00", "2024-01-05T09:00:00");
        assertThat(semi.posts).extracting(p -> p.source().itemId()).containsExactly("7", "8");
        assertThat(semi.problems).isEmpty();

        RecordsFixtures tsv = RecordsFixtures.read(new RecordsCsvReader(), "posts.tsv", Map.of());
        assertThat(tsv.posts).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Итоги года");
            assertThat(p.text()).isEqualTo("Текст итогов");
            assertThat(p.author()).isEqualTo("Иван Петров");
        });
    }

    @Test
    void rowWithoutTextColumnIsAnErrorPerRow() {
        RecordsFixtures r = RecordsFixtures.readString(new RecordsCsvReader(), "notext.csv", "id,date\n1,2024-01-01\n");
        assertThat(r.posts).isEmpty();
        assertThat(r.problemLines()).containsExactly("notext.csv: line 2: warning: no text field (looked for text, "
                + "message, body, content, full_text, post_text, caption), record skipped");
    }

    @Test
    void unbalancedQuoteEndsTheInputNamingTheLine() {
        RecordsFixtures r = new RecordsFixtures();
        String csv = "id,text\n1,ok\n2,\"never closed\n3,more\n";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RecordsCsvReader().read(
                        org.echotrace.ingest.Input.of("q.csv", new java.io.ByteArrayInputStream(
                                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), r.problems::add),
                        new org.echotrace.ingest.ReadContext("q.csv", r.posts::add, r.problems::add, Map.of())))
                .isInstanceOf(org.echotrace.ingest.InputException.class)
                .hasMessage("unterminated quoted field at end of input");
        assertThat(r.posts).extracting(Post::text).containsExactly("ok");
    }
}

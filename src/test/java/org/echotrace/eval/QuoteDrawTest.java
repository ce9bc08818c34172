package org.echotrace.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteDrawTest {
    @TempDir
    Path dir;

    private static final String POSTS = """
            {"source":{"path":"/x/a_messages.json","item_id":"7"},"published":"2024-11-01T10:00:00Z","text":"🇷🇺 «Мы готовы», — заявил Лавров.\\nДругой абзац.","entities":[{"id":"sergey-lavrov"}],"quotes":[{"start":4,"end":13,"speaker":"Sergey Lavrov","speaker_id":"sergey-lavrov","verb":"заявил"}]}
            {"source":{"path":"/x/a_messages.json","item_id":"8"},"published":"2024-11-02T10:00:00Z","text":"«Да», — сказала она.","entities":[],"quotes":[{"start":1,"end":3,"speaker":null,"speaker_id":null,"verb":"сказала"}]}
            """;

    private String draw(long seed, int count, List<Path> exclude) throws IOException {
        Path posts = dir.resolve("posts.jsonl");
        Files.writeString(posts, POSTS);
        StringWriter w = new StringWriter();
        QuoteDraw.draw(posts, seed, count, exclude, new PrintWriter(w));
        return w.toString();
    }

    @Test
    void printsTheQuoteMarkedInItsContextByCodePoints() throws IOException {
        String out = draw(1, 5, List.of());
        assertThat(out).contains("a_messages.json\t7\t4\t13\tGOT=sergey-lavrov\tverb=заявил")
                .contains("🇷🇺 «[[Мы готовы]]»").contains("Лавров. ⏎ Другой").contains("GOT=None\tverb=сказала");
    }

    @Test
    void theSameSeedDrawsTheSameAndLabelledQuotesAreLeftOut() throws IOException {
        assertThat(draw(5, 1, List.of())).isEqualTo(draw(5, 1, List.of()));
        Path labels = dir.resolve("labels.tsv");
        // the quote of item 7, labelled when its offsets were 4 further on: same length, so the same quote
        Files.writeString(labels, "# comment\na_messages.json\t7\t8\t17\tsergey-lavrov\t1\n");
        String out = draw(5, 5, List.of(labels));
        assertThat(out).doesNotContain("\t7\t").contains("\t8\t1\t3\t");
    }

    @Test
    void aMalformedLabelLineIsNamedByFileAndLine() throws IOException {
        Path labels = dir.resolve("bad.tsv");
        Files.writeString(labels, "a_messages.json\t7\tx\t15\n");
        assertThatThrownBy(() -> draw(1, 1, List.of(labels))).isInstanceOf(IOException.class)
                .hasMessageContaining("bad.tsv:1");
    }
}

package org.echotrace.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.echotrace.trace.PostTrace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceSpoolTest {

    @TempDir
    Path dir;

    private static Post post(String id, String text) {
        return Post.builder(Source.of("a.jsonl", Format.RECORDS_JSONL).withChannel("mid_russia", null))
                .id(id).text(text).build();
    }

    @Test
    void replaysEveryLineWithItsTraceAndDeletesTheFile() throws Exception {
        Path file = dir.resolve("spool.jsonl");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // a long text crosses the replay's read buffer; the text repeats the null tail to prove only the end is swapped
        String tricky = "x".repeat(200_000) + JsonlWriter.NULL_TRACE_TAIL.replace("\n", "");
        try (TraceSpool spool = new TraceSpool(file)) {
            spool.write(post("0000000000000001", "Заявление 🇷🇺\nвторая строка"));
            spool.write(post("0000000000000002", tricky));
            spool.write(post("0000000000000003", ""));
            assertThat(spool.lines()).isEqualTo(3);
            spool.replay(List.of(
                    new PostTrace("c:0000000000000001", null, "s:0000000000000001", null, null, null, false),
                    new PostTrace("c:0000000000000001", "0000000000000001", "s:0000000000000001", "forwarded", 1.0,
                            1.0, false),
                    PostTrace.alone("s:0000000000000003")), out);
        }
        assertThat(Files.exists(file)).isFalse();
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(3);
        ObjectMapper m = new ObjectMapper();
        JsonNode a = m.readTree(lines[0]);
        JsonNode b = m.readTree(lines[1]);
        JsonNode c = m.readTree(lines[2]);
        assertThat(a.get("text").asText()).isEqualTo("Заявление 🇷🇺\nвторая строка");
        assertThat(a.get("cluster").asText()).isEqualTo("c:0000000000000001");
        assertThat(a.get("duplicate_of").isNull()).isTrue();
        assertThat(b.get("text").asText()).isEqualTo(tricky);
        assertThat(b.get("duplicate_of").asText()).isEqualTo("0000000000000001");
        assertThat(b.get("copy").toString())
                .isEqualTo("{\"relation\":\"forwarded\",\"similarity\":1.0,\"coverage\":1.0,\"uncredited\":false,\"order\":\"time\"}");
        assertThat(c.get("cluster").isNull()).isTrue();
        assertThat(c.get("story").asText()).isEqualTo("s:0000000000000003");
    }

    @Test
    void aTraceOfTheWrongLengthIsABug() throws Exception {
        try (TraceSpool spool = new TraceSpool(dir.resolve("s.jsonl"))) {
            spool.write(post("0000000000000001", "a"));
            assertThatThrownBy(() -> spool.replay(List.of(), new ByteArrayOutputStream()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("1 posts but the trace has 0");
        }
    }
}

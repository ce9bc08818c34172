package org.echotrace.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.echotrace.model.Attribution;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.echotrace.trace.PostTrace;
import org.junit.jupiter.api.Test;

class JsonlWriterTest {

    @Test
    void writesOneCompleteObjectPerLineWithRawEmoji() throws Exception {
        Map<String, Long> reactions = new LinkedHashMap<>();
        reactions.put("🔥", 2L);
        reactions.put("👍", 15L);
        Post p = Post.builder(Source.of("a/result.json", Format.TELEGRAM_EXPORT).withChannel("mid", "МИД").withItem("7", null))
                .id("0123456789abcdef").text("Заявление 🇷🇺\n\nвторой абзац").language("ru")
                .attributions(List.of(new Attribution("TASS", "agency"))).hashtags(List.of("ОБСЕ"))
                .reactions(reactions).views(1200L).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonlWriter w = new JsonlWriter(out)) {
            w.write(p);
            w.write(p.toBuilder().views(null).build());
        }
        String s = out.toString(StandardCharsets.UTF_8);
        String[] lines = s.split("\n");
        assertThat(lines).hasSize(2);
        assertThat(s).endsWith("}\n").contains("🇷🇺").contains("\"🔥\":2").doesNotContain("\\uD83D");
        JsonNode n = new ObjectMapper().readTree(lines[0]);
        assertThat(n.fieldNames()).toIterable().containsExactly("id", "source", "position", "title", "author", "text",
                "language", "language_confidence", "published", "edited", "forwarded_from", "forwarded_published", "reply_to", "place", "attributions", "hashtags", "mentions",
                "urls", "media_type", "reactions", "views", "entities", "dates", "quotes", "cluster", "duplicate_of", "story",
                "copy");
        assertThat(n.get("source").fieldNames()).toIterable().containsExactly("path", "format", "channel",
                "channel_title", "outlet", "url", "item_id", "counters", "description");
        assertThat(n.get("reactions").fieldNames()).toIterable().containsExactly("🔥", "👍");
        assertThat(n.get("text").asText()).isEqualTo("Заявление 🇷🇺\n\nвторой абзац");
        assertThat(n.get("published").isNull()).isTrue();
        assertThat(new ObjectMapper().readTree(lines[1]).get("views").isNull()).isTrue();
        assertThat(n.get("cluster").isNull()).isTrue();
        assertThat(n.get("copy").isNull()).isTrue();
        assertThat(s).endsWith(JsonlWriter.NULL_TRACE_TAIL);
        assertThat(lines[0] + "\n").endsWith(JsonlWriter.NULL_TRACE_TAIL);
    }

    @Test
    void aLoneSurrogateBecomesAReplacementCharacterInsteadOfSwallowingItsNeighbour() throws Exception {
        Post p = Post.builder(Source.of("x.jsonl", Format.RECORDS_JSONL).withChannel("c", "Канал\uD83D \uDE00 😀"))
                .id("0123456789abcdef").text("").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonlWriter w = new JsonlWriter(out)) {
            w.write(p);
        }
        JsonNode n = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(n.get("source").get("channel_title").asText()).isEqualTo("Канал\uFFFD \uFFFD 😀");
    }

    @Test
    void writesTraceFieldsLastWithACopyObjectOnlyForCopies() throws Exception {
        Post p = Post.builder(Source.of("x.jsonl", Format.RECORDS_JSONL).withChannel("news_aggregator", null))
                .id("cb9cb6f5d098a009").text("Срочно!").build();
        PostTrace copy = new PostTrace("c:73812c3041795cb6", "73812c3041795cb6", "s:73812c3041795cb6", "copied",
                0.87654, 0.9, true);
        PostTrace origin = new PostTrace("c:73812c3041795cb6", null, "s:73812c3041795cb6", null, null, null, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonlWriter w = new JsonlWriter(out)) {
            w.write(p, copy);
            w.write(p, origin);
            w.write(p, PostTrace.alone("s:cb9cb6f5d098a009"));
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines[0]).endsWith(",\"cluster\":\"c:73812c3041795cb6\",\"duplicate_of\":\"73812c3041795cb6\","
                + "\"story\":\"s:73812c3041795cb6\",\"copy\":{\"relation\":\"copied\",\"similarity\":0.877,"
                + "\"coverage\":0.9,\"uncredited\":true,\"order\":\"time\"}}");
        assertThat(lines[1]).endsWith(",\"cluster\":\"c:73812c3041795cb6\",\"duplicate_of\":null,"
                + "\"story\":\"s:73812c3041795cb6\",\"copy\":null}");
        assertThat(lines[2]).endsWith(",\"cluster\":null,\"duplicate_of\":null,\"story\":\"s:cb9cb6f5d098a009\","
                + "\"copy\":null}");
        assertThat(JsonlWriter.traceTail(copy)).isEqualTo(lines[0].substring(lines[0].indexOf(",\"cluster\"")) + "\n");
        assertThat(JsonlWriter.traceTail(null)).isEqualTo(JsonlWriter.NULL_TRACE_TAIL);
    }
}

package org.echotrace.trace.translation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.echotrace.clean.PostCleaner;
import org.echotrace.extract.Understanding;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.echotrace.trace.TraceItem;
import org.echotrace.trace.TraceItems;

/**
 * Loads a gold JSON Lines file of posts ({@code id}, {@code source}, {@code published}, {@code text} and
 * gold labels), runs the real cleaning and understanding stages over them, and orders them by publication
 * time, the order a corpus is traced in.
 */
public final class GoldPosts {
    /** One gold post: its JSON line and its trace item. */
    public record Gold(JsonNode json, Post post, TraceItem item) {
    }

    private GoldPosts() {
    }

    public static List<Gold> load(String resource) throws IOException {
        ObjectMapper om = new ObjectMapper();
        PostCleaner cleaner = PostCleaner.standard();
        Understanding understanding = Understanding.standard();
        List<JsonNode> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                GoldPosts.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    lines.add(om.readTree(line));
                }
            }
        }
        lines.sort(Comparator.comparing(j -> java.time.OffsetDateTime.parse(j.get("published").asText()).toInstant()));
        List<Gold> out = new ArrayList<>();
        for (JsonNode j : lines) {
            Source s = Source.of("gold/" + j.get("source").asText() + ".txt", Format.ARTICLE_TEXT)
                    .withChannel(j.get("source").asText(), null);
            Post p = Post.builder(s).id(j.get("id").asText()).text(j.get("text").asText())
                    .published(j.get("published").asText()).build();
            p = understanding.apply(cleaner.apply(p));
            out.add(new Gold(j, p, TraceItems.of(out.size(), p)));
        }
        return out;
    }
}

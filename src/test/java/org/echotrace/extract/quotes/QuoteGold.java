package org.echotrace.extract.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.echotrace.model.EntityRef;
import org.echotrace.model.Format;
import org.echotrace.model.Mention;
import org.echotrace.model.Post;
import org.echotrace.model.Quote;
import org.echotrace.model.Source;

/**
 * The quote gold set ({@code extract/quotes-gold.jsonl}): hand-written passages with their entities (mentions given
 * as written; every occurrence is a mention) and the exact expected quotes. Expected spans are where the quote's
 * first part starts and its last part ends ({@code " … "} joins split parts, a line break multi-paragraph ones).
 */
final class QuoteGold {

    /** One passage: the post to run and the quotes it must yield. */
    record Case(String id, Post post, List<Quote> expected) {
    }

    private QuoteGold() {
    }

    static List<Case> load() throws IOException {
        ObjectMapper om = new ObjectMapper();
        List<Case> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                QuoteGold.class.getResourceAsStream("/extract/quotes-gold.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = om.readTree(line);
                String id = n.get("id").asText();
                String text = n.get("text").asText();
                List<EntityRef> ents = new ArrayList<>();
                for (JsonNode e : n.get("entities")) {
                    List<Mention> ms = new ArrayList<>();
                    for (JsonNode m : e.get("mentions")) {
                        String s = m.asText();
                        int from = 0;
                        int at;
                        boolean any = false;
                        while ((at = text.indexOf(s, from)) >= 0) {
                            ms.add(new Mention("text", cp(text, at), cp(text, at + s.length()), s));
                            from = at + s.length();
                            any = true;
                        }
                        if (!any) {
                            throw new IllegalStateException(id + ": mention not in text: " + s);
                        }
                    }
                    ms.sort((a, b) -> Integer.compare(a.start(), b.start()));
                    List<Mention> dedup = new ArrayList<>();
                    for (Mention m : ms) {
                        if (dedup.isEmpty() || dedup.get(dedup.size() - 1).start() != m.start()) {
                            dedup.add(m);
                        }
                    }
                    ents.add(new EntityRef(e.get("id").asText(), e.get("name").asText(), e.get("type").asText(), true, 1.0, dedup));
                }
                List<Quote> exp = new ArrayList<>();
                for (JsonNode q : n.get("quotes")) {
                    String qt = q.get("text").asText();
                    String[] parts = qt.split(" … |\n");
                    int s = text.indexOf(parts[0]);
                    int lastAt = text.indexOf(parts[parts.length - 1], s);
                    if (s < 0 || lastAt < 0) {
                        throw new IllegalStateException(id + ": quote not in text: " + qt);
                    }
                    exp.add(new Quote(qt, txt(q, "speaker"), txt(q, "speaker_id"), txt(q, "verb"), cp(text, s),
                            cp(text, lastAt + parts[parts.length - 1].length())));
                }
                Post p = Post.builder(Source.of("gold/" + id, Format.TELEGRAM_EXPORT)).text(text)
                        .language(n.get("lang").asText()).entities(ents).build();
                out.add(new Case(id, p, exp));
            }
        }
        return out;
    }

    private static String txt(JsonNode q, String f) {
        JsonNode v = q.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static int cp(String s, int charOffset) {
        return s.codePointCount(0, charOffset);
    }
}

package org.echotrace.ingest.records;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.echotrace.ingest.ReadContext;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;

/**
 * Maps one scraper record (a JSON object, or a CSV row turned into one) to a post, finding each field
 * under the names in {@link RecordFieldNames} or the user's {@code --map} override (which may be a dotted
 * path into nested objects, {@code text=message.text}).
 *
 * <p>A record without any text field is an error naming the record; a record whose text is empty is
 * still a post. Scraper Markdown ({@code [text](url)}, {@code **bold**} …) becomes plain text ({@link ScraperMarkdown}).
 */
final class RecordMapper {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{3,}");
    private static final Pattern CHANNEL_PREFIX = Pattern.compile(
            "^(?:https?://)?(?:www\\.)?(?:t\\.me|telegram\\.me|telegram\\.dog)/(?:s/)?|^@");
    private static final Pattern VIEWS = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*([KkMmКкМм]?)");
    private static final List<String> NAME_KEYS = List.of("name", "title", "username", "from_name", "channel",
            "display_name", "screen_name", "text");

    private final Format format;
    private final Map<String, String> overrides;
    private final RecordFieldNames names;

    RecordMapper(Format format, Map<String, String> overrides) {
        this.format = format;
        this.overrides = Map.copyOf(overrides);
        this.names = RecordFieldNames.standard();
    }

    /**
     * Emits the post of {@code record}, or reports an error naming {@code where} when it has no text.
     *
     * @param defaults top-level fields of a wrapping object ({@code {"channel":"x","posts":[…]}}), or null
     */
    void map(JsonNode record, JsonNode defaults, String where, ReadContext context) {
        if (record == null || !record.isObject()) {
            context.skipRecord(where, "not a JSON object, skipped");
            return;
        }
        Map<String, JsonNode> byName = lowerCased(record);
        JsonNode textNode = find(record, byName, "text");
        if (textNode == null) {
            context.skipRecord(where, "no text field (looked for " + describeNames("text") + "), record skipped");
            return;
        }
        ScraperMarkdown markdown = ScraperMarkdown.flatten(textOf(textNode));
        String text = markdown.text();
        String id = scalar(find(record, byName, "id"));
        String url = scalar(find(record, byName, "url"));
        JsonNode channelNode = find(record, byName, "channel");
        if (channelNode == null && defaults != null) {
            channelNode = find(defaults, lowerCased(defaults), "channel");
        }
        String channelRaw = name(channelNode);
        Source source = context.source(format).withItem(id, url);
        if (channelRaw != null) {
            String channel = CHANNEL_PREFIX.matcher(channelRaw).replaceFirst("");
            source = source.withChannel(channel, USERNAME.matcher(channel).matches() ? null : channelRaw);
        }
        Post.Builder post = Post.builder(source).text(text).urls(markdown.urls());
        String title = scalar(find(record, byName, "title"));
        if (title != null) {
            post.title(ScraperMarkdown.flatten(title).text());
        }
        post.author(name(find(record, byName, "author")));
        post.forwardedFrom(name(find(record, byName, "forwarded_from")));
        JsonNode dateNode = find(record, byName, "date");
        if (dateNode != null && !dateNode.isNull()) {
            String published = dateNode.isNumber() ? RecordDates.fromEpoch(dateNode.asDouble())
                    : dateNode.isTextual() ? RecordDates.parse(dateNode.asText()) : null;
            if (published == null && !(dateNode.isTextual() && dateNode.asText().isBlank())) {
                context.warn(where, "unrecognised date " + abbreviate(dateNode.toString()) + ", left empty");
            }
            post.published(published);
        }
        post.views(views(find(record, byName, "views")));
        context.emit(post);
    }

    private String describeNames(String field) {
        String o = overrides.get(field);
        return o != null ? "'" + o + "'" : String.join(", ", names.namesFor(field));
    }

    private JsonNode find(JsonNode record, Map<String, JsonNode> byName, String field) {
        String override = overrides.get(field);
        if (override != null) {
            return path(record, byName, override);
        }
        for (String n : names.namesFor(field)) {
            JsonNode v = byName.get(n.toLowerCase(Locale.ROOT));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Follows a dotted path; an exact key containing dots wins over the walk. */
    private static JsonNode path(JsonNode record, Map<String, JsonNode> byName, String path) {
        JsonNode exact = byName.get(path.toLowerCase(Locale.ROOT));
        if (exact != null || path.indexOf('.') < 0) {
            return exact;
        }
        JsonNode node = record;
        for (String part : path.split("\\.")) {
            if (node == null || !node.isObject()) {
                return null;
            }
            JsonNode next = node.get(part);
            node = next != null ? next : lowerCased(node).get(part.toLowerCase(Locale.ROOT));
        }
        return node;
    }

    private static Map<String, JsonNode> lowerCased(JsonNode object) {
        Map<String, JsonNode> m = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = object.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            m.putIfAbsent(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
        }
        return m;
    }

    /** Text from a string, a Telegram-export-style array of strings and entity objects, or an object's text. */
    private static String textOf(JsonNode node) {
        if (node.isNull()) {
            return "";
        }
        if (node.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode part : node) {
                sb.append(part.isObject() ? textOf(part.path("text")) : part.isValueNode() ? part.asText() : "");
            }
            return sb.toString();
        }
        if (node.isObject()) {
            JsonNode inner = node.get("text");
            return inner == null ? "" : textOf(inner);
        }
        return node.isMissingNode() ? "" : node.asText();
    }

    private static String scalar(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode() || node.isMissingNode()) {
            return null;
        }
        String s = node.isIntegralNumber() ? node.bigIntegerValue().toString() : node.asText().strip();
        return s.isEmpty() ? null : s;
    }

    /** A display name: a string, or the first name-like member of an object. */
    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            for (String k : NAME_KEYS) {
                String v = scalar(node.get(k));
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
        return scalar(node);
    }

    private static Long views(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.asLong();
        }
        var m = VIEWS.matcher(node.asText().strip());
        if (!m.matches()) {
            return null;
        }
        double v = Double.parseDouble(m.group(1).replace(',', '.'));
        String suffix = m.group(2).toUpperCase(Locale.ROOT);
        double mult = suffix.equals("K") || suffix.equals("К") ? 1e3 : suffix.equals("M") || suffix.equals("М") ? 1e6 : 1;
        return Math.round(v * mult);
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}

package org.echotrace.ingest.telegram;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.echotrace.ingest.Input;
import org.echotrace.ingest.InputException;
import org.echotrace.ingest.PostReader;
import org.echotrace.ingest.ReadContext;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a Telegram Desktop export ({@code result.json} of one channel or chat, or of a whole account with
 * a {@code chats.list}) into one post per message, streaming: the top-level fields are read token by
 * token and each message object is materialised alone, so a gigabyte export runs in constant memory.
 *
 * <p>Mapping: {@code name} → {@code source.channelTitle}; message {@code id} → {@code source.itemId};
 * {@code date_unixtime} (else the offset-less local {@code date}) → {@code published}; {@code edited*} →
 * {@code edited}; the {@code author} signature, else {@code from} → {@code author};
 * {@code forwarded_from} → {@code forwardedFrom}; {@code reply_to_message_id} → {@code replyTo}; {@code text} (or {@code text_entities} when
 * {@code text} is empty) is flattened by {@link TelegramText}; {@code reactions} → emoji to count
 * ({@code custom:<document_id>} for custom emoji, {@code paid} for paid stars); a media-only message is a
 * post with empty text and a {@code mediaType}. The export names no username, so {@code source.channel}
 * stays null. Service messages (pins, joins, title changes) are skipped and counted in the debug log.
 *
 * <p>A message that is not an object or lacks a numeric {@code id} is reported as an error and skipped;
 * malformed JSON or JSON beyond Jackson's safety limits (nesting depth 1000) ends the input with an
 * {@link InputException} naming line and column.
 */
public final class TelegramExportReader implements PostReader {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramExportReader.class);

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY).build();
    private static final Pattern SOURCE_REF = Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");
    private static final Pattern CONSTRAINT_HINT = Pattern.compile(",? *from `[^`]*`");

    @Override
    public Format format() {
        return Format.TELEGRAM_EXPORT;
    }

    @Override
    public void read(Input input, ReadContext context) throws IOException {
        Run run = new Run(context);
        try (JsonParser p = FACTORY.createParser(input.reader())) {
            try {
                JsonToken first = p.nextToken();
                if (first != JsonToken.START_OBJECT) {
                    throw new InputException(position(p.currentTokenLocation()),
                            "not a Telegram export: expected a JSON object, found " + describe(first));
                }
                run.readChat(p);
            } catch (StreamConstraintsException e) {
                // limits (nesting depth, string length) carry no location of their own
                throw new InputException(position(e.getLocation() != null ? e.getLocation() : p.currentLocation()),
                        "JSON beyond safety limits: " + clean(e.getOriginalMessage()), e);
            } catch (JsonProcessingException e) {
                throw new InputException(position(e.getLocation() != null ? e.getLocation() : p.currentLocation()),
                        "malformed JSON: " + clean(e.getOriginalMessage()), e);
            }
            if (!run.sawMessages) {
                throw new InputException(null, "not a Telegram export: no \"messages\" array");
            }
        }
        LOG.debug("{}: {} posts, {} service messages skipped", context.path(), context.emitted(), run.service);
    }

    /** State of one read: the chat being read and the counts. */
    private final class Run {
        private final ReadContext context;
        private boolean sawMessages;
        private long service;
        private long ordinal;

        Run(ReadContext context) {
            this.context = context;
        }

        /** Reads the fields of a chat object whose START_OBJECT is the current token. */
        void readChat(JsonParser p) throws IOException {
            String name = null;
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "name" -> name = value == JsonToken.VALUE_STRING ? p.getText() : skip(p, name);
                    case "messages" -> {
                        if (value == JsonToken.START_ARRAY) {
                            sawMessages = true;
                            readMessages(p, context.source(Format.TELEGRAM_EXPORT).withChannel(null, name));
                        } else {
                            context.warn(position(p.currentTokenLocation()), "\"messages\" is not an array; ignored");
                            p.skipChildren();
                        }
                    }
                    case "chats", "left_chats" -> readChatList(p, value);
                    default -> p.skipChildren();
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw new InputException(position(p.currentTokenLocation()), "malformed JSON: unexpected " + describe(t));
            }
        }

        /** Reads {@code {"about": …, "list": [chat, …]}} of a full-account export. */
        private void readChatList(JsonParser p, JsonToken value) throws IOException {
            if (value != JsonToken.START_OBJECT) {
                p.skipChildren();
                return;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (field.equals("list") && v == JsonToken.START_ARRAY) {
                    JsonToken item;
                    while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
                        if (item == JsonToken.START_OBJECT) {
                            readChat(p);
                        } else {
                            p.skipChildren();
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        }

        private void readMessages(JsonParser p, Source chat) throws IOException {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                ordinal++;
                JsonLocation at = p.currentTokenLocation();
                JsonNode node = MAPPER.readTree(p);
                String where = "message " + ordinal + ", line " + at.getLineNr();
                if (node == null || !node.isObject()) {
                    context.skipRecord(where, "message is not a JSON object; skipped");
                    continue;
                }
                message(node, chat, where);
            }
        }

        private void message(JsonNode m, Source chat, String where) {
            JsonNode id = m.get("id");
            if (id == null || !id.isIntegralNumber()) {
                context.skipRecord(where, "message \"id\" is " + (id == null ? "missing" : "not an integer: " + abbreviate(id))
                        + "; skipped");
                return;
            }
            String type = text(m, "type");
            if (type != null && !type.equals("message")) {
                service++;
                return;
            }
            JsonNode textValue = m.get("text");
            if (textValue != null && !textValue.isNull() && !textValue.isTextual() && !textValue.isArray()) {
                context.skipRecord(where, "message \"text\" is neither a string nor an array; skipped");
                return;
            }
            TelegramText text = TelegramText.fromExport(textValue);
            if (text.isEmpty()) {
                TelegramText entities = TelegramText.fromExport(m.get("text_entities"));
                if (!entities.isEmpty()) {
                    text = entities;
                }
            }
            String messageId = id.asText();
            Post.Builder post = Post.builder(chat.withItem(messageId, null))
                    .text(text.text().isEmpty() ? poll(m) : text.text())
                    .published(date(m, "date_unixtime", "date", where))
                    .edited(date(m, "edited_unixtime", "edited", where))
                    .author(firstNonBlank(text(m, "author"), text(m, "from")))
                    .forwardedFrom(firstNonBlank(text(m, "forwarded_from"), text(m, "saved_from")))
                    .replyTo(text(m, "reply_to_message_id"))
                    .place(firstNonBlank(text(m, "place_name"), text(m, "address")))
                    .urls(text.urls())
                    .hashtags(text.hashtags())
                    .mentions(text.mentions())
                    .mediaType(mediaType(m))
                    .reactions(reactions(m.get("reactions")));
            JsonNode views = m.get("views");
            if (views != null && views.isIntegralNumber()) {
                post.views(views.longValue());
            } else if (views != null && views.isTextual()) {
                post.views(CountParser.parseOrNull(views.textValue()));
            }
            context.emit(post);
        }

        private String date(JsonNode m, String unixField, String localField, String where) {
            String unix = text(m, unixField);
            if (unix != null) {
                try {
                    return Instant.ofEpochSecond(Long.parseLong(unix.strip())).toString();
                } catch (NumberFormatException | java.time.DateTimeException e) {
                    // fall back to the local time
                }
            }
            String local = text(m, localField);
            if (local == null) {
                if (unix != null) {
                    context.warn(where, "unreadable \"" + unixField + "\": " + abbreviate(m.get(unixField)));
                }
                return null;
            }
            try {
                // Telegram writes the exporting machine's local time without an offset; keep it as such
                return LocalDateTime.parse(local.strip()).toString();
            } catch (DateTimeParseException e) {
                context.warn(where, "unreadable \"" + localField + "\": " + abbreviate(m.get(localField)));
                return null;
            }
        }
    }

    /** The kind of media a message carries, in the export's own vocabulary; null for plain text. */
    private static String mediaType(JsonNode m) {
        if (m.hasNonNull("photo")) {
            return "photo";
        }
        String mediaType = text(m, "media_type");
        if (mediaType != null && !mediaType.isBlank()) {
            return mediaType;
        }
        if (m.hasNonNull("file")) {
            return "file";
        }
        if (m.has("poll")) {
            return "poll";
        }
        if (m.has("location_information")) {
            return "location";
        }
        if (m.has("contact_information")) {
            return "contact";
        }
        return null;
    }

    /** A poll's question and answers, one a line, as the text of a message that has no other text. */
    private static String poll(JsonNode m) {
        JsonNode poll = m.get("poll");
        if (poll == null || !poll.isObject()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(poll.path("question").asText("").strip());
        for (JsonNode answer : poll.path("answers")) {
            String a = answer.path("text").asText("").strip();
            if (!a.isEmpty()) {
                sb.append('\n').append(a);
            }
        }
        return sb.toString().strip();
    }

    private static Map<String, Long> reactions(JsonNode list) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (list == null || !list.isArray()) {
            return out;
        }
        for (JsonNode r : list) {
            JsonNode count = r.get("count");
            if (count == null || !count.canConvertToLong() || count.longValue() < 0) {
                continue;
            }
            String key = switch (r.path("type").asText("")) {
                case "emoji" -> firstNonBlank(text(r, "emoji"), null);
                case "custom_emoji" -> r.hasNonNull("document_id") ? "custom:" + r.get("document_id").asText() : null;
                case "paid" -> "paid";
                default -> firstNonBlank(text(r, "emoji"), null);
            };
            if (key != null) {
                out.merge(key, count.longValue(), Long::sum);
            }
        }
        return out;
    }

    /** A scalar field's text, or null when absent, null or structured. */
    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isValueNode() && !v.isNull() ? v.asText() : null;
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.strip();
        }
        return b == null || b.isBlank() ? null : b.strip();
    }

    private static String skip(JsonParser p, String keep) throws IOException {
        p.skipChildren();
        return keep;
    }

    private static String abbreviate(JsonNode v) {
        String s = v == null ? "null" : v.toString();
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "end of input";
        }
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name() : "'" + t.asString() + "'";
        };
    }

    private static String position(JsonLocation at) {
        if (at == null || at.getLineNr() < 1) {
            return null;
        }
        return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** Jackson's message on one line, with its source references reduced to line and column. */
    private static String clean(String message) {
        if (message == null) {
            return "unreadable";
        }
        String s = SOURCE_REF.matcher(message).replaceAll("line $1, column $2");
        s = CONSTRAINT_HINT.matcher(s).replaceAll("");
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}

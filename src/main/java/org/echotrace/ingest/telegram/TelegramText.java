package org.echotrace.ingest.telegram;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The plain text of one Telegram message, flattened from its rich-text form, with the links, hashtags
 * and mentions its markup carried. Two forms are understood: the Desktop export's {@code text} array
 * (strings mixed with entity objects) and the web preview's {@code tgme_widget_message_text} element.
 *
 * <p>Markup-only information matters here: a {@code text_link} entity or an {@code <a href>} shows
 * "here" but points to a URL the text alone never reveals.
 *
 * @param text     the text, line breaks kept, surrounding whitespace trimmed
 * @param urls     link targets in order of appearance, without duplicates
 * @param hashtags hashtags without {@code #}
 * @param mentions usernames without {@code @}
 */
public record TelegramText(String text, List<String> urls, List<String> hashtags, List<String> mentions) {

    private static final TelegramText EMPTY = new TelegramText("", List.of(), List.of(), List.of());

    public TelegramText {
        text = text == null ? "" : text;
        urls = List.copyOf(urls);
        hashtags = List.copyOf(hashtags);
        mentions = List.copyOf(mentions);
    }

    /** True when there is no text. */
    public boolean isEmpty() {
        return text.isEmpty();
    }

    /**
     * Flattens an export's {@code text} or {@code text_entities} value: a string, or an array of strings
     * and entity objects such as {@code {"type":"text_link","text":"here","href":"https://…"}}.
     * Values of any other JSON type give an empty text.
     */
    public static TelegramText fromExport(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return EMPTY;
        }
        if (value.isTextual()) {
            return new TelegramText(value.textValue().strip(), List.of(), List.of(), List.of());
        }
        if (!value.isArray()) {
            return EMPTY;
        }
        Collector c = new Collector();
        for (JsonNode part : value) {
            if (part.isTextual()) {
                c.text.append(part.textValue());
            } else if (part.isObject()) {
                entity(part, c);
            }
        }
        return c.build(c.text.toString().strip());
    }

    private static void entity(JsonNode part, Collector c) {
        JsonNode textNode = part.get("text");
        String text = textNode != null && textNode.isValueNode() && !textNode.isNull() ? textNode.asText() : "";
        String type = part.path("type").asText("");
        c.text.append(text);
        switch (type) {
            case "text_link" -> {
                String href = part.path("href").asText("");
                if (!href.isBlank()) {
                    c.urls.add(href.strip());
                }
            }
            case "link" -> {
                if (!text.isBlank()) {
                    c.urls.add(text.strip());
                }
            }
            case "hashtag" -> addStripped(c.hashtags, text, '#');
            case "mention" -> addStripped(c.mentions, text, '@');
            default -> {
                // bold, italic, code, pre, spoiler, custom_emoji, blockquote, email, phone, mention_name,
                // bot_command, cashtag, …: their text is all that matters
            }
        }
    }

    private static void addStripped(Set<String> into, String text, char prefix) {
        String s = text.strip();
        if (!s.isEmpty() && s.charAt(0) == prefix) {
            s = s.substring(1);
        }
        if (!s.isEmpty()) {
            into.add(s);
        }
    }

    /**
     * Flattens a web-preview text element: {@code <br>} and block boundaries become line breaks, other
     * whitespace collapses to single spaces, emoji images give their {@code <b>} character, {@code <a>}
     * targets go to {@link #urls()} (hashtag search links give {@link #hashtags()} instead, and
     * {@code @username} links give {@link #mentions()}).
     */
    public static TelegramText fromHtml(Element element) {
        Collector c = new Collector();
        element.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    if (insidePre(t)) {
                        c.text.append(t.getWholeText());
                    } else {
                        appendCollapsed(c.text, t.getWholeText());
                    }
                } else if (node instanceof Element e && depth > 0) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        c.text.append('\n');
                    } else if (isBlock(tag)) {
                        newline(c.text);
                    } else if (tag.equals("a")) {
                        link(e, c);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && depth > 0 && isBlock(e.normalName())) {
                    newline(c.text);
                }
            }
        });
        return c.build(tidyLines(c.text));
    }

    private static void link(Element a, Collector c) {
        String href = a.attr("href").strip();
        String label = a.text().strip();
        // the Desktop export writes hashtag and mention links with an empty href and an onclick handler
        if (href.startsWith("?q=") || href.contains("/s/?q=")
                || label.startsWith("#") && (href.contains("?q=") || href.isEmpty())) {
            addStripped(c.hashtags, label, '#');
        } else if (label.startsWith("@") && (href.contains("t.me/") || href.isEmpty())) {
            addStripped(c.mentions, label, '@');
        } else {
            String lower = href.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("tg://")) {
                c.urls.add(href);
            } else if (lower.startsWith("//")) {
                c.urls.add("https:" + href);
            }
        }
    }

    private static boolean insidePre(TextNode t) {
        for (Node p = t.parent(); p instanceof Element e; p = p.parent()) {
            if (e.normalName().equals("pre")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlock(String tag) {
        return switch (tag) {
            case "div", "p", "blockquote", "pre", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table",
                 "tr" -> true;
            default -> false;
        };
    }

    private static void newline(StringBuilder sb) {
        if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != '\n') {
            sb.append('\n');
        }
    }

    private static void appendCollapsed(StringBuilder sb, String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char ch = raw.charAt(i);
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f') {
                if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ' && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append(' ');
                }
            } else {
                sb.append(ch);
            }
        }
    }

    /** Strips spaces around each line, keeps at most one empty line in a row, trims the whole. */
    private static String tidyLines(CharSequence raw) {
        String[] lines = raw.toString().split("\n", -1);
        StringBuilder out = new StringBuilder(raw.length());
        int blanks = 0;
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty()) {
                blanks++;
                continue;
            }
            if (!out.isEmpty()) {
                out.append(blanks > 0 ? "\n\n" : "\n");
            }
            out.append(s);
            blanks = 0;
        }
        return out.toString();
    }

    private static final class Collector {
        final StringBuilder text = new StringBuilder();
        final Set<String> urls = new LinkedHashSet<>();
        final Set<String> hashtags = new LinkedHashSet<>();
        final Set<String> mentions = new LinkedHashSet<>();

        TelegramText build(String flat) {
            return new TelegramText(flat, new ArrayList<>(urls), new ArrayList<>(hashtags), new ArrayList<>(mentions));
        }
    }
}

package org.echotrace.ingest.telegram;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.echotrace.ingest.Input;
import org.echotrace.ingest.PostReader;
import org.echotrace.ingest.ReadContext;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a saved Telegram web preview page ({@code https://t.me/s/<channel>}, or a single-post embed
 * {@code https://t.me/<channel>/<id>?embed=1}) into one post per {@code div.tgme_widget_message}.
 *
 * <p>The channel header ({@code tgme_channel_info}) gives {@code source.channel} (the {@code @username}),
 * {@code channelTitle}, {@code description} and {@code counters} ({@code 12.4K subscribers} → 12400);
 * without a header the channel comes from the message's {@code data-post}. Each message gives its
 * {@code data-post} as {@code itemId} and {@code https://t.me/<data-post>} as {@code url}; the body is
 * {@code tgme_widget_message_text} with line breaks kept. Reply quotes and link-preview cards are not
 * body text (a preview's URL goes to {@code urls}); service messages ("Channel photo updated") are
 * skipped. Views and reaction counts are the page's rounded figures scaled back up by {@link CountParser}.
 */
public final class TelegramHtmlReader implements PostReader {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramHtmlReader.class);

    /** A saved page is parsed whole; real t.me/s pages are well under a megabyte. */
    private static final long MAX_CHARS = 64L * 1024 * 1024;

    /** Media containers in the order they are tested, and the media type (export vocabulary) each means. */
    private static final List<Map.Entry<String, String>> MEDIA = List.of(
            Map.entry(".tgme_widget_message_photo_wrap", "photo"),
            Map.entry(".tgme_widget_message_roundvideo_player", "video_message"),
            Map.entry(".tgme_widget_message_video_player", "video_file"),
            Map.entry(".tgme_widget_message_voice_player", "voice_message"),
            Map.entry(".tgme_widget_message_sticker_wrap", "sticker"),
            Map.entry(".tgme_widget_message_document", "file"),
            Map.entry(".tgme_widget_message_poll", "poll"),
            Map.entry(".tgme_widget_message_location_wrap", "location"),
            Map.entry(".message_media_not_supported", "unsupported"));

    @Override
    public Format format() {
        return Format.TELEGRAM_HTML;
    }

    @Override
    public void read(Input input, ReadContext context) throws IOException {
        Document doc = Jsoup.parse(input.readText(MAX_CHARS), "https://t.me/");
        Source page = header(doc, context.source(Format.TELEGRAM_HTML));
        int service = 0;
        int ordinal = 0;
        for (Element message : doc.select("div.tgme_widget_message")) {
            ordinal++;
            if (message.hasClass("service_message")) {
                service++;
                continue;
            }
            context.emit(post(message, page, ordinal, context));
        }
        Element card = doc.selectFirst(".tgme_page");
        if (ordinal == 0 && card != null && card.selectFirst(".tgme_page_title") != null) {
            // t.me/<channel> (not /s/): a contact card with the channel's title and counter, no post
            String title = textOf(card, ".tgme_page_title");
            String extra = textOf(card, ".tgme_page_extra");
            String username = null;
            Element action = card.selectFirst("a.tgme_action_button_new[href], a[href^=tg://resolve]");
            if (action != null) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("domain=([A-Za-z0-9_]+)")
                        .matcher(action.attr("href"));
                username = m.find() ? m.group(1) : null;
            }
            context.warn(null, "a t.me/<channel> contact page, not the channel's posts: "
                    + (username == null ? "" : "@" + username + " ") + "\"" + (title == null ? "" : title) + "\""
                    + (extra == null ? "" : ", " + extra) + "; save the t.me/s/<channel> page to get the posts");
        } else if (ordinal == 0) {
            context.warn(null, "no tgme_widget_message elements: not a saved Telegram channel page?");
        }
        LOG.debug("{}: {} posts, {} service messages skipped", context.path(), context.emitted(), service);
    }

    /** The channel header: username, title, description and counters. */
    private static Source header(Document doc, Source source) {
        Element info = doc.selectFirst(".tgme_channel_info");
        if (info == null) {
            return source;
        }
        String username = stripPrefix(textOf(info, ".tgme_channel_info_header_username"), '@');
        String title = textOf(info, ".tgme_channel_info_header_title");
        Element descriptionEl = info.selectFirst(".tgme_channel_info_description");
        String description = descriptionEl == null ? null : blankToNull(TelegramText.fromHtml(descriptionEl).text());
        Map<String, Long> counters = new LinkedHashMap<>();
        for (Element counter : info.select(".tgme_channel_info_counter")) {
            String type = textOf(counter, ".counter_type");
            Long value = CountParser.parseOrNull(textOf(counter, ".counter_value"));
            if (type != null && value != null) {
                counters.put(type.toLowerCase(Locale.ROOT), value);
            }
        }
        return source.withChannel(username, title).withHeader(counters, description);
    }

    private static Post.Builder post(Element message, Source page, int ordinal, ReadContext context) {
        String dataPost = blankToNull(message.attr("data-post"));
        String owner = textOf(message, ".tgme_widget_message_owner_name");
        Source source = page;
        if (source.channel() == null && dataPost != null && dataPost.indexOf('/') > 0) {
            source = source.withChannel(dataPost.substring(0, dataPost.indexOf('/')),
                    source.channelTitle() != null ? source.channelTitle() : owner);
        } else if (source.channelTitle() == null && owner != null) {
            source = source.withChannel(source.channel(), owner);
        }
        Element dateLink = message.selectFirst("a.tgme_widget_message_date");
        String url = dataPost != null ? "https://t.me/" + dataPost
                : dateLink == null ? null : blankToNull(dateLink.absUrl("href"));
        source = source.withItem(dataPost, url);

        TelegramText text = bodyText(message);
        List<String> urls = new ArrayList<>(text.urls());
        for (Element preview : message.select("a.tgme_widget_message_link_preview[href]")) {
            String href = preview.absUrl("href");
            if (!href.isEmpty() && !urls.contains(href)) {
                urls.add(href);
            }
        }
        String where = dataPost != null ? "message " + dataPost : "message " + ordinal;
        return Post.builder(source)
                .text(text.isEmpty() ? pollText(message) : text.text())
                .author(firstNonNull(textOf(message, ".tgme_widget_message_from_author"), owner))
                .forwardedFrom(forwardedFrom(message))
                .published(published(message, where, context))
                .urls(urls)
                .hashtags(text.hashtags())
                .mentions(text.mentions())
                .mediaType(mediaType(message))
                .reactions(reactions(message))
                .views(CountParser.parseOrNull(textOf(message, ".tgme_widget_message_views")));
    }

    /** The message's own text element, never one inside a reply quote or a link preview. */
    private static TelegramText bodyText(Element message) {
        for (Element el : message.select(".tgme_widget_message_text")) {
            if (el.closest(".tgme_widget_message_reply, .tgme_widget_message_link_preview") == null
                    && el.closest("div.tgme_widget_message") == message) {
                return TelegramText.fromHtml(el);
            }
        }
        return TelegramText.fromHtml(new Element("div"));
    }

    private static String pollText(Element message) {
        Element poll = message.selectFirst(".tgme_widget_message_poll");
        if (poll == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        String question = textOf(poll, ".tgme_widget_message_poll_question");
        if (question != null) {
            sb.append(question);
        }
        for (Element option : poll.select(".tgme_widget_message_poll_option_text")) {
            String o = option.text().strip();
            if (!o.isEmpty()) {
                sb.append('\n').append(o);
            }
        }
        return sb.toString().strip();
    }

    private static String forwardedFrom(Element message) {
        Element fwd = message.selectFirst(".tgme_widget_message_forwarded_from");
        if (fwd == null) {
            return null;
        }
        String name = textOf(fwd, ".tgme_widget_message_forwarded_from_name");
        if (name != null) {
            return name;
        }
        String all = fwd.text().strip();
        for (String prefix : List.of("Forwarded from", "Переслано от", "Переслано из")) {
            if (all.regionMatches(true, 0, prefix, 0, prefix.length())) {
                all = all.substring(prefix.length()).strip();
            }
        }
        return blankToNull(all);
    }

    private static String published(Element message, String where, ReadContext context) {
        Element time = message.selectFirst(".tgme_widget_message_date time[datetime]");
        if (time == null) {
            time = message.selectFirst(".tgme_widget_message_info time[datetime]");
        }
        if (time == null) {
            return null;
        }
        String value = time.attr("datetime").strip();
        try {
            OffsetDateTime.parse(value);
            return value;
        } catch (DateTimeParseException e) {
            context.warn(where, "unreadable datetime \"" + abbreviate(value) + "\"");
            return null;
        }
    }

    private static String mediaType(Element message) {
        for (Element group : message.select(".tgme_widget_message_grouped_wrap")) {
            if (group.closest(".tgme_widget_message_reply, .tgme_widget_message_link_preview") == null) {
                return albumType(group);
            }
        }
        for (Map.Entry<String, String> m : MEDIA) {
            for (Element el : message.select(m.getKey())) {
                if (el.closest(".tgme_widget_message_reply, .tgme_widget_message_link_preview") == null) {
                    return m.getValue();
                }
            }
        }
        return null;
    }

    /** A grouped album: {@code photo} when all its items are photos, {@code video_file} when all are videos, else {@code album}. */
    private static String albumType(Element group) {
        int photos = group.select(".tgme_widget_message_photo_wrap").size();
        int videos = group.select(".tgme_widget_message_video_player").size();
        int documents = group.select(".tgme_widget_message_document").size();
        if (videos > 0 && photos == 0 && documents == 0) {
            return "video_file";
        }
        if (documents > 0 && photos == 0 && videos == 0) {
            return "file";
        }
        return videos + documents == 0 ? "photo" : "album";
    }

    /**
     * Reactions as emoji to count, in page order: a custom emoji is {@code custom:<emoji-id>} and a paid
     * (star) reaction is {@code paid}, matching the export reader's keys.
     */
    private static Map<String, Long> reactions(Element message) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Element r : message.select(".tgme_widget_message_reactions .tgme_reaction")) {
            Element custom = r.selectFirst("tg-emoji[emoji-id]");
            Element emoji = r.selectFirst("i.emoji b, b");
            String key;
            if (r.hasClass("tgme_reaction_paid")) {
                key = "paid";
            } else if (custom != null) {
                key = "custom:" + custom.attr("emoji-id").strip();
            } else if (emoji != null && !emoji.text().isBlank()) {
                key = emoji.text().strip();
            } else {
                continue;
            }
            String countText = r.ownText();
            Long count = CountParser.parseOrNull(countText);
            if (count != null) {
                out.merge(key, count, Long::sum);
            }
        }
        return out;
    }

    private static String textOf(Element root, String selector) {
        Element el = root.selectFirst(selector);
        return el == null ? null : blankToNull(el.text().strip());
    }

    private static String stripPrefix(String s, char prefix) {
        return s != null && !s.isEmpty() && s.charAt(0) == prefix ? blankToNull(s.substring(1)) : s;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}

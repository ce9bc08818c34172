package org.echotrace.ingest.telegram;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.echotrace.ingest.Input;
import org.echotrace.ingest.PostReader;
import org.echotrace.ingest.ReadContext;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.echotrace.text.CueFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Telegram Desktop's HTML export (its default format: {@code messages.html}, {@code messages2.html} …
 * of one channel or chat) into one post per {@code div.message}, streaming message by message
 * ({@link MessageChunks}), so the pages of one export, handed over as one input in page order, read as one
 * source.
 *
 * <p>Mapping: the page header's title → {@code source.channelTitle}; {@code id="message123"} →
 * {@code itemId} {@code 123}; the {@code title} of {@code div.date} ({@code 19.12.2022 15:39:02 UTC+03:00})
 * → {@code published} with its offset (without one, a local time); the {@code signature}, else
 * {@code from_name} → {@code author}, carried over to the <em>joined</em> messages that follow (the exporter
 * omits the header of consecutive messages by one sender); a {@code forwarded body} gives
 * {@code forwardedFrom} and {@code forwardedPublished}; {@code reply_to} → {@code replyTo} (the replied
 * message's id, never text); {@code div.text} with links kept as URLs; reactions; the media type from the
 * classes in {@code telegram-export-html-media.txt}. Service messages (joins, pins, title changes) are counted,
 * not emitted; date separators are page furniture.
 */
public final class TelegramExportHtmlReader implements PostReader {

    private static final Logger LOG = LoggerFactory.getLogger(TelegramExportHtmlReader.class);

    /** One message longer than this (characters of HTML) is skipped with a warning. */
    static final long MAX_MESSAGE_CHARS = 32L * 1024 * 1024;

    private static final Pattern DATE = Pattern.compile(
            "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*UTC\\s*([+-]\\d{1,2}):?(\\d{2})?)?");
    private static final Pattern EDITED = Pattern.compile("(?i)edited\\s*:?\\s*");
    private static final Pattern REPLY_ID = Pattern.compile("go_to_message(\\d+)|GoToMessage\\((\\d+)\\)");
    private static final Pattern MESSAGE_ID = Pattern.compile("message(-?\\d+)");

    private final List<Map.Entry<String, List<String>>> media = new ArrayList<>();

    public TelegramExportHtmlReader() {
        for (CueFile.Entry e : CueFile.load(getClass(), "telegram-export-html-media.txt")) {
            media.add(Map.entry(e.key(), e.values()));
        }
    }

    @Override
    public Format format() {
        return Format.TELEGRAM_EXPORT_HTML;
    }

    @Override
    public void read(Input input, ReadContext context) throws IOException {
        MessageChunks chunks = new MessageChunks(input.reader(), MAX_MESSAGE_CHARS);
        MessageChunks.Chunk head = chunks.next();
        Source chat = context.source(Format.TELEGRAM_EXPORT_HTML).withChannel(null, title(head.text()));
        Sender last = new Sender(null, null);
        long messages = 0;
        long ordinal = 0;
        MessageChunks.Chunk chunk;
        while ((chunk = chunks.next()) != null) {
            ordinal++;
            if (chunk.dropped() > 0) {
                context.skipRecord("message " + ordinal, "message of " + chunk.dropped()
                        + " characters is longer than the limit of " + MAX_MESSAGE_CHARS + ", skipped");
                last = new Sender(null, null);
                continue;
            }
            Element m = Jsoup.parseBodyFragment(chunk.text()).body().selectFirst("div.message");
            if (m == null) {
                continue;
            }
            messages++;
            Matcher id = MESSAGE_ID.matcher(m.id());
            if (m.hasClass("service")) {
                if (!id.matches() || !id.group(1).startsWith("-")) {
                    context.skip("service messages");
                }
                continue;
            }
            String where = id.matches() ? "message " + id.group(1) : "message " + ordinal;
            if (!id.matches()) {
                context.skipRecord(where, "message without an id=\"message…\" attribute, skipped");
                continue;
            }
            last = sender(m, last);
            context.emit(post(m, chat.withItem(id.group(1), null), last, where, context));
        }
        if (messages == 0) {
            context.warn(null, "no div.message elements: not a Telegram Desktop HTML export page?");
        }
        LOG.debug("{}: {} posts", context.path(), context.emitted());
    }

    /** Who sent a message: its own header, or the previous message's for a joined one. */
    private record Sender(String from, String signature) {
    }

    private static Sender sender(Element m, Sender previous) {
        Element from = own(m, "div.from_name");
        String name = from == null ? null : blankToNull(from.ownText().strip());
        Element signature = own(m, "div.signature");
        String sig = signature == null ? null : blankToNull(signature.text().strip());
        if (name == null && m.hasClass("joined")) {
            return new Sender(previous.from(), sig != null ? sig : previous.signature());
        }
        return new Sender(name, sig);
    }

    private Post.Builder post(Element m, Source source, Sender sender, String where, ReadContext context) {
        Element text = own(m, "div.text");
        TelegramText t = text == null ? TelegramText.fromHtml(new Element("div")) : TelegramText.fromHtml(text);
        Element dateEl = own(m, "div.date[title]");
        String[] dates = dateEl == null ? new String[] {null, null} : dates(dateEl.attr("title"), where, context);
        Post.Builder post = Post.builder(source)
                .text(t.isEmpty() ? pollText(m) : t.text())
                .published(dates[0])
                .edited(dates[1])
                .author(sender.signature() != null ? sender.signature() : sender.from())
                .replyTo(replyTo(m))
                .urls(t.urls())
                .hashtags(t.hashtags())
                .mentions(t.mentions())
                .mediaType(mediaType(m))
                .reactions(reactions(m));
        Element fwd = m.selectFirst("div.forwarded.body");
        if (fwd != null && fwd.closest("div.reply_to") == null) {
            Element name = fwd.selectFirst("div.from_name");
            if (name != null) {
                post.forwardedFrom(blankToNull(name.ownText().strip()));
                Element when = name.selectFirst(".date[title], .details[title]");
                String raw = when != null ? when.attr("title") : name.select(".details, .date").text();
                post.forwardedPublished(parseDate(raw));
            }
        }
        return post;
    }

    /** The first element matching {@code selector} that belongs to the message itself, not to a reply quote or a forward. */
    private static Element own(Element m, String selector) {
        for (Element el : m.select(selector)) {
            if (el.closest("div.reply_to") == null && (el.closest("div.forwarded") == null
                    || selector.startsWith("div.text"))) {
                return el;
            }
        }
        return null;
    }

    private static String title(String head) {
        if (head.isBlank()) {
            return null;
        }
        Document doc = Jsoup.parse(head);
        Element title = doc.selectFirst(".page_header .text.bold, .page_header .text");
        return title == null ? null : blankToNull(title.text().strip());
    }

    /** Published and edited from a date's {@code title}: {@code 19.12.2022 15:39:02 UTC+03:00[ Edited: …]}. */
    private static String[] dates(String title, String where, ReadContext context) {
        String[] out = new String[2];
        Matcher edited = EDITED.matcher(title);
        String main = title;
        if (edited.find()) {
            main = title.substring(0, edited.start());
            out[1] = parseDate(title.substring(edited.end()));
        }
        out[0] = parseDate(main);
        if (out[0] == null && !main.isBlank()) {
            context.warn(where, "unreadable date \"" + abbreviate(main.strip()) + "\"");
        }
        return out;
    }

    /** {@code 19.12.2022 15:39:02 UTC+03:00} → {@code 2022-12-19T15:39:02+03:00}; without an offset, a local time. */
    static String parseDate(String s) {
        if (s == null) {
            return null;
        }
        Matcher d = DATE.matcher(s);
        if (!d.find()) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)),
                    Integer.parseInt(d.group(1)), Integer.parseInt(d.group(4)), Integer.parseInt(d.group(5)),
                    d.group(6) == null ? 0 : Integer.parseInt(d.group(6)));
            if (d.group(7) == null) {
                return local.toString();
            }
            int hours = Integer.parseInt(d.group(7));
            int minutes = d.group(8) == null ? 0 : Integer.parseInt(d.group(8));
            ZoneOffset offset = ZoneOffset.ofHoursMinutes(hours, hours < 0 || d.group(7).startsWith("-") ? -minutes : minutes);
            return OffsetDateTime.of(local, offset).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String replyTo(Element m) {
        Element reply = m.selectFirst("div.reply_to");
        if (reply == null) {
            return null;
        }
        for (Element a : reply.select("a")) {
            Matcher r = REPLY_ID.matcher(a.attr("href") + " " + a.attr("onclick"));
            if (r.find()) {
                return r.group(1) != null ? r.group(1) : r.group(2);
            }
        }
        return null;
    }

    private String mediaType(Element m) {
        for (Map.Entry<String, List<String>> kind : media) {
            for (String cls : kind.getValue()) {
                for (Element el : m.getElementsByClass(cls)) {
                    if (el.closest("div.reply_to") == null) {
                        return kind.getKey();
                    }
                }
            }
        }
        return null;
    }

    private static String pollText(Element m) {
        Element poll = m.selectFirst("div.media_poll");
        if (poll == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        Element question = poll.selectFirst(".question");
        if (question != null) {
            sb.append(question.text().strip());
        }
        for (Element answer : poll.select(".answer")) {
            String a = answer.text().strip();
            if (!a.isEmpty()) {
                sb.append('\n').append(a.startsWith("- ") ? a.substring(2) : a);
            }
        }
        return sb.toString().strip();
    }

    /** Emoji to count; a reaction shown with the reactors' pictures instead of a count counts them. */
    private static Map<String, Long> reactions(Element m) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Element r : m.select("div.reactions .reaction")) {
            Element emoji = r.selectFirst(".emoji");
            String key = emoji == null ? null : blankToNull(emoji.text().strip());
            if (key == null && r.hasClass("paid")) {
                key = "paid";
            }
            if (key == null) {
                continue;
            }
            Element countEl = r.selectFirst(".count");
            Long count = countEl != null ? CountParser.parseOrNull(countEl.text().strip())
                    : Long.valueOf(r.select(".userpic").size());
            if (count != null && count > 0) {
                out.merge(key, count, Long::sum);
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}

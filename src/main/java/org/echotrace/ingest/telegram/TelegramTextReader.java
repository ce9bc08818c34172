package org.echotrace.ingest.telegram;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.echotrace.text.TextDate;
import org.echotrace.text.TextDates;
import org.echotrace.ingest.Input;
import org.echotrace.ingest.PostReader;
import org.echotrace.ingest.ReadContext;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;

/**
 * Reads a Telegram channel page saved as plain text (copied from a browser or written by a text scraper):
 * an optional channel header (title, {@code @username}, counters such as {@code 12.4K subscribers}, a
 * description, a join button label) and then the posts.
 *
 * <p>Real dumps have no reliable separator, so posts are segmented on strong cues only: a
 * {@code Forwarded from …} line, the channel title repeated above a post, a media marker ({@code Photo})
 * opening a post, a date header ({@code March 7}, {@code 7 марта}) and a view-count footer
 * ({@code 1.2K views 14:05}) or reactions line ({@code 👍15🔥2}) closing one. Whether footers close or open
 * posts is decided from the first footer: if no text came before it, footers lead. Counters, forwards,
 * reactions, views, media markers and page furniture become fields or are dropped, never body text; a body
 * given twice (preview, then full text) is kept once. A date header applies to the posts after it and is
 * combined with a footer's time ({@code --03-07T14:05:00} when the year is unknown).
 *
 * <p>The input is streamed line by line; lines and posts are capped so a hostile input cannot exhaust
 * memory.
 */
public final class TelegramTextReader implements PostReader {
    static final int HEADER_MAX_LINES = 40;
    static final int MAX_LINE_CHARS = 100_000;
    static final int MAX_POST_CHARS = 1_000_000;

    @Override
    public Format format() {
        return Format.TELEGRAM_TEXT;
    }

    @Override
    public void read(Input input, ReadContext context) throws IOException {
        TelegramTextCues cues = TelegramTextCues.get();
        Lines lines = new Lines(input.reader(), context);
        List<String> head = new ArrayList<>();
        String line;
        while (head.size() < HEADER_MAX_LINES && (line = lines.next()) != null) {
            head.add(line);
            String s = line.strip();
            if (cues.isJoinLabel(s) || strongPostCue(cues, s)) {
                break;
            }
        }
        Header header = Header.parse(head, cues);
        if (head.stream().anyMatch(cues::isContactPage)) {
            context.warn(null, "a t.me/<channel> contact page, not the channel's posts: "
                    + (header.channel() == null ? "" : "@" + header.channel() + " ")
                    + (header.title() == null ? "(no title)" : "\"" + header.title() + "\"")
                    + (header.counters().isEmpty() ? "" : ", " + header.counters().entrySet().iterator().next().getValue()
                    + " " + header.counters().keySet().iterator().next())
                    + "; save the t.me/s/<channel> page to get the posts");
            return;
        }
        Source source = context.source(Format.TELEGRAM_TEXT).withChannel(header.channel(), header.title())
                .withHeader(header.counters(), header.description());
        Segmenter segmenter = new Segmenter(cues, header.title(), source, context);
        for (int i = header.postsStart(); i < head.size(); i++) {
            segmenter.accept(head.get(i), i + 1);
        }
        while ((line = lines.next()) != null) {
            segmenter.accept(line, lines.number());
        }
        segmenter.finish();
    }

    private static boolean strongPostCue(TelegramTextCues cues, String s) {
        return cues.forwardedFrom(s).isPresent() || cues.footer(s).isPresent() || cues.reactions(s).isPresent()
                || !s.isEmpty() && TextDates.parseWhole(TelegramTextCues.spaces(s)).isPresent();
    }

    /** The channel header: what precedes the first post. */
    record Header(String title, String channel, Map<String, Long> counters, String description, int postsStart) {

        static Header parse(List<String> head, TelegramTextCues cues) {
            int end = -1;
            int postsStart = -1;
            boolean counted = false;
            for (int i = 0; i < head.size(); i++) {
                String s = head.get(i).strip();
                if (cues.isJoinLabel(s)) {
                    end = i;
                    postsStart = i + 1;
                    break;
                }
                if (strongPostCue(cues, s)) {
                    end = i;
                    postsStart = i;
                    break;
                }
                counted |= cues.counter(s).isPresent();
            }
            if (end < 0) {
                end = head.size();
                postsStart = head.size();
            }
            if (postsStart == end && !counted) {
                // neither a join button nor counters: no header, the posts start at once
                return new Header(null, null, Map.of(), null, 0);
            }
            String title = null;
            String channel = null;
            Map<String, Long> counters = new LinkedHashMap<>();
            List<String> description = new ArrayList<>();
            for (int i = 0; i < end; i++) {
                String s = head.get(i).strip();
                if (s.isEmpty()) {
                    continue;
                }
                Optional<Map.Entry<String, Long>> c = cues.counter(s);
                String user = TelegramTextCues.username(s);
                if (c.isPresent()) {
                    counters.put(c.get().getKey(), c.get().getValue());
                } else if (user != null && channel == null) {
                    channel = user;
                } else if (title == null) {
                    title = s;
                } else if (TelegramTextCues.spaces(s).equalsIgnoreCase(TelegramTextCues.spaces(title))) {
                    // the title repeated above the first post (a dump without a join label)
                    postsStart = i;
                    break;
                } else if (!cues.isNoise(s)) {
                    description.add(s);
                }
            }
            return new Header(title, channel, counters, description.isEmpty() ? null : String.join("\n", description),
                    postsStart);
        }
    }

    /** Cuts the post lines into posts and emits them. */
    private static final class Segmenter {
        private final TelegramTextCues cues;
        private final String title;
        private final Source source;
        private final ReadContext context;
        private TextDate date;
        private Boolean footerLeads;
        private Segment current;
        private boolean closeAfterReactions;

        Segmenter(TelegramTextCues cues, String title, Source source, ReadContext context) {
            this.cues = cues;
            this.title = title;
            this.source = source;
            this.context = context;
        }

        void accept(String raw, long lineNo) {
            String s = raw.strip();
            if (s.isEmpty()) {
                if (current != null && current.hasBody()) {
                    current.add("", lineNo, context);
                }
                return;
            }
            Optional<TelegramTextCues.Footer> footer = cues.footer(s);
            if (closeAfterReactions) {
                closeAfterReactions = false;
                if (footer.isPresent()) {
                    segment(lineNo).footer = footer.get();
                    flush();
                    return;
                }
                flush();
            }
            if (footer.isPresent()) {
                if (footerLeads == null) {
                    footerLeads = current == null || !current.hasContent();
                }
                if (footerLeads) {
                    flush();
                    segment(lineNo).footer = footer.get();
                } else {
                    segment(lineNo).footer = footer.get();
                    flush();
                }
                return;
            }
            Optional<TextDate> dateLine = TextDates.parseWhole(TelegramTextCues.spaces(s));
            if (dateLine.isPresent()) {
                flushUnlessLeadingFooterOnly();
                date = dateLine.get();
                return;
            }
            if (title != null && TelegramTextCues.spaces(s).equalsIgnoreCase(title)) {
                if (current != null && current.hasContent()) {
                    flush();
                }
                return;
            }
            Optional<String> forward = cues.forwardedFrom(s);
            if (forward.isPresent()) {
                if (current != null && current.hasContent()) {
                    flush();
                }
                Segment seg = segment(lineNo);
                if (seg.forwardedFrom == null) {
                    seg.forwardedFrom = forward.get();
                }
                return;
            }
            if (cues.isNoise(s) || cues.isJoinLabel(s)) {
                return;
            }
            String media = cues.mediaType(s);
            if (media != null) {
                if (current != null && current.hasBody()) {
                    flush();
                }
                segment(lineNo).mediaType = media;
                return;
            }
            Optional<Map<String, Long>> reactions = cues.reactions(s);
            if (reactions.isPresent()) {
                segment(lineNo).reactions = reactions.get();
                if (Boolean.TRUE.equals(footerLeads)) {
                    flush();
                } else {
                    closeAfterReactions = true;
                }
                return;
            }
            segment(lineNo).add(raw.stripTrailing(), lineNo, context);
        }

        void finish() {
            flush();
        }

        private Segment segment(long lineNo) {
            if (current == null) {
                current = new Segment(lineNo);
            }
            return current;
        }

        private void flushUnlessLeadingFooterOnly() {
            if (current != null && !current.hasContent() && Boolean.TRUE.equals(footerLeads)) {
                return;
            }
            flush();
        }

        private void flush() {
            Segment seg = current;
            current = null;
            closeAfterReactions = false;
            if (seg == null || !seg.hasContent()) {
                return;
            }
            Post.Builder b = Post.builder(source)
                    .text(String.join("\n", PreviewRemover.keepFullText(seg.body)).strip())
                    .forwardedFrom(seg.forwardedFrom)
                    .mediaType(seg.mediaType)
                    .reactions(seg.reactions);
            if (seg.footer != null) {
                b.views(seg.footer.views());
                TextDate d = seg.footer.date() != null ? seg.footer.date() : date;
                if (d != null) {
                    b.published(d.withTime(seg.footer.hour(), seg.footer.minute()).iso());
                }
            } else if (date != null) {
                b.published(date.iso());
            }
            context.emit(b);
        }
    }

    /** One post's lines and fields while it is being read. */
    private static final class Segment {
        final long firstLine;
        final List<String> body = new ArrayList<>();
        long chars;
        boolean truncated;
        String forwardedFrom;
        String mediaType;
        Map<String, Long> reactions = Map.of();
        TelegramTextCues.Footer footer;

        Segment(long firstLine) {
            this.firstLine = firstLine;
        }

        void add(String line, long lineNo, ReadContext context) {
            if (truncated) {
                return;
            }
            chars += line.length() + 1;
            if (chars > MAX_POST_CHARS) {
                truncated = true;
                context.warn("line " + lineNo, "post starting at line " + firstLine + " is longer than "
                        + MAX_POST_CHARS + " characters; the rest is skipped");
                return;
            }
            body.add(line);
        }

        boolean hasBody() {
            return body.stream().anyMatch(l -> !l.isBlank());
        }

        boolean hasContent() {
            return hasBody() || mediaType != null;
        }
    }

    /** Drops a preview that repeats the start of the full text right after it. */
    static final class PreviewRemover {
        /** A preview shorter than this many characters is not trusted as a repeat. */
        static final int MIN_PREVIEW = 20;
        private static final int MAX_LINES = 400;
        private static final java.util.regex.Pattern PREVIEW_END = java.util.regex.Pattern.compile(
                "(?:…|\\.\\.\\.|\\s*(?:show more|read more|показать полностью|читать далее))+$");

        private PreviewRemover() {
        }

        static List<String> keepFullText(List<String> lines) {
            int n = Math.min(lines.size(), MAX_LINES);
            // one normalised key for the whole body; starts[k] is where line k begins in it
            StringBuilder key = new StringBuilder();
            int[] starts = new int[n];
            for (int k = 0; k < n; k++) {
                starts[k] = key.length();
                String part = lines.get(k).replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
                if (!part.isEmpty()) {
                    key.append(part).append(' ');
                }
            }
            String all = key.toString();
            for (int k = 1; k < n; k++) {
                if (lines.get(k - 1).isBlank() || starts[k] * 2 > all.length()) {
                    continue;
                }
                String stem = PREVIEW_END.matcher(all.substring(0, starts[k]).strip()).replaceFirst("").strip();
                if (stem.length() >= MIN_PREVIEW && all.startsWith(stem, starts[k])) {
                    return trimBlank(lines.subList(k, lines.size()));
                }
            }
            return trimBlank(lines);
        }

        private static List<String> trimBlank(List<String> lines) {
            int a = 0;
            int b = lines.size();
            while (a < b && lines.get(a).isBlank()) {
                a++;
            }
            while (b > a && lines.get(b - 1).isBlank()) {
                b--;
            }
            return lines.subList(a, b);
        }
    }

    /** Reads lines with a length cap, counting them for problem positions. */
    private static final class Lines {
        private final Reader reader;
        private final ReadContext context;
        private long number;
        private boolean eof;

        Lines(Reader reader, ReadContext context) {
            this.reader = new java.io.BufferedReader(reader, 1 << 16);
            this.context = context;
        }

        long number() {
            return number;
        }

        String next() throws IOException {
            if (eof) {
                return null;
            }
            StringBuilder sb = new StringBuilder();
            boolean cut = false;
            int c;
            while ((c = reader.read()) >= 0) {
                if (c == '\n') {
                    break;
                }
                if (sb.length() < MAX_LINE_CHARS) {
                    sb.append((char) c);
                } else {
                    cut = true;
                }
            }
            if (c < 0) {
                eof = true;
                if (sb.length() == 0) {
                    return null;
                }
            }
            number++;
            if (cut) {
                context.warn("line " + number, "line longer than " + MAX_LINE_CHARS + " characters was cut");
            }
            int len = sb.length();
            if (len > 0 && sb.charAt(len - 1) == '\r') {
                sb.setLength(len - 1);
            }
            return sb.toString();
        }
    }
}

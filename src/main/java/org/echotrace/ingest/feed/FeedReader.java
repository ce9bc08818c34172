package org.echotrace.ingest.feed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import org.echotrace.ingest.Input;
import org.echotrace.ingest.InputException;
import org.echotrace.ingest.PostReader;
import org.echotrace.ingest.ReadContext;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;

/**
 * Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds with Rome: one post per item, with the item's link, guid,
 * date, author and its full content ({@code content:encoded} / Atom content) or else its description,
 * converted from HTML to paragraphs. The feed title becomes the outlet. Categories are not mapped: hashtags
 * come from the text, and feed categories are editorial sections rather than the outlet's own tags.
 *
 * <p>A feed is parsed as a whole document, so it is capped in size. DOCTYPEs are refused (Rome's
 * default), which rules out external entities (XXE) and entity expansion.
 */
public final class FeedReader implements PostReader {
    /** The largest feed parsed, in bytes. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    @Override
    public Format format() {
        return Format.FEED;
    }

    @Override
    public void read(Input input, ReadContext context) throws IOException {
        byte[] bytes = input.stream().readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new InputException(null, "feed too large to parse (over " + MAX_BYTES / (1024 * 1024) + " MB)");
        }
        SyndFeed feed;
        try {
            SyndFeedInput parser = new SyndFeedInput();
            parser.setAllowDoctypes(false);
            feed = parser.build(new XmlReader(new ByteArrayInputStream(bytes), true));
        } catch (ParsingFeedException e) {
            String where = e.getLineNumber() > 0 ? "line " + e.getLineNumber() + ", column " + e.getColumnNumber() : null;
            throw new InputException(where, "malformed feed XML: " + cause(e), e);
        } catch (FeedException | IllegalArgumentException e) {
            throw new InputException(null, "not a readable RSS/Atom feed: " + cause(e), e);
        }
        String feedTitle = blankToNull(HtmlText.toText(feed.getTitle()));
        List<String> rawDates = null;
        long n = 0;
        for (SyndEntry entry : feed.getEntries()) {
            n++;
            String raw = null;
            if (entry.getPublishedDate() == null && entry.getUpdatedDate() == null) {
                if (rawDates == null) {
                    rawDates = rawDates(bytes);
                }
                raw = n <= rawDates.size() ? rawDates.get((int) (n - 1)) : null;
            }
            emit(entry, feedTitle, n, raw, context);
        }
    }

    /**
     * The date text of every item, in document order (null for an item without one), for the dates Rome
     * cannot parse and drops: read with a second, streaming pass over the same bytes (DTDs off, like Rome).
     */
    private static List<String> rawDates(byte[] bytes) {
        List<String> out = new java.util.ArrayList<>();
        javax.xml.stream.XMLInputFactory f = javax.xml.stream.XMLInputFactory.newFactory();
        f.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            javax.xml.stream.XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(bytes));
            int depthInItem = -1;
            int depth = 0;
            String date = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = r.getLocalName();
                    if (depthInItem < 0 && (name.equals("item") || name.equals("entry"))) {
                        depthInItem = depth;
                        date = null;
                    } else if (depthInItem > 0 && date == null && DATE_ELEMENTS.contains(name)) {
                        date = r.getElementText().strip();
                        depth--;
                    }
                } else if (ev == javax.xml.stream.XMLStreamConstants.END_ELEMENT) {
                    if (depth == depthInItem) {
                        out.add(date);
                        depthInItem = -1;
                    }
                    depth--;
                }
            }
        } catch (javax.xml.stream.XMLStreamException | RuntimeException e) {
            // Rome read the feed; whatever this pass cannot read keeps its date null
        }
        return out;
    }

    private static final java.util.Set<String> DATE_ELEMENTS = java.util.Set.of("pubDate", "published", "date",
            "updated", "issued", "modified", "created");

    private void emit(SyndEntry entry, String feedTitle, long n, String rawDate, ReadContext context) {
        String link = blankToNull(entry.getLink());
        if (link == null) {
            link = entry.getLinks().stream().map(SyndLink::getHref).filter(h -> h != null && !h.isBlank())
                    .findFirst().orElse(null);
        }
        String itemId = blankToNull(entry.getUri());
        Source source = context.source(Format.FEED).withOutlet(feedTitle).withChannel(null, feedTitle)
                .withItem(itemId != null ? itemId : link, link);
        Post.Builder post = Post.builder(source)
                .title(blankToNull(HtmlText.toText(entry.getTitle())))
                .author(author(entry))
                .text(text(entry));
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        if (date != null) {
            post.published(ISO.format(date.toInstant().atOffset(ZoneOffset.UTC)));
        } else if (rawDate != null && !rawDate.isEmpty()) {
            String parsed = FeedDates.parse(rawDate);
            if (parsed == null) {
                context.warn("item " + n, "unreadable date \"" + (rawDate.length() > 40 ? rawDate.substring(0, 40) + "…" : rawDate) + "\"");
            }
            post.published(parsed);
        }
        Date updated = entry.getUpdatedDate();
        if (updated != null && entry.getPublishedDate() != null && !updated.equals(entry.getPublishedDate())) {
            post.edited(ISO.format(updated.toInstant().atOffset(ZoneOffset.UTC)));
        }
        if (post.build().text().isEmpty()) {
            context.warn("item " + n, "item has no description or content");
        }
        context.emit(post);
    }

    private static String text(SyndEntry entry) {
        List<SyndContent> contents = entry.getContents();
        for (SyndContent c : contents) {
            String t = HtmlText.toText(c.getValue());
            if (!t.isEmpty()) {
                return t;
            }
        }
        SyndContent d = entry.getDescription();
        return d == null ? "" : HtmlText.toText(d.getValue());
    }

    private static String author(SyndEntry entry) {
        String a = blankToNull(entry.getAuthor());
        if (a != null) {
            return personName(a);
        }
        return entry.getAuthors().stream().map(SyndPerson::getName).filter(s -> s != null && !s.isBlank())
                .map(FeedReader::personName).findFirst().orElse(null);
    }

    private static final java.util.regex.Pattern EMAIL_NAME = java.util.regex.Pattern.compile(
            "\\s*[^\\s@()<>]+@[^\\s@()<>]+\\s*\\((?<name>[^()]+)\\)\\s*");
    private static final java.util.regex.Pattern NAME_EMAIL = java.util.regex.Pattern.compile(
            "\\s*(?<name>[^<>@]+?)\\s*<[^\\s@<>]+@[^\\s@<>]+>\\s*");

    /** RSS writes {@code address@site (Full Name)}; some feeds {@code Full Name <address@site>}: the name. */
    static String personName(String author) {
        java.util.regex.Matcher m = EMAIL_NAME.matcher(author);
        if (m.matches() && !m.group("name").isBlank()) {
            return m.group("name").strip();
        }
        m = NAME_EMAIL.matcher(author);
        if (m.matches()) {
            return m.group("name").strip();
        }
        return author.strip();
    }

    private static String cause(Exception e) {
        Throwable t = e;
        String m = e.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                m = t.getMessage();
            }
        }
        m = m == null ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.echotrace.ingest.warc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.echotrace.ingest.Input;
import org.echotrace.ingest.InputException;
import org.echotrace.ingest.PostReader;
import org.echotrace.ingest.ReadContext;
import org.echotrace.ingest.article.ArticleHtmlReader;
import org.echotrace.ingest.article.HtmlDecoder;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Problem;
import org.echotrace.model.Source;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads web archives (WARC, plain or per-record gzip) with jwarc, one record at a time: every HTML page
 * captured with HTTP status 200 ({@code response} records; also {@code resource} records holding HTML)
 * is handed to the article reader, and its posts get the capture's target URI (when the page gave no
 * canonical URL), the record id as item id, and the capture date when the page had none. A charset in the
 * HTTP {@code Content-Type} outranks the page's own declaration ({@link HtmlDecoder}). Other records
 * (requests, metadata, images, redirects) are skipped and counted.
 *
 * <p>A page the article reader rejects is an error for that record only; a truncated or corrupt archive
 * ends the input with an error naming the byte offset, keeping the pages read before it.
 */
public final class WarcReader implements PostReader {
    private static final Logger LOG = LoggerFactory.getLogger(WarcReader.class);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private final PostReader articles;

    /** A reader handing each archived HTML page to {@code articles}. */
    public WarcReader(PostReader articles) {
        this.articles = articles;
    }

    @Override
    public Format format() {
        return Format.WARC;
    }

    @Override
    public void read(Input input, ReadContext context) throws IOException {
        long records = 0;
        long pages = 0;
        long skipped = 0;
        try (org.netpreserve.jwarc.WarcReader warc = new org.netpreserve.jwarc.WarcReader(input.stream())) {
            warc.setLenient(true);
            warc.onWarning(msg -> context.warn("byte " + warc.position(), "WARC: " + msg));
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = warc.next();
                } catch (IOException | RuntimeException e) {
                    throw new InputException("byte " + warc.position(), "truncated or corrupt WARC after "
                            + records + " record(s): " + describe(e), e);
                }
                if (next.isEmpty()) {
                    break;
                }
                records++;
                WarcRecord record = next.get();
                String where = "record " + records + " (byte " + warc.position() + ")";
                try {
                    if (readPage(record, where, input.path(), context)) {
                        pages++;
                    } else {
                        skipped++;
                    }
                } catch (IOException | RuntimeException e) {
                    context.skipRecord(where, "unreadable page " + record.id() + ": " + describe(e));
                }
            }
        }
        LOG.debug("{}: {} WARC records, {} HTML pages, {} other records skipped", input.path(), records, pages, skipped);
        if (records > 0 && pages == 0) {
            context.warn(null, "no HTML pages in " + records + " WARC record(s)");
        }
    }

    /** Hands one HTML capture to the article reader; false when the record is not an HTML page. */
    private boolean readPage(WarcRecord record, String where, String path, ReadContext context) throws IOException {
        InputStream body;
        if (record instanceof WarcResponse response
                && response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())) {
            HttpResponse http = response.http();
            if (http.status() != 200 || !isHtml(http.contentType())) {
                return false;
            }
            body = http.bodyDecoded().stream();
            String charset = http.contentType().parameters().get("charset");
            if (charset != null) {
                body = declaring(body, charset);
            }
        } else if ((record instanceof WarcResponse || record instanceof WarcResource) && isHtml(record.contentType())) {
            body = record.body().stream();
        } else {
            return false;
        }
        WarcTargetRecord capture = (WarcTargetRecord) record;
        String recordId = record.id().toString();
        String target = capture.target();
        String date = record.date() == null ? null : ISO.format(record.date().atOffset(ZoneOffset.UTC));
        Input page = Input.of(path + "#" + recordId, body, p -> forward(p, where, context));
        ReadContext child = new ReadContext(page.path(), post -> {
            Source s = post.source();
            Source rewritten = new Source(path, Format.WARC, s.channel(), s.channelTitle(), s.outlet(),
                    s.url() != null ? s.url() : target, recordId, s.counters(), s.description());
            Post.Builder b = post.toBuilder().source(rewritten);
            if (post.published() == null) {
                b.published(date);
            }
            context.emit(b);
        }, p -> forward(p, where, context), context.fieldMap());
        try {
            articles.read(page, child);
        } catch (InputException e) {
            context.skipRecord(where + (e.position() == null ? "" : ", " + e.position()),
                    "page " + target + ": " + e.getMessage());
        } finally {
            page.finish();
        }
        return true;
    }

    /**
     * The page's bytes as the article reader should see them when the HTTP header declares a charset: the
     * header outranks the page's own meta tag (a windows-1251 page with a stale UTF-8 meta is read right).
     */
    private static InputStream declaring(InputStream body, String charset) throws IOException {
        byte[] bytes = body.readNBytes(ArticleHtmlReader.MAX_BYTES + 1);
        if (bytes.length > ArticleHtmlReader.MAX_BYTES) {
            throw new InputException(null, "page too large to parse as a whole document (over "
                    + ArticleHtmlReader.MAX_BYTES / (1024 * 1024) + " MB)");
        }
        return new ByteArrayInputStream(HtmlDecoder.withTransportCharset(bytes, charset));
    }

    private static void forward(Problem p, String where, ReadContext context) {
        String position = p.position() == null ? where : where + ", " + p.position();
        // one page of an archive that fails is one bad record, not a failed archive
        context.warn(position, p.message());
    }

    private static boolean isHtml(MediaType type) {
        if (type == null) {
            return false;
        }
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        m = m == null || m.isBlank() ? e.getClass().getSimpleName() : m.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}

package org.echotrace.ingest;

import java.util.EnumMap;
import java.util.Map;

import org.echotrace.ingest.article.ArticleHtmlReader;
import org.echotrace.ingest.article.ArticleTextReader;
import org.echotrace.ingest.feed.FeedReader;
import org.echotrace.ingest.records.RecordsCsvReader;
import org.echotrace.ingest.records.RecordsJsonReader;
import org.echotrace.ingest.records.RecordsJsonlReader;
import org.echotrace.ingest.telegram.TelegramExportHtmlReader;
import org.echotrace.ingest.telegram.TelegramExportReader;
import org.echotrace.ingest.telegram.TelegramHtmlReader;
import org.echotrace.ingest.telegram.TelegramTextReader;
import org.echotrace.ingest.warc.WarcReader;
import org.echotrace.model.Format;

/** The registry of readers, one per {@link Format}, wired explicitly. */
public final class Readers {
    private final Map<Format, PostReader> byFormat;

    private Readers(Map<Format, PostReader> byFormat) {
        this.byFormat = Map.copyOf(byFormat);
    }

    /** Every built-in reader. */
    public static Readers standard() {
        Map<Format, PostReader> m = new EnumMap<>(Format.class);
        ArticleHtmlReader articleHtml = new ArticleHtmlReader();
        register(m, new TelegramExportReader());
        register(m, new TelegramExportHtmlReader());
        register(m, new TelegramHtmlReader());
        register(m, new TelegramTextReader());
        register(m, articleHtml);
        register(m, new ArticleTextReader());
        register(m, new FeedReader());
        register(m, new WarcReader(articleHtml));
        register(m, new RecordsJsonReader());
        register(m, new RecordsJsonlReader());
        register(m, new RecordsCsvReader());
        return new Readers(m);
    }

    private static void register(Map<Format, PostReader> m, PostReader r) {
        if (m.put(r.format(), r) != null) {
            throw new IllegalStateException("two readers for " + r.format());
        }
    }

    public PostReader forFormat(Format format) {
        PostReader r = byFormat.get(format);
        if (r == null) {
            throw new IllegalArgumentException("no reader for format " + format);
        }
        return r;
    }
}

package org.echotrace.model;

/** The input formats echotrace reads; {@link #id()} is the value written to {@code source.format}. */
public enum Format {
    TELEGRAM_EXPORT("telegram-export"),
    TELEGRAM_EXPORT_HTML("telegram-export-html"),
    TELEGRAM_HTML("telegram-html"),
    TELEGRAM_TEXT("telegram-text"),
    ARTICLE_HTML("article-html"),
    ARTICLE_TEXT("article-text"),
    FEED("feed"),
    WARC("warc"),
    RECORDS_JSON("records-json"),
    RECORDS_JSONL("records-jsonl"),
    RECORDS_CSV("records-csv");

    private final String id;

    Format(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Format fromId(String id) {
        for (Format f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "'");
    }
}

package org.echotrace.ingest.article;

import java.util.List;
import java.util.Objects;

/**
 * An article extracted from a page: its metadata and its body paragraphs in document order.
 *
 * @param metadata   what the page says about the article (title, author, dates, URL, site)
 * @param paragraphs body paragraphs, headings and list items, each one entry, never blank
 */
public record Article(ArticleMetadata metadata, List<String> paragraphs) {
    public Article {
        Objects.requireNonNull(metadata, "metadata");
        paragraphs = List.copyOf(paragraphs);
    }

    /** The body text: paragraphs separated by a blank line. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}

package org.echotrace.ingest.article;

/**
 * What a page says about its article outside the body text: from meta tags, JSON-LD and markup.
 *
 * @param title        the headline, without a trailing " | Site" suffix
 * @param author       the author's name(s), comma-separated when several
 * @param published    ISO 8601 publication time, offset kept when known
 * @param canonicalUrl the article's canonical URL
 * @param siteName     the publishing site's name
 * @param jsonLdBody   the JSON-LD {@code articleBody}, when the page carries one
 */
public record ArticleMetadata(String title, String author, String published, String canonicalUrl,
                              String siteName, String jsonLdBody) {
}

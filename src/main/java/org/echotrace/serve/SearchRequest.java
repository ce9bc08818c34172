package org.echotrace.serve;

import java.time.LocalDate;

/**
 * A search over the corpus: a Lucene query and filters, one page of hits.
 *
 * @param query    Lucene query syntax; {@code null} or blank matches every post
 * @param source   only posts of this source key
 * @param language only posts in this ISO 639-1 language
 * @param entity   only posts naming this entity id
 * @param hashtag  only posts carrying this hashtag (without {@code #})
 * @param from     published on or after this day
 * @param to       published on or before this day
 * @param relation only posts that are copies with this relation ({@code forwarded}, {@code credited}, {@code copied},
 *                 {@code translated})
 * @param limit    hits per page
 * @param cursor   the cursor of the page to serve, {@code null} for the first
 */
public record SearchRequest(String query, String source, String language, String entity, String hashtag,
                            LocalDate from, LocalDate to, String relation, int limit, String cursor) {

    public SearchRequest {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("'from' (" + from + ") is after 'to' (" + to + ")");
        }
    }
}

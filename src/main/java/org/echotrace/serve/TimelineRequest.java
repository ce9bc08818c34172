package org.echotrace.serve;

import java.time.LocalDate;

/**
 * Attention over time for a query: posts per day, split by source or by language.
 *
 * @param query     Lucene query syntax; {@code null} for every post
 * @param by        {@code source} or {@code language}
 * @param normalize divide each day's count by the series' total volume that day (share of its output)
 * @param from      first day
 * @param to        last day
 * @param series    the most series served (largest first); the rest are summed as {@code other}
 */
public record TimelineRequest(String query, String by, boolean normalize, LocalDate from, LocalDate to, int series) {

    public TimelineRequest {
        if (!by.equals("source") && !by.equals("language")) {
            throw new IllegalArgumentException("by must be source or language, was " + by);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("'from' (" + from + ") is after 'to' (" + to + ")");
        }
    }
}

package org.echotrace.serve;

import java.time.LocalDate;

/**
 * The propagation graph between sources, filtered.
 *
 * @param from      copies published on or after this day
 * @param to        copies published on or before this day
 * @param relation  only edges of this relation, {@code null} for all
 * @param minWeight only edges carrying at least this many copies
 * @param limit     the most edges served (heaviest first)
 */
public record GraphRequest(LocalDate from, LocalDate to, String relation, int minWeight, int limit) {

    public GraphRequest {
        if (minWeight < 1) {
            throw ApiException.badRequest("parameter 'min_weight' must be >= 1, was " + minWeight);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("'from' (" + from + ") is after 'to' (" + to + ")");
        }
    }
}

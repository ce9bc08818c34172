package org.echotrace.serve;

/**
 * One page of a list inside an entity, source, story or cluster answer.
 *
 * @param limit  items per page
 * @param cursor where to start, {@code null} for the first page
 */
public record PageRequest(int limit, String cursor) {

    public PageRequest {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
    }
}

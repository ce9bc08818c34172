package org.echotrace.trace;

/**
 * One copy relation between two posts of two sources: the origin's source to the copy's source.
 *
 * @param from       the origin's source key
 * @param to         the copy's source key
 * @param relation   {@code forwarded}, {@code credited}, {@code copied} or {@code translated}
 * @param originIndex the origin post's index
 * @param copyIndex  the copy post's index
 * @param lagSeconds seconds from the origin's publication to the copy's; null when either is unknown
 */
public record Edge(String from, String to, String relation, int originIndex, int copyIndex, Long lagSeconds) {
}

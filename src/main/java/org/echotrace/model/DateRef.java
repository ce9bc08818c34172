package org.echotrace.model;

import java.util.Objects;

/**
 * A date written in a post, normalised.
 *
 * @param value   ISO 8601: {@code 2023-03-07}, or {@code --03-07} when nothing decides the year
 * @param mention where and how it is written ({@code 7 марта}, {@code yesterday}, {@code on Monday})
 */
public record DateRef(String value, Mention mention) {
    public DateRef {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(mention, "mention");
    }
}

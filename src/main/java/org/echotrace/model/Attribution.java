package org.echotrace.model;

import java.util.Objects;

/**
 * A credit the post gives to someone else: {@code Source: Sputnik}, {@code Translated by …}, {@code Via …},
 * or the agency named in a dateline.
 *
 * @param name who is credited, as written
 * @param kind one of {@code source}, {@code via}, {@code translated_by}, {@code agency}, {@code author}, {@code photo}
 */
public record Attribution(String name, String kind) {
    public Attribution {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}

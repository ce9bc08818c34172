package org.echotrace.model;

import java.util.List;
import java.util.Objects;

/**
 * An entity a post names, with every place it is named.
 *
 * @param id         the knowledge base's id (a readable slug such as {@code sergey-lavrov}), or for a name not
 *                   in the knowledge base a generated id ({@code new:person:...}) that is the same for the same
 *                   normalised name across the corpus
 * @param name       the canonical name (the knowledge base's English name, else the longest form seen)
 * @param type       {@code PERSON}, {@code ORG}, {@code PLACE} or {@code OUTLET}
 * @param known      whether the entity is in the knowledge base
 * @param confidence 0..1; 1.0 for an unambiguous knowledge-base alias
 * @param mentions   where it is named, in order
 */
public record EntityRef(String id, String name, String type, boolean known, double confidence, List<Mention> mentions) {
    public EntityRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }
}

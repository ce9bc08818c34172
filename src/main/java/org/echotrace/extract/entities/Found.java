package org.echotrace.extract.entities;

/**
 * One mention found: which entity, where, and how sure.
 *
 * @param id         entity id (knowledge base or generated)
 * @param name       canonical name
 * @param type       entity type name
 * @param known      in the knowledge base
 * @param confidence 0..1
 * @param field      {@code title} or {@code text}
 * @param start      code-point offset
 * @param end        code-point offset, exclusive
 * @param text       as written
 * @param how        {@code alias}, {@code inflected}, {@code surname}, {@code hashtag}, {@code transliterated},
 *                   {@code role}, {@code cue}
 */
public record Found(String id, String name, String type, boolean known, double confidence, String field, int start,
                    int end, String text, String how) {
}

package org.echotrace.kb;

import java.util.List;
import java.util.Objects;

/**
 * One entity of the knowledge base: a person, organisation, place or outlet with its names in every
 * script, its roles over time and, for outlets, its affiliation and channels.
 *
 * @param id              stable readable slug ({@code sergey-lavrov}, {@code osce}, {@code kyiv}, {@code tass})
 * @param type            the entity's type
 * @param kind            finer type: for places {@code country}, {@code city}, {@code region}, …; for orgs
 *                        {@code intergovernmental}, {@code government}, {@code ministry}, {@code party}, …; may be null
 * @param name            canonical English name
 * @param country         ISO 3166 alpha-2 code of the entity's country; null for international bodies
 * @param aliases         every other way of writing it, Latin and Cyrillic
 * @param demonyms        for countries: adjectives and nationality words ({@code Kazakh}, {@code казахский})
 * @param roles           positions held, for people
 * @param stateAffiliated for outlets: whether a state owns or controls it; null when not an outlet
 * @param languages       for outlets: ISO 639-1 languages it publishes in
 * @param domains         for outlets: web domains
 * @param telegram        for outlets and people: Telegram usernames, without {@code @}
 * @param file            the data file it was loaded from
 * @param line            the line of the entry in that file
 */
public record KbEntity(String id, EntityType type, String kind, String name, String country, List<String> aliases,
                       List<String> demonyms, List<Role> roles, Boolean stateAffiliated, List<String> languages,
                       List<String> domains, List<String> telegram, String file, int line) {
    public KbEntity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        roles = List.copyOf(roles);
        languages = List.copyOf(languages);
        domains = List.copyOf(domains);
        telegram = List.copyOf(telegram);
    }

    /** Where the entry is, for messages: {@code people-russia.yaml:120}. */
    public String where() {
        return file + ":" + line;
    }
}

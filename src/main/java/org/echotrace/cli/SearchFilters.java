package org.echotrace.cli;

import picocli.CommandLine.Option;

import org.echotrace.store.index.PostSearch;

/** The post filters shared by {@code search} and {@code export}. */
final class SearchFilters {
    @Option(names = "--source", paramLabel = "S", description = "Only posts of this source (channel, outlet or site).")
    String source;

    @Option(names = "--lang", paramLabel = "L", description = "Only posts in this language (ISO 639-1: ru, en, uk …).")
    String lang;

    @Option(names = "--entity", paramLabel = "ID", description = "Only posts naming this entity (sergey-lavrov, osce …).")
    String entity;

    @Option(names = "--hashtag", paramLabel = "T", description = "Only posts with this hashtag (with or without #).")
    String hashtag;

    @Option(names = "--from", paramLabel = "DATE", description = "Only posts published on or after DATE (2024-03-05).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only posts published on or before DATE.")
    String to;

    @Option(names = "--relation", paramLabel = "R",
            description = "Only copies of this relation: forwarded, credited, copied, translated; or origin, uncredited.")
    String relation;

    PostSearch.Filters toFilters() {
        return new PostSearch.Filters(source, lang, entity, hashtag, from, to, relation);
    }

    boolean any() {
        return source != null || lang != null || entity != null || hashtag != null || from != null || to != null
                || relation != null;
    }
}

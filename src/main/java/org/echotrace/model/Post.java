package org.echotrace.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One message or article, the unit everything downstream works on. Immutable; change it through
 * {@link #toBuilder()}. Field meanings are the public contract in {@code docs/output-format.md}.
 *
 * <p>Readers fill what their format carries (title, raw text, dates, forwards, reactions); the cleaning
 * stage normalises the text and fills {@code id}, {@code language}, {@code hashtags}, {@code mentions}
 * and {@code urls}.
 */
public record Post(
        String id,
        Source source,
        long position,
        String title,
        String author,
        String text,
        String language,
        Double languageConfidence,
        String published,
        String edited,
        String forwardedFrom,
        String forwardedPublished,
        String replyTo,
        String place,
        List<Attribution> attributions,
        List<String> hashtags,
        List<String> mentions,
        List<String> urls,
        String mediaType,
        Map<String, Long> reactions,
        Long views,
        List<EntityRef> entities,
        List<DateRef> dates,
        List<Quote> quotes) {

    public Post {
        Objects.requireNonNull(source, "source");
        if (position < 0) {
            throw new IllegalArgumentException("position must be >= 0, was " + position);
        }
        text = text == null ? "" : text;
        if (languageConfidence != null && !(languageConfidence >= 0 && languageConfidence <= 1)) {
            throw new IllegalArgumentException("languageConfidence must be in [0, 1], was " + languageConfidence);
        }
        attributions = attributions == null ? List.of() : List.copyOf(attributions);
        hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        urls = urls == null ? List.of() : List.copyOf(urls);
        // keep the order reactions were listed in
        entities = entities == null ? List.of() : List.copyOf(entities);
        dates = dates == null ? List.of() : List.copyOf(dates);
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        reactions = reactions == null || reactions.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(reactions));
    }

    public static Builder builder(Source source) {
        return new Builder(source);
    }

    public Builder toBuilder() {
        Builder b = new Builder(source);
        b.id = id;
        b.position = position;
        b.title = title;
        b.author = author;
        b.text = text;
        b.language = language;
        b.languageConfidence = languageConfidence;
        b.published = published;
        b.edited = edited;
        b.forwardedFrom = forwardedFrom;
        b.forwardedPublished = forwardedPublished;
        b.replyTo = replyTo;
        b.place = place;
        b.attributions = attributions;
        b.hashtags = hashtags;
        b.mentions = mentions;
        b.urls = urls;
        b.mediaType = mediaType;
        b.reactions = reactions;
        b.views = views;
        b.entities = entities;
        b.dates = dates;
        b.quotes = quotes;
        return b;
    }

    /** Mutable builder; readers use it to assemble a post field by field. */
    public static final class Builder {
        private Source source;
        private String id;
        private long position;
        private String title;
        private String author;
        private String text = "";
        private String language;
        private Double languageConfidence;
        private String published;
        private String edited;
        private String forwardedFrom;
        private String forwardedPublished;
        private String replyTo;
        private String place;
        private List<Attribution> attributions = List.of();
        private List<String> hashtags = List.of();
        private List<String> mentions = List.of();
        private List<String> urls = List.of();
        private String mediaType;
        private Map<String, Long> reactions = Map.of();
        private Long views;
        private List<EntityRef> entities = List.of();
        private List<DateRef> dates = List.of();
        private List<Quote> quotes = List.of();

        private Builder(Source source) {
            this.source = source;
        }

        public Builder source(Source v) { this.source = v; return this; }
        public Builder id(String v) { this.id = v; return this; }
        public Builder position(long v) { this.position = v; return this; }
        public Builder title(String v) { this.title = v; return this; }
        public Builder author(String v) { this.author = v; return this; }
        public Builder text(String v) { this.text = v; return this; }
        public Builder language(String v) { this.language = v; return this; }
        public Builder languageConfidence(Double v) { this.languageConfidence = v; return this; }
        public Builder published(String v) { this.published = v; return this; }
        public Builder edited(String v) { this.edited = v; return this; }
        public Builder forwardedFrom(String v) { this.forwardedFrom = v; return this; }
        /** When the forwarded original was published, where the format shows it. */
        public Builder forwardedPublished(String v) { this.forwardedPublished = v; return this; }
        /** The {@code item_id} of the message this one replies to, in the same source. */
        public Builder replyTo(String v) { this.replyTo = v; return this; }
        public Builder place(String v) { this.place = v; return this; }
        public Builder attributions(List<Attribution> v) { this.attributions = v; return this; }
        public Builder hashtags(List<String> v) { this.hashtags = v; return this; }
        public Builder mentions(List<String> v) { this.mentions = v; return this; }
        public Builder urls(List<String> v) { this.urls = v; return this; }
        public Builder mediaType(String v) { this.mediaType = v; return this; }
        public Builder reactions(Map<String, Long> v) { this.reactions = v; return this; }
        public Builder views(Long v) { this.views = v; return this; }
        public Builder entities(List<EntityRef> v) { this.entities = v; return this; }
        public Builder dates(List<DateRef> v) { this.dates = v; return this; }
        public Builder quotes(List<Quote> v) { this.quotes = v; return this; }

        public Source source() { return source; }

        public Post build() {
            return new Post(id, source, position, title, author, text, language, languageConfidence, published, edited,
                    forwardedFrom, forwardedPublished, replyTo, place, attributions, hashtags, mentions, urls, mediaType, reactions, views, entities, dates,
                    quotes);
        }
    }
}

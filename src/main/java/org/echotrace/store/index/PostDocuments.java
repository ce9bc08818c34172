package org.echotrace.store.index;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

import org.echotrace.model.EntityRef;
import org.echotrace.model.Post;
import org.echotrace.trace.TraceItem;
import org.echotrace.trace.TraceItems;

/**
 * The Lucene document of a stored post, and the field names queries use.
 *
 * <p>{@code title} and {@code text} are analysed with {@link CorpusAnalyzer} and stored with offsets for
 * highlighting; {@code source}, {@code lang}, {@code entity} and {@code hashtag} are exact, lower-cased terms
 * (filters, and the query syntax's {@code source:…}); {@code published} is epoch seconds for date ranges;
 * {@code seq} ties the document to its row. Facets: source, language, entity, hashtag, day (UTC).
 */
public final class PostDocuments {
    public static final String SEQ = "seq";
    public static final String KEY = "key";
    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String SOURCE = "source";
    public static final String LANG = "lang";
    public static final String ENTITY = "entity";
    public static final String HASHTAG = "hashtag";
    public static final String PUBLISHED = "published";
    public static final String PUBLISHED_TEXT = "published_text";

    /** Facet dimensions. */
    public static final String F_SOURCE = "source";
    public static final String F_LANGUAGE = "language";
    public static final String F_ENTITY = "entity";
    public static final String F_HASHTAG = "hashtag";
    public static final String F_DAY = "day";

    static final FieldType ANALYSED = new FieldType();

    static {
        ANALYSED.setTokenized(true);
        ANALYSED.setStored(true);
        ANALYSED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        ANALYSED.freeze();
    }

    private static final FacetsConfig CONFIG = new FacetsConfig();

    static {
        CONFIG.setMultiValued(F_ENTITY, true);
        CONFIG.setMultiValued(F_HASHTAG, true);
    }

    private PostDocuments() {
    }

    public static FacetsConfig facetsConfig() {
        return CONFIG;
    }

    /** Lower-cases an exact-term value the way the index does. */
    public static String term(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    static Document of(long seq, Post p) {
        TraceItem t = TraceItems.of(0, p);
        Document d = new Document();
        d.add(new LongPoint(SEQ, seq));
        d.add(new StoredField(SEQ, seq));
        d.add(new NumericDocValuesField(SEQ, seq));
        d.add(new StringField(KEY, Long.toString(seq), Field.Store.NO));
        d.add(new StringField(ID, p.id(), Field.Store.YES));
        if (p.title() != null) {
            d.add(new Field(TITLE, p.title(), ANALYSED));
        }
        d.add(new Field(TEXT, p.text(), ANALYSED));
        String source = t.source() == null ? p.source().path() : t.source();
        d.add(new StringField(SOURCE, term(source), Field.Store.NO));
        d.add(new StoredField(SOURCE, source));
        d.add(new SortedSetDocValuesFacetField(F_SOURCE, source));
        if (p.language() != null) {
            d.add(new StringField(LANG, term(p.language()), Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(F_LANGUAGE, p.language()));
        }
        Set<String> entities = new LinkedHashSet<>();
        for (EntityRef e : p.entities()) {
            entities.add(e.id());
        }
        for (String e : entities) {
            d.add(new StringField(ENTITY, term(e), Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(F_ENTITY, e));
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String h : p.hashtags()) {
            tags.add(term(h));
        }
        for (String h : tags) {
            d.add(new StringField(HASHTAG, h, Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(F_HASHTAG, h));
        }
        if (p.published() != null) {
            d.add(new StoredField(PUBLISHED_TEXT, p.published()));
        }
        if (t.published() != Long.MIN_VALUE) {
            d.add(new LongPoint(PUBLISHED, t.published()));
            d.add(new SortedSetDocValuesFacetField(F_DAY,
                    Instant.ofEpochSecond(t.published()).atOffset(ZoneOffset.UTC).toLocalDate().toString()));
        }
        try {
            return CONFIG.build(d);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

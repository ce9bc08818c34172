package org.echotrace.serve;

import java.util.Optional;

/**
 * The questions the API asks of the corpus. Every aggregation runs in the store (DuckDB, Lucene), so an answer
 * carries at most a page of posts however large the corpus. Ids are as in the output contract; an unknown id is
 * an empty optional (404).
 */
public interface ApiQueries {

    /** Attention over time by source, top entities, hashtags and sources, newest copy clusters, corpus counts. */
    Answer overview();

    Answer search(SearchRequest request);

    Optional<Answer> post(String id);

    Optional<Answer> entity(String id, PageRequest page);

    Optional<Answer> source(String id, PageRequest page);

    Optional<Answer> story(String id, PageRequest page);

    Optional<Answer> cluster(String id, PageRequest page);

    Answer graph(GraphRequest request);

    Answer timeline(TimelineRequest request);

    /** The sources of the corpus, most posts first (the ingest page's list). */
    Answer sources(PageRequest page);

    /** Removes a source and everything derived from its posts; false when it is unknown. */
    boolean deleteSource(String id);
}

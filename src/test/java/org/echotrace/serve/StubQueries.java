package org.echotrace.serve;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Fixed answers for the server's own behaviour (routing, errors, headers); the store's answers are tested apart. */
final class StubQueries implements ApiQueries {

    final AtomicReference<String> deleted = new AtomicReference<>();
    final AtomicReference<SearchRequest> lastSearch = new AtomicReference<>();

    static Table rows(List<String> cols, Object[]... rows) {
        return Table.of(cols, Arrays.stream(rows).map(Arrays::asList).toList());
    }

    @Override
    public Answer overview() {
        return Answer.of().put("counts", Answer.of().put("posts", 2))
                .put("top_sources", rows(List.of("source", "label", "posts"), new Object[]{"a", "=cmd|' /C calc'!A0", 2}))
                .put("top_hashtags", rows(List.of("tag", "posts"), new Object[]{"мир", 1}));
    }

    @Override
    public Answer search(SearchRequest request) {
        lastSearch.set(request);
        return Answer.of().put("total", 1).put("hits", rows(List.of("id", "snippet"), new Object[]{"p1", "текст"}))
                .put("next_cursor", Cursor.encode(1, "p1"));
    }

    @Override
    public Optional<Answer> post(String id) {
        return id.equals("p1") ? Optional.of(Answer.of().put("post", Answer.of().put("id", "p1"))) : Optional.empty();
    }

    @Override
    public Optional<Answer> entity(String id, PageRequest page) {
        return Optional.empty();
    }

    @Override
    public Optional<Answer> source(String id, PageRequest page) {
        return Optional.empty();
    }

    @Override
    public Optional<Answer> story(String id, PageRequest page) {
        return Optional.empty();
    }

    @Override
    public Optional<Answer> cluster(String id, PageRequest page) {
        return Optional.empty();
    }

    @Override
    public Answer graph(GraphRequest request) {
        return Answer.of().put("nodes", rows(List.of("id", "label", "posts"))).put("edges", rows(List.of("source")));
    }

    @Override
    public Answer timeline(TimelineRequest request) {
        return Answer.of().put("series", rows(List.of("day", "key", "posts")));
    }

    @Override
    public Answer sources(PageRequest page) {
        return Answer.of().put("sources", rows(List.of("source")));
    }

    @Override
    public boolean deleteSource(String id) {
        if (!id.equals("a")) {
            return false;
        }
        deleted.set(id);
        return true;
    }
}

package org.echotrace.store.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.echotrace.store.Store;
import org.echotrace.store.StoreTestSupport;

class PostSearchTest {
    @TempDir
    static Path tmp;
    static Path data;

    @BeforeAll
    static void corpus() throws Exception {
        Path in = tmp.resolve("posts.jsonl");
        Files.writeString(in, String.join("", StoreTestSupport.ruEn()));
        data = tmp.resolve("data");
        StoreTestSupport.ingest(data, in);
    }

    private static PostSearch.Result search(String q, PostSearch.Filters f) {
        try (Store store = Store.open(data, Store.Mode.READ)) {
            return new PostSearch(store.index(), store.connection()).search(q, f, 10, 10, PostSearch.Marks.brackets());
        }
    }

    private static List<String> sources(PostSearch.Result r) {
        List<String> out = new ArrayList<>();
        r.hits().forEach(h -> out.add(h.source()));
        return out;
    }

    @Test
    void russianWordsMatchTheirOtherFormsAndYoIsYe() {
        // "переговоры" in the posts; the query has another case form
        assertThat(search("переговорах", PostSearch.Filters.none()).total()).isEqualTo(2);
        // "Ёлочные" in the post, typed with е and in another form
        PostSearch.Result r = search("елочный", PostSearch.Filters.none());
        assertThat(r.total()).isEqualTo(1);
        assertThat(r.hits().get(0).snippet()).contains("[Ёлочные]");
        // case does not matter
        assertThat(search("ЛАВРОВ", PostSearch.Filters.none()).total()).isEqualTo(2);
    }

    @Test
    void englishWordsAreStemmedAndPhrasesAndFieldsWork() {
        assertThat(search("sanction extend", PostSearch.Filters.none()).total()).isEqualTo(2);
        assertThat(search("\"energy sector\"", PostSearch.Filters.none()).total()).isEqualTo(2);
        assertThat(search("\"sector energy\"", PostSearch.Filters.none()).total()).isZero();
        assertThat(search("sanctions NOT channel", PostSearch.Filters.none()).total()).isEqualTo(1);
        assertThat(sources(search("source:aggregator", PostSearch.Filters.none()))).containsExactly("aggregator");
    }

    @Test
    void filtersNarrowTheHits() {
        PostSearch.Filters ru = new PostSearch.Filters(null, "ru", null, null, null, null, null);
        assertThat(search("*", ru).total()).isEqualTo(3);
        PostSearch.Filters day = new PostSearch.Filters(null, null, null, null, "2024-03-05", "2024-03-05", null);
        assertThat(sources(search("*", day))).containsExactlyInAnyOrder("world_wire", "aggregator");
        PostSearch.Filters src = new PostSearch.Filters("MID_RUSSIA", null, null, null, null, null, null);
        assertThat(search("*", src).total()).isEqualTo(2);
        PostSearch.Filters tag = new PostSearch.Filters(null, null, null, "#Sanctions", null, null, null);
        assertThat(sources(search("*", tag))).containsExactly("world_wire");
        PostSearch.Filters entity = new PostSearch.Filters(null, null, "sergey-lavrov", null, null, null, null);
        assertThat(search("*", entity).total()).isEqualTo(2);
        PostSearch.Filters copied = new PostSearch.Filters(null, null, null, null, null, null, "copied");
        assertThat(sources(search("*", copied))).containsExactlyInAnyOrder("embassy_news", "aggregator");
    }

    @Test
    void facetsCountTheMatchingPosts() {
        PostSearch.Result r = search("*", PostSearch.Filters.none());
        assertThat(r.facets().keySet()).containsExactly("source", "language", "entity", "hashtag", "day");
        assertThat(r.facets().get("language")).extracting(PostSearch.FacetCount::value, PostSearch.FacetCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ru", 3L), org.assertj.core.groups.Tuple.tuple("en", 2L));
        assertThat(r.facets().get("source")).first().satisfies(c -> {
            assertThat(c.value()).isEqualTo("mid_russia");
            assertThat(c.count()).isEqualTo(2);
        });
        assertThat(r.facets().get("day")).hasSize(3);
    }

    @Test
    void aMalformedQueryIsOneLine() {
        assertThatThrownBy(() -> search("\"unclosed", PostSearch.Filters.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith("bad query").doesNotContain("\n"));
    }
}

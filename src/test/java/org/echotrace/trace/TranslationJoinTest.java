package org.echotrace.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.junit.jupiter.api.Test;

/**
 * A translation link joins two copy clusters only when no language is in both: two clusters that each have an
 * origin in the same language are two texts, whatever a translation link between two of their members says.
 */
class TranslationJoinTest {
    private static final String[] LANGUAGES = {"ru", "ru", "ru", "ru", "en", "en", "en"};

    /**
     * Posts 0–1 (ru) and 2–3 (ru) are two clusters of copies, 5–6 (en) a third; 4 (en) translates 0, and a
     * second, weaker translation link from 4 to 2 would chain the two Russian clusters.
     */
    private static TraceResult trace() {
        Map<Integer, List<CopyPair>> copies = Map.of(
                1, List.of(new CopyPair(0, 1, CopyPair.COPIED, 0.9, 0.95)),
                3, List.of(new CopyPair(2, 3, CopyPair.COPIED, 0.9, 0.95)),
                6, List.of(new CopyPair(5, 6, CopyPair.COPIED, 0.9, 0.95)));
        Map<Integer, List<CopyPair>> translations = Map.of(
                4, List.of(new CopyPair(0, 4, CopyPair.TRANSLATED, 0.8, 0.9),
                        new CopyPair(2, 4, CopyPair.TRANSLATED, 0.6, 0.7)));
        CopyFinder c = item -> copies.getOrDefault(item.index(), List.of());
        TranslationFinder t = item -> translations.getOrDefault(item.index(), List.of());
        StoryFinder s = new StoryFinder() {
            private final List<Integer> seen = new ArrayList<>();

            @Override
            public void add(TraceItem item, List<CopyPair> found) {
                seen.add(item.index());
            }

            @Override
            public int[] stories() {
                return seen.stream().mapToInt(Integer::intValue).toArray();
            }
        };
        Tracer tracer = new Tracer(c, t, s);
        for (int i = 0; i < LANGUAGES.length; i++) {
            Source src = Source.of("join/source" + i + ".txt", Format.ARTICLE_TEXT).withChannel("source" + i, null);
            tracer.add(Post.builder(src).id("p" + i).text("post " + i).language(LANGUAGES[i])
                    .published("2025-06-02T1" + i + ":00:00+03:00").build());
        }
        return tracer.finish();
    }

    @Test
    void aTranslationJoinsClustersWithNoLanguageInCommon() {
        List<PostTrace> p = trace().posts();
        assertThat(p.get(4).cluster()).isEqualTo(p.get(0).cluster()).isEqualTo(p.get(1).cluster());
        assertThat(p.get(4).relation()).isEqualTo(CopyPair.TRANSLATED);
    }

    @Test
    void aTranslationNeverMergesTwoClustersWithSameLanguageOrigins() {
        List<PostTrace> p = trace().posts();
        assertThat(p.get(2).cluster()).isNotNull().isEqualTo(p.get(3).cluster()).isNotEqualTo(p.get(0).cluster());
        assertThat(p.get(2).duplicateOf()).isNull();
        assertThat(p.get(3).duplicateOf()).isEqualTo("p2");
    }
}

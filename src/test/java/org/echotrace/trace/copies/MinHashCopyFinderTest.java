package org.echotrace.trace.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.echotrace.trace.CopyPair;
import org.echotrace.trace.TraceItem;

class MinHashCopyFinderTest {

    static Map<String, String> gold() throws IOException {
        try (InputStream in = MinHashCopyFinderTest.class.getResourceAsStream("/trace/copies/gold.txt")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> posts = new LinkedHashMap<>();
            String name = null;
            StringBuilder text = new StringBuilder();
            for (String line : all.split("\n", -1)) {
                if (line.startsWith("### ")) {
                    if (name != null) {
                        posts.put(name, text.toString().strip());
                    }
                    name = line.substring(4).strip();
                    text.setLength(0);
                } else if (name != null) {
                    text.append(line).append('\n');
                }
            }
            posts.put(name, text.toString().strip());
            return posts;
        }
    }

    private static TraceItem item(int index, String text) {
        return new TraceItem(index, "p" + index, "src", "Source", Long.MIN_VALUE, null, List.of(), "ru", text,
                Set.of(), List.of(), List.of(), Set.of(), Set.of(), Set.of());
    }

    @Test
    void goldClustersGiveExactlyTheExpectedPairs() throws IOException {
        Map<String, String> posts = gold();
        List<String> names = new ArrayList<>(posts.keySet());
        MinHashCopyFinder finder = MinHashCopyFinder.standard();
        Set<String> found = new TreeSet<>();
        List<CopyPair> all = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            for (CopyPair p : finder.add(item(i, posts.get(names.get(i))))) {
                found.add(names.get(p.a()) + " ~ " + names.get(p.b()));
                all.add(p);
                System.out.printf(java.util.Locale.ROOT, "%s ~ %s J=%.3f C=%.3f%n", names.get(p.a()), names.get(p.b()),
                        p.similarity(), p.coverage());
            }
        }
        assertThat(found).containsExactlyInAnyOrder(
                "mfa_statement ~ embassy_repost",
                "mfa_statement ~ aggregator_edit",
                "embassy_repost ~ aggregator_edit",
                "long_statement ~ excerpt",
                "en_statement ~ en_repost");
        assertThat(all).allSatisfy(p -> assertThat(p.relation())
                .isEqualTo(names.get(p.b()).equals("excerpt") ? "excerpt" : "copied"));
        CopyPair excerpt = all.stream().filter(p -> names.get(p.b()).equals("excerpt")).findFirst().orElseThrow();
        assertThat(excerpt.coverage()).isGreaterThanOrEqualTo(0.9);
        assertThat(excerpt.similarity()).isLessThan(0.8); // found as partial reuse, not as a near-duplicate
    }

    @Test
    void shortPostsAreNeverCopies() {
        MinHashCopyFinder finder = MinHashCopyFinder.standard();
        assertThat(finder.add(item(0, "📸 Фото дня"))).isEmpty();
        assertThat(finder.add(item(1, "📸 Фото дня"))).isEmpty();
        assertThat(finder.add(item(2, null))).isEmpty();
        assertThat(finder.add(item(3, ""))).isEmpty();
    }

    @Test
    void hostileTextDoesNotThrow() {
        MinHashCopyFinder finder = MinHashCopyFinder.standard();
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < 50; r++) {
            sb.append("\uD83C\uDDF7\uD83C\uDDFA \u200B\u202Eтекст\uFFFD \uD800 𝐌𝐈𝐃 заявил ＭＩＤ часть").append(r).append(' ');
        }
        String weird = sb.toString();
        assertThat(finder.add(item(0, weird))).isEmpty();
        assertThat(finder.add(item(1, weird))).hasSize(1);
    }
}

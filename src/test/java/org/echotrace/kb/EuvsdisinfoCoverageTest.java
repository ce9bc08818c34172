package org.echotrace.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Measures how many of the outlets most often cited by EUvsDisinfo cases the knowledge base names, and pins
 * the floor reached: a quality gate for the outlet list. Runs only where the shared EUvsDisinfo export is
 * present ({@code ../shared/data/euvsdisinfo/posts.csv}, columns {@code date,id,title,countries,keywords,
 * languages,outlets}, lists separated by {@code +}). "Show more" and "bit.ly", scraping leftovers among the top
 * 100, are not outlets and stay uncovered.
 */
class EuvsdisinfoCoverageTest {
    private static final Path POSTS = Path.of("..", "shared", "data", "euvsdisinfo", "posts.csv");
    private static final int TOP = 100;
    /** Covered outlets among the top 100 names, and covered share of their mentions, as measured. */
    private static final int MIN_COVERED = 98;
    private static final double MIN_MENTION_SHARE = 0.965;
    /** Covered share of all outlet mentions (every outlet, not only the top 100), as measured. */
    private static final double MIN_ALL_MENTION_SHARE = 0.75;

    /** Suffixes EUvsDisinfo appends to an outlet name: the language or script, or the platform. */
    private static final Set<String> SUFFIXES = Set.of("Russian", "English", "Czech", "Arabic", "Georgian", "German",
            "Polish", "Italian", "Spanish", "Castilian", "Spanish, Castilian", "French", "Hungarian", "Armenian",
            "Romanian", "Serbian", "Slovak", "Bulgarian", "Lithuanian", "Greek", "Belarusian", "Azerbaijani",
            "Ukrainian", "Estonian", "Bosnian", "Swedish", "Finnish", "Latvian", "Macedonian", "Croatian",
            "Montenegrin", "Norwegian", "Cyrillic", "Latin", "YouTube", "Youtube", "YouTube, Russian", "Facebook",
            "Twitter");

    @Test
    void knowledgeBaseNamesTheMostCitedOutlets() throws IOException {
        assumeTrue(Files.isRegularFile(POSTS), "EUvsDisinfo export not present: " + POSTS.toAbsolutePath());
        Map<String, Integer> counts = outletCounts(POSTS);
        List<Map.Entry<String, Integer>> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP).toList();
        KnowledgeBase kb = KnowledgeBase.standard();
        int covered = 0;
        long mentions = 0;
        long coveredMentions = 0;
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Integer> e : top) {
            mentions += e.getValue();
            if (kb.lookup(e.getKey()).isEmpty()) {
                missing.add(e.getKey() + " (" + e.getValue() + ")");
            } else {
                covered++;
                coveredMentions += e.getValue();
            }
        }
        long all = counts.values().stream().mapToLong(Integer::longValue).sum();
        long allCovered = counts.entrySet().stream().filter(e -> !kb.lookup(e.getKey()).isEmpty())
                .mapToLong(Map.Entry::getValue).sum();
        double share = (double) coveredMentions / mentions;
        System.out.printf(Locale.ROOT, "EUvsDisinfo: covers %d of the top %d outlets, %.1f%% of their mentions;"
                        + " %.1f%% of all %d outlet mentions; missing: %s%n", covered, TOP, 100 * share,
                100.0 * allCovered / all, all, missing);
        assertThat(covered).as("covered outlets, missing %s", missing).isGreaterThanOrEqualTo(MIN_COVERED);
        assertThat(share).as("covered share of mentions").isGreaterThanOrEqualTo(MIN_MENTION_SHARE);
        assertThat((double) allCovered / all).as("covered share of all mentions")
                .isGreaterThanOrEqualTo(MIN_ALL_MENTION_SHARE);
    }

    /** Outlet name (suffixes stripped) → number of cases citing it. */
    private static Map<String, Integer> outletCounts(Path csv) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<String> header = record(r);
            int col = header == null ? -1 : header.indexOf("outlets");
            assertThat(col).as("outlets column").isNotNegative();
            List<String> row;
            while ((row = record(r)) != null) {
                if (row.size() <= col) {
                    continue;
                }
                for (String raw : row.get(col).split("\\+")) {
                    String name = strip(raw.strip());
                    if (!name.isEmpty()) {
                        counts.merge(name, 1, Integer::sum);
                    }
                }
            }
        }
        return counts;
    }

    private static String strip(String name) {
        int i;
        while ((i = name.lastIndexOf(" - ")) > 0 && SUFFIXES.contains(name.substring(i + 3).strip())) {
            name = name.substring(0, i).strip();
        }
        return name;
    }

    /** One RFC 4180 record (quoted fields may hold commas, doubled quotes and line breaks); null at the end. */
    private static List<String> record(Reader r) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = r.read()) != -1) {
            any = true;
            if (quoted) {
                if (c == '"') {
                    r.mark(1);
                    int n = r.read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (n != -1) {
                            r.reset();
                        }
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                break;
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
        if (!any) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }
}

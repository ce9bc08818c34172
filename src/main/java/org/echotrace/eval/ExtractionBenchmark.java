package org.echotrace.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;

/**
 * One article-extraction development set on disk, read into pages with their expected article text, and
 * run through an extractor page by page with {@link ShingleScorer}. Three layouts are known:
 * <ul>
 *   <li>{@link #scrapingHub}: the article-extraction benchmark ({@code html/<id>.html.gz},
 *       {@code ground-truth.json}, {@code output/<tool>.json} with other tools' outputs, scored the same way);
 *   <li>{@link #readabilityPages}: Readability.js's test pages ({@code pages/<name>/source.html.gz}); the
 *       expected text is the text of the curated {@code expected.html.gz};
 *   <li>{@link #newspaperFixtures}: newspaper's fixtures ({@code html/<name>.html.gz} with
 *       {@code text/<name>.txt}); a page without its text file is left out.
 * </ul>
 * Pages are handed to the extractor as raw bytes, so that it decodes them as it would any input.
 */
public final class ExtractionBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final Path dir;
    private final List<Page> pages;

    private ExtractionBenchmark(String name, Path dir, List<Page> pages) {
        this.name = name;
        this.dir = dir;
        this.pages = List.copyOf(pages);
    }

    /** The ScrapingHub benchmark; same as {@link #scrapingHub}. */
    public static ExtractionBenchmark open(Path dir) throws IOException {
        return scrapingHub(dir);
    }

    /** Opens the article-extraction benchmark; throws {@link IOException} when its ground truth cannot be read. */
    public static ExtractionBenchmark scrapingHub(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        JsonNode root = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = unwrap(root).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            pages.add(new Page(e.getKey(), e.getValue().path("url").asText(null),
                    e.getValue().path("articleBody").asText(""),
                    dir.resolve("html").resolve(e.getKey() + ".html.gz")));
        }
        return new ExtractionBenchmark("article-extraction-benchmark", dir, pages);
    }

    /** Opens Readability.js's test pages; the expected text of a page is the text of its {@code expected.html}. */
    public static ExtractionBenchmark readabilityPages(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir.resolve("pages"))) {
            for (Path p : s.filter(Files::isDirectory).sorted().toList()) {
                Path expected = p.resolve("expected.html.gz");
                Path source = p.resolve("source.html.gz");
                if (Files.isRegularFile(expected) && Files.isRegularFile(source)) {
                    String html = new String(gunzip(expected), StandardCharsets.UTF_8);
                    pages.add(new Page(p.getFileName().toString(), null, Jsoup.parse(html).text(), source));
                }
            }
        }
        return new ExtractionBenchmark("readability-test-pages", dir, pages);
    }

    /** Opens newspaper's fixtures: every {@code html/<name>.html.gz} that has a {@code text/<name>.txt}. */
    public static ExtractionBenchmark newspaperFixtures(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir.resolve("html"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".html.gz")).sorted().toList()) {
                String file = p.getFileName().toString();
                String id = file.substring(0, file.length() - ".html.gz".length());
                Path text = dir.resolve("text").resolve(id + ".txt");
                if (Files.isRegularFile(text)) {
                    pages.add(new Page(id, null, Files.readString(text, StandardCharsets.UTF_8), p));
                }
            }
        }
        return new ExtractionBenchmark("newspaper-fixtures", dir, pages);
    }

    /** The set's short name, e.g. {@code readability-test-pages}. */
    public String name() {
        return name;
    }

    public int size() {
        return pages.size();
    }

    public List<Page> pages() {
        return pages;
    }

    /** Runs {@code extractor} over every page; the time counted is the extractor's, reading the files excluded. */
    public Run run(Extractor extractor) throws IOException {
        List<PageResult> results = new ArrayList<>();
        long nanos = 0;
        for (Page page : pages) {
            byte[] html = gunzip(page.file());
            long t0 = System.nanoTime();
            String text = extractor.extract(html, page.url());
            nanos += System.nanoTime() - t0;
            results.add(new PageResult(page, text, ShingleScorer.score(page.id(), page.truth(), text)));
        }
        return new Run(name, results, nanos / 1e9);
    }

    /** Scores every bundled tool output, by tool name (file name without {@code .json}), sorted by F1. */
    public Map<String, ShingleScorer.Summary> toolSummaries() throws IOException {
        Path out = dir.resolve("output");
        List<Map.Entry<String, ShingleScorer.Summary>> list = new ArrayList<>();
        if (Files.isDirectory(out)) {
            try (Stream<Path> files = Files.list(out)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    String file = f.getFileName().toString();
                    list.add(Map.entry(file.substring(0, file.length() - 5), scoreOutput(f)));
                }
            }
        }
        list.sort(Comparator.comparingDouble((Map.Entry<String, ShingleScorer.Summary> e) -> e.getValue().f1())
                .reversed());
        Map<String, ShingleScorer.Summary> result = new LinkedHashMap<>();
        list.forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    /** Scores one tool output file ({@code {id: {"articleBody"}}}, possibly wrapped in {@code "output"}). */
    public ShingleScorer.Summary scoreOutput(Path file) throws IOException {
        JsonNode pred = unwrap(JSON.readTree(file.toFile()));
        List<ShingleScorer.DocumentScore> scores = new ArrayList<>();
        for (Page page : pages) {
            JsonNode body = pred.path(page.id()).path("articleBody");
            scores.add(ShingleScorer.score(page.id(), page.truth(), body.isTextual() ? body.asText() : null));
        }
        return ShingleScorer.summarize(scores);
    }

    private static byte[] gunzip(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return in.readAllBytes();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static JsonNode unwrap(JsonNode root) {
        JsonNode inner = root.get("output");
        return inner != null && inner.isObject() ? inner : root;
    }

    /** Page bytes and URL (null when unknown) to article text (null for nothing). */
    @FunctionalInterface
    public interface Extractor {
        String extract(byte[] html, String url);
    }

    /** One page: its id, URL when known, expected article text and gzipped HTML file. */
    public record Page(String id, String url, String truth, Path file) {
    }

    /** One page's extracted text and score. */
    public record PageResult(Page page, String text, ShingleScorer.DocumentScore score) {
    }

    /**
     * The outcome of running an extractor over a set.
     *
     * @param seconds time spent in the extractor (parsing included, reading the files excluded)
     */
    public record Run(String set, List<PageResult> pages, double seconds) {
        public Run {
            pages = List.copyOf(pages);
        }

        public List<ShingleScorer.DocumentScore> documents() {
            return pages.stream().map(PageResult::score).toList();
        }

        public ShingleScorer.Summary summary() {
            return ShingleScorer.summarize(documents());
        }

        public double pagesPerSecond() {
            return seconds <= 0 ? 0 : pages.size() / seconds;
        }

        /** Pages that have expected text but came back empty. */
        public List<PageResult> empty() {
            return pages.stream().filter(p -> p.score().predicted() == 0
                    && p.score().truePositives() + p.score().falseNegatives() > 0).toList();
        }

        /** The {@code n} pages with the lowest F1, worst first. */
        public List<PageResult> worst(int n) {
            return pages.stream().sorted(Comparator.comparingDouble((PageResult p) -> p.score().f1()))
                    .limit(n).toList();
        }
    }
}

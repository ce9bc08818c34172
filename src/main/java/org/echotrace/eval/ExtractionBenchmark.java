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
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The article-extraction benchmark on disk ({@code html/<id>.html.gz}, {@code ground-truth.json},
 * {@code output/<tool>.json}): runs an extractor over every page and scores it with {@link ShingleScorer},
 * and scores the bundled outputs of other tools the same way.
 */
public final class ExtractionBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Map<String, Truth> truth;

    private ExtractionBenchmark(Path dir, Map<String, Truth> truth) {
        this.dir = dir;
        this.truth = truth;
    }

    /** Opens the benchmark folder; throws {@link IOException} when its ground truth cannot be read. */
    public static ExtractionBenchmark open(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        JsonNode root = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        Map<String, Truth> truth = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = unwrap(root).fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            truth.put(e.getKey(), new Truth(e.getValue().path("articleBody").asText(""),
                    e.getValue().path("url").asText(null)));
        }
        return new ExtractionBenchmark(dir, truth);
    }

    public int size() {
        return truth.size();
    }

    /**
     * Runs {@code extractor} (page HTML and URL to article text; null for nothing) over every page.
     */
    public Run run(BiFunction<String, String, String> extractor) throws IOException {
        List<ShingleScorer.DocumentScore> scores = new ArrayList<>();
        long nanos = 0;
        for (Map.Entry<String, Truth> e : truth.entrySet()) {
            String html = readPage(e.getKey());
            long t0 = System.nanoTime();
            String text = extractor.apply(html, e.getValue().url());
            nanos += System.nanoTime() - t0;
            scores.add(ShingleScorer.score(e.getKey(), e.getValue().articleBody(), text));
        }
        return new Run(ShingleScorer.summarize(scores), scores, nanos / 1e9);
    }

    /** Scores every bundled tool output, by tool name (file name without {@code .json}), sorted by F1. */
    public Map<String, ShingleScorer.Summary> toolSummaries() throws IOException {
        Path out = dir.resolve("output");
        List<Map.Entry<String, ShingleScorer.Summary>> list = new ArrayList<>();
        if (Files.isDirectory(out)) {
            try (Stream<Path> files = Files.list(out)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    String name = f.getFileName().toString();
                    list.add(Map.entry(name.substring(0, name.length() - 5), scoreOutput(f)));
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
        for (Map.Entry<String, Truth> e : truth.entrySet()) {
            JsonNode body = pred.path(e.getKey()).path("articleBody");
            scores.add(ShingleScorer.score(e.getKey(), e.getValue().articleBody(),
                    body.isTextual() ? body.asText() : null));
        }
        return ShingleScorer.summarize(scores);
    }

    private String readPage(String id) throws IOException {
        Path gz = dir.resolve("html").resolve(id + ".html.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static JsonNode unwrap(JsonNode root) {
        JsonNode inner = root.get("output");
        return inner != null && inner.isObject() ? inner : root;
    }

    /** One page's expected article body and URL. */
    public record Truth(String articleBody, String url) {
    }

    /**
     * The outcome of running an extractor over the benchmark.
     *
     * @param seconds time spent in the extractor (parsing included, reading the files excluded)
     */
    public record Run(ShingleScorer.Summary summary, List<ShingleScorer.DocumentScore> documents, double seconds) {
        public Run {
            documents = List.copyOf(documents);
        }

        public double pagesPerSecond() {
            return seconds <= 0 ? 0 : documents.size() / seconds;
        }

        /** The {@code n} documents with the lowest F1, worst first. */
        public List<ShingleScorer.DocumentScore> worst(int n) {
            return documents.stream().sorted(Comparator.comparingDouble(ShingleScorer.DocumentScore::f1))
                    .limit(n).toList();
        }
    }
}

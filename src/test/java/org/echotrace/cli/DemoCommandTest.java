package org.echotrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * End to end: {@code echotrace demo} over the bundled {@code samples/}.
 *
 * <p>NOTE: this test needs the real readers (Telegram export/HTML/text, article HTML/text, feed, records),
 * which are written in parallel on other branches. On the {@code samples} branch, where the readers are still
 * stubs, {@link #demoReadsTheWholeSampleCaseWithoutErrors} fails; it is expected to pass once the readers are
 * merged.
 */
class DemoCommandTest {

    private static final Path SAMPLES = Path.of("samples");

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = EchotraceCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static List<JsonNode> readJsonl(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> posts = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                posts.add(mapper.readTree(line));
            }
        }
        return posts;
    }

    // Fails until the readers are merged (see class comment).
    @Test
    void demoReadsTheWholeSampleCaseWithoutErrors(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("demo.jsonl");
        Run r = run("demo", "--samples", SAMPLES.toString(), "--out", out.toString(), "--no-serve",
                "--data", tmp.resolve("data").toString());

        assertThat(r.err()).as("problems reported").doesNotContain(": error:");
        assertThat(r.exit()).isEqualTo(EchotraceCli.OK);
        List<JsonNode> posts = readJsonl(out);
        assertThat(posts).hasSizeGreaterThanOrEqualTo(80);

        Set<String> sources = new HashSet<>();
        Set<String> formats = new HashSet<>();
        Set<String> languages = new HashSet<>();
        for (JsonNode p : posts) {
            JsonNode s = p.get("source");
            String name = !s.path("channel").isNull() && !s.path("channel").isMissingNode()
                    ? s.path("channel").asText()
                    : !s.path("outlet").isNull() && !s.path("outlet").isMissingNode() ? s.path("outlet").asText()
                    : s.path("path").asText();
            sources.add(name);
            formats.add(s.path("format").asText());
            languages.add(p.path("language").asText());
        }
        assertThat(sources).hasSizeGreaterThanOrEqualTo(6);
        assertThat(formats).hasSizeGreaterThanOrEqualTo(5);
        assertThat(languages).contains("en", "ru");

        assertThat(r.out()).contains("Totals", "Posts per source", "Posts per format", "Languages", "Top hashtags",
                "Top mentions", "Forwarded posts: ", "Posts with attributions: ", "Inputs with errors or warnings: 0",
                "mid_sample", "embassy_sample", "#ОБСЕ", "#OSCE");
        assertThat(r.out()).contains("Wrote " + posts.size() + " posts to " + out.toAbsolutePath().normalize());
        assertThat(r.out()).doesNotContain("\u001B[");
        assertThat(r.out()).contains("Stored in " + tmp.resolve("data").toAbsolutePath().normalize() + ": "
                + posts.size() + " new");
        assertThat(tmp.resolve("data").resolve("corpus.duckdb")).exists();
    }

    @Test
    void demoRefusesAFolderItDidNotMake(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("keep.txt"), "mine");
        Run r = run("demo", "--samples", SAMPLES.toString(), "--out", tmp.resolve("o.jsonl").toString(), "--no-serve",
                "--data", tmp.toString());
        assertThat(r.exit()).isEqualTo(EchotraceCli.SOME_FAILED);
        assertThat(r.err()).contains("was not made by the demo");
        assertThat(tmp.resolve("keep.txt")).exists();
    }

    @Test
    void sampleInputsLeaveOutTheReadme() throws IOException {
        assertThat(Files.isRegularFile(SAMPLES.resolve("README.md"))).isTrue();
        List<String> inputs = DemoCommand.inputsOf(SAMPLES);
        assertThat(inputs).noneMatch(s -> s.endsWith("README.md"));
        assertThat(inputs).extracting(s -> Path.of(s).getFileName().toString())
                .contains("telegram-export", "telegram-html", "telegram-text", "articles", "feeds", "records");
    }

    @Test
    void missingSamplesDirectoryIsAOneLineErrorAndExitOne(@TempDir Path tmp) {
        Run r = run("demo", "--samples", tmp.resolve("nope").toString(), "--out", tmp.resolve("o.jsonl").toString());
        assertThat(r.exit()).isEqualTo(EchotraceCli.SOME_FAILED);
        assertThat(r.err().strip()).startsWith("echotrace: samples directory not found: ").doesNotContain("\n");
    }

    @Test
    void samplesAreFoundInTheCurrentDirectory() {
        assertThat(DemoCommand.locateSamples()).isNotNull();
        assertThat(Files.isDirectory(DemoCommand.locateSamples())).isTrue();
    }
}

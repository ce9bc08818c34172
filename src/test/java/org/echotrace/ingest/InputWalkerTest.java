package org.echotrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.echotrace.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputWalkerTest {

    @TempDir
    Path dir;

    private final List<Problem> problems = new ArrayList<>();
    private final List<String> seen = new ArrayList<>();

    private void walk(byte[] stdin, String... args) {
        new InputWalker(problems::add, new ByteArrayInputStream(stdin)).walk(Arrays.asList(args),
                input -> seen.add(input.path() + " [" + input.name() + "] " + input.readText(1000).strip()));
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void walksDirectoriesRecursivelyInNameOrderSkippingHiddenFiles() throws IOException {
        Files.createDirectories(dir.resolve("b/sub"));
        Files.writeString(dir.resolve("b/sub/z.txt"), "zed");
        Files.writeString(dir.resolve("a.txt"), "alpha");
        Files.writeString(dir.resolve(".hidden"), "no");
        walk(new byte[0], dir.toString());
        assertThat(seen).containsExactly(dir.resolve("a.txt") + " [a.txt] alpha",
                dir.resolve("b/sub/z.txt") + " [z.txt] zed");
        assertThat(problems).isEmpty();
    }

    @Test
    void decompressesGzipByMagicBytesAndReadsStdin() throws IOException {
        Path gz = dir.resolve("posts.jsonl.gz");
        Files.write(gz, gzip("{\"text\":\"привет\"}"));
        Path disguised = dir.resolve("noext");
        Files.write(disguised, gzip("hidden gzip"));
        walk("from stdin".getBytes(StandardCharsets.UTF_8), gz.toString(), disguised.toString(), "-");
        assertThat(seen).containsExactly(gz + " [posts.jsonl] {\"text\":\"привет\"}",
                disguised + " [noext] hidden gzip", "<stdin> [stdin] from stdin");
    }

    @Test
    void readsEveryZipEntryIncludingGzippedOnes() throws IOException {
        Path zip = dir.resolve("bundle.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("export/result.json"));
            z.write("{\"messages\":[]}".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("export/"));
            z.putNextEntry(new ZipEntry("pages/a.html.gz"));
            z.write(gzip("<html>a</html>"));
            z.putNextEntry(new ZipEntry("__MACOSX/._junk"));
            z.write(1);
        }
        walk(new byte[0], zip.toString());
        assertThat(seen).containsExactly(zip + "!/export/result.json [result.json] {\"messages\":[]}",
                zip + "!/pages/a.html.gz [a.html] <html>a</html>");
        assertThat(problems).isEmpty();
    }

    @Test
    void reportsMissingEmptyAndTruncatedInputsAndGoesOn() throws IOException {
        Path empty = dir.resolve("empty.json");
        Files.write(empty, new byte[0]);
        byte[] full = gzip("x".repeat(100_000) + "tail");
        Path truncated = dir.resolve("cut.txt.gz");
        Files.write(truncated, Arrays.copyOf(full, full.length / 2));
        Path ok = dir.resolve("ok.txt");
        Files.writeString(ok, "fine");
        walk(new byte[0], dir.resolve("missing.txt").toString(), empty.toString(), truncated.toString(), ok.toString());
        assertThat(seen).containsExactly(ok + " [ok.txt] fine");
        assertThat(problems).extracting(Problem::format).containsExactly(
                dir.resolve("missing.txt") + ": error: no such file or directory",
                empty + ": error: empty input (0 bytes)",
                truncated + ": byte " + (full.length / 2) + ": error: truncated or corrupt compressed data: "
                        + "Unexpected end of ZLIB input stream");
    }

    private void walkWith(WalkOptions options, String... args) {
        InputWalker w = new InputWalker(problems::add, new ByteArrayInputStream(new byte[0]), options);
        w.walk(Arrays.asList(args), input -> seen.add(input.path()));
        skipped = w.skipped();
    }

    private java.util.Map<String, Long> skipped = java.util.Map.of();

    @Test
    void followsSymlinksDetectsLoopsAndReadsTheSameFileOnce() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path a = Files.writeString(data.resolve("a.txt"), "alpha");
        Files.createSymbolicLink(data.resolve("again.txt"), a);
        Files.createSymbolicLink(data.resolve("loop"), data);
        Path linkDir = Files.createSymbolicLink(dir.resolve("linked"), data);
        Path self = dir.resolve("self");
        Files.createSymbolicLink(self, self);
        walkWith(WalkOptions.all(), linkDir.toString(), a.toString(), self.toString());

        assertThat(seen).containsExactly(linkDir.resolve("a.txt").toString());
        assertThat(problems).extracting(Problem::format).containsExactly(
                linkDir.resolve("again.txt") + ": warning: the same file as " + linkDir.resolve("a.txt") + ", read once",
                linkDir.resolve("loop") + ": warning: symlink loop: leads back to " + data.toRealPath() + ", not followed",
                a + ": warning: the same file as " + linkDir.resolve("a.txt") + ", read once",
                self + ": error: symlink loop");
    }

    @Test
    void anEmptyDirectoryIsAWarningAndABrokenSymlinkAnError() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty/nested"));
        Path broken = Files.createSymbolicLink(dir.resolve("broken.json"), dir.resolve("gone.json"));
        walkWith(WalkOptions.all(), empty.getParent().toString(), broken.toString());
        assertThat(seen).isEmpty();
        assertThat(problems).extracting(Problem::format).containsExactly(
                empty.getParent() + ": warning: empty directory: no files to read",
                broken + ": error: broken symlink: its target does not exist");
    }

    @Test
    void includeAndExcludeGlobsFilterDirectoriesNotNamedFiles() throws IOException {
        Files.createDirectories(dir.resolve("2023/drafts"));
        Path page = Files.writeString(dir.resolve("2023/page.html"), "<p>x</p>");
        Files.writeString(dir.resolve("2023/drafts/draft.html"), "<p>draft</p>");
        Path notes = Files.writeString(dir.resolve("2023/notes.txt"), "notes");
        walkWith(new WalkOptions(List.of("*.html"), List.of("**/drafts/**"), List.of()), dir.toString(), notes.toString());
        assertThat(seen).containsExactly(page.toString(), notes.toString());
        assertThat(skipped).containsEntry(InputWalker.EXCLUDED, 2L);
    }

    @Test
    void mediaFilesAreSkippedAndCountedAndFilesNeverToReadAreLeftOut() throws IOException {
        Path posts = Files.writeString(dir.resolve("posts.jsonl"), "{}");
        Files.write(dir.resolve("photo.JPG"), new byte[] {1, 2});
        Files.writeString(dir.resolve("style.css"), "p{}");
        Files.writeString(dir.resolve("out.jsonl"), "{}");
        walkWith(WalkOptions.all().neverReading(List.of(dir.resolve("out.jsonl"))), dir.toString());
        assertThat(seen).containsExactly(posts.toString());
        assertThat(skipped).containsExactly(java.util.Map.entry(InputWalker.MEDIA, 2L));
        assertThat(problems).isEmpty();
    }

    @Test
    void aFileThatVanishesIsReportedAsVanished() throws IOException {
        Path first = Files.writeString(dir.resolve("a.txt"), "first");
        Path second = Files.writeString(dir.resolve("b.txt"), "second");
        new InputWalker(problems::add, new ByteArrayInputStream(new byte[0])).walk(List.of(dir.toString()), input -> {
            seen.add(input.path());
            Files.delete(second);
        });
        assertThat(seen).containsExactly(first.toString());
        assertThat(problems).extracting(Problem::format).containsExactly(
                second + ": error: vanished: deleted or moved while the run was going on");
    }

    @Test
    void namesCompareWithTheirNumbers() {
        assertThat(List.of("messages10.html", "messages2.html", "messages.html", "a01", "a1b").stream()
                .sorted(InputWalker::naturalCompare).toList())
                .containsExactly("a01", "a1b", "messages2.html", "messages10.html", "messages.html");
    }

    @Test
    void gzipAndZipBombsAreRefusedQuickly() throws IOException {
        byte[] zeros = new byte[8 * 1024 * 1024];
        ByteArrayOutputStream gzBytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(gzBytes)) {
            gz.write(zeros);
        }
        Path bomb = Files.write(dir.resolve("bomb.jsonl.gz"), gzBytes.toByteArray());
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            z.putNextEntry(new ZipEntry("a.txt"));
            z.write(zeros);
        }
        long[] read = {0};
        new InputWalker(problems::add, new ByteArrayInputStream(new byte[0])).withBombThreshold(1024 * 1024)
                .walk(List.of(bomb.toString(), zip.toString()), input -> {
                    byte[] buf = new byte[65536];
                    int n;
                    while ((n = input.stream().read(buf)) > 0) {
                        read[0] += n;
                    }
                });
        assertThat(read[0]).isLessThan(4L * 1024 * 1024);
        assertThat(problems).extracting(Problem::format).allMatch(l -> l.endsWith("refused as a decompression bomb"))
                .hasSize(2);
    }
}

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
}

package org.echotrace.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Files uploaded for ingest, written to a fresh temporary folder under names we make: the client's name only
 * lends its extension (format detection sniffs content anyway), so no upload can land outside the folder.
 */
final class Uploads {

    private Uploads() {
    }

    static Path newFolder() throws IOException {
        return Files.createTempDirectory("echotrace-upload");
    }

    /** Saves one upload as {@code upload-N.ext} in {@code dir}. */
    static Path save(Path dir, int n, String clientName, InputStream content) throws IOException {
        Path target = dir.resolve("upload-" + n + extension(clientName));
        Files.copy(content, target);
        return target;
    }

    /** A short, known extension of {@code name} (including {@code .gz} pairs), else none. */
    static String extension(String name) {
        if (name == null) {
            return "";
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : new String[]{".warc.gz", ".jsonl.gz", ".json.gz", ".csv.gz", ".html.gz", ".txt.gz", ".json",
                ".jsonl", ".csv", ".html", ".htm", ".txt", ".xml", ".rss", ".atom", ".warc", ".zip", ".gz"}) {
            if (lower.endsWith(ext)) {
                return ext;
            }
        }
        return "";
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}

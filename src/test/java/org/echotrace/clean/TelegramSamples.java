package org.echotrace.clean;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Language samples of the real Telegram posts in {@code ../shared/data/telegram-ru-news/raw}, when present. */
final class TelegramSamples {
    static final Path DIR = Path.of("..", "shared", "data", "telegram-ru-news", "raw");

    private TelegramSamples() {
    }

    static boolean present() {
        return Files.isDirectory(DIR);
    }

    /** One sample per post with non-blank text, in file-name then array order. */
    static List<String> load() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            JsonNode root = mapper.readTree(f.toFile());
            for (JsonNode m : root) {
                String text = m.path("text").asText("");
                if (!text.isBlank()) {
                    out.add(LanguageIdentifier.scrub(text.substring(0, Math.min(text.length(), LanguageIdentifier.SAMPLE_CHARS))));
                }
            }
        }
        return out;
    }
}

package org.echotrace.ingest.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.echotrace.AnalyzeOptions;
import org.echotrace.Analyzer;
import org.echotrace.Echotrace;
import org.echotrace.ingest.Input;
import org.echotrace.ingest.ReadContext;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TelegramExportHtmlReaderTest {
    private static final String EXPORT = "/ingest/telegram-export-html/ChatExport_2022-12-19";

    @TempDir
    Path tmp;

    private static Path export() throws Exception {
        return Path.of(TelegramExportHtmlReaderTest.class.getResource(EXPORT).toURI());
    }

    private static Post item(List<Post> posts, String id) {
        return posts.stream().filter(p -> id.equals(p.source().itemId())).findFirst()
                .orElseThrow(() -> new AssertionError("no post " + id));
    }

    @Test
    void anExportFolderIsOneSourceInPageOrderWithItsMediaSkippedAndCounted() throws Exception {
        List<Problem> problems = new ArrayList<>();
        List<Post> posts = new ArrayList<>();
        Analyzer.Summary summary = Echotrace.analyze(List.of(export().toString()), AnalyzeOptions.defaults(),
                posts::add, problems::add);

        assertThat(problems).isEmpty();
        assertThat(summary.inputs()).isEqualTo(1);
        assertThat(posts).extracting(p -> p.source().itemId()).containsExactly("2", "3", "4", "5", "7", "8");
        assertThat(posts).extracting(Post::position).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        assertThat(posts).allMatch(p -> p.source().format() == Format.TELEGRAM_EXPORT_HTML
                && "Вестник Северного округа 🛰".equals(p.source().channelTitle()));
        // 2 photos, 1 video, css, js, one image
        assertThat(summary.skipped()).containsEntry("media files", 6L).containsEntry("service messages", 2L);
        assertThat(summary.line()).endsWith(", 2 service messages skipped, 6 media files skipped");
    }

    @Test
    void mapsDatesAuthorsJoinedMessagesForwardsRepliesReactionsAndMedia() throws Exception {
        List<Post> posts = Echotrace.analyze(List.of(export().toString()), AnalyzeOptions.defaults(), p -> { });

        Post first = item(posts, "2");
        assertThat(first.published()).isEqualTo("2022-12-19T15:39:02+03:00");
        assertThat(first.author()).isEqualTo("Ирина Козлова");
        assertThat(first.text()).isEqualTo("Глава округа провёл совещание по подготовке к зиме.\n\nПодробности: на сайте #зима");
        assertThat(first.urls()).containsExactly("https://vestnik-sever.example/news/1201");
        assertThat(first.hashtags()).containsExactly("зима");
        assertThat(first.mediaType()).isEqualTo("photo");
        assertThat(first.reactions()).containsExactly(Map.entry("👍", 15L), Map.entry("🔥", 2L));

        Post joined = item(posts, "3");
        assertThat(joined.author()).isEqualTo("Ирина Козлова");
        assertThat(joined.mediaType()).isEqualTo("voice_message");
        assertThat(joined.text()).isEmpty();

        Post forward = item(posts, "4");
        assertThat(forward.author()).isEqualTo("Вестник Северного округа 🛰");
        assertThat(forward.forwardedFrom()).isEqualTo("Ministry of Foreign Affairs");
        assertThat(forward.forwardedPublished()).isEqualTo("2022-12-20T08:30:15+03:00");
        assertThat(forward.text()).startsWith("The Minister will hold a press conference on December 21.");
        assertThat(forward.urls()).containsExactly("https://mfa.example/accreditation");

        // joined across the page boundary: the author of message 4 carries over to page 2
        Post reply = item(posts, "5");
        assertThat(reply.author()).isEqualTo("Вестник Северного округа 🛰");
        assertThat(reply.replyTo()).isEqualTo("2");
        assertThat(reply.text()).isEqualTo("Уточнение: совещание продолжится завтра 😊");

        Post poll = item(posts, "7");
        assertThat(poll.mediaType()).isEqualTo("poll");
        assertThat(poll.text()).isEqualTo("Где провести следующую встречу?\nВ администрации\nОнлайн");

        Post video = item(posts, "8");
        assertThat(video.mediaType()).isEqualTo("video_file");
        assertThat(video.text()).contains("<div class=\"message default\"> — это не разметка.");
    }

    @Test
    void pagesAreReadInNumericOrderNotNameOrder() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("export"));
        String page1 = Files.readString(export().resolve("messages.html"));
        Files.writeString(dir.resolve("messages.html"), page1);
        for (int n = 2; n <= 10; n++) {
            Files.writeString(dir.resolve("messages" + n + ".html"), page(n * 100));
        }
        List<Post> posts = Echotrace.analyze(List.of(dir.toString()), AnalyzeOptions.defaults(), p -> { });

        assertThat(posts).extracting(p -> p.source().itemId())
                .containsExactly("2", "3", "4", "200", "300", "400", "500", "600", "700", "800", "900", "1000");
        assertThat(posts).allMatch(p -> p.source().path().endsWith("messages.html"));
    }

    @Test
    void aZippedExportIsOneInputInPageOrderWhateverTheArchiveOrder() throws Exception {
        List<Post> fromFolder = Echotrace.analyze(List.of(export().toString()), AnalyzeOptions.defaults(), p -> { });
        Path zip = tmp.resolve("export.zip");
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            // archivers often store pages in name order: messages10.html before messages2.html, or as here, page 2 first
            for (String name : List.of("messages2.html", "css/style.css", "messages.html", "photos/photo_1.jpg")) {
                z.putNextEntry(new java.util.zip.ZipEntry("ChatExport_2022-12-19/" + name));
                Path f = export().resolve(name);
                z.write(Files.exists(f) ? Files.readAllBytes(f) : new byte[] {1, 2, 3});
                z.closeEntry();
            }
        }
        List<Problem> problems = new ArrayList<>();
        List<Post> posts = new ArrayList<>();
        Analyzer.Summary summary = Echotrace.analyze(List.of(zip.toString()), AnalyzeOptions.defaults(), posts::add,
                problems::add);

        assertThat(problems).isEmpty();
        assertThat(summary.inputs()).isEqualTo(1);
        assertThat(posts).extracting(p -> p.source().itemId())
                .containsExactlyElementsOf(fromFolder.stream().map(p -> p.source().itemId()).toList());
        assertThat(posts).extracting(Post::author).containsExactlyElementsOf(fromFolder.stream().map(Post::author).toList());
        assertThat(posts).allMatch(p -> p.source().path().endsWith("export.zip!/ChatExport_2022-12-19/messages.html"));
        assertThat(summary.skipped()).containsEntry("media files", 2L);
    }

    @Test
    void aSinglePageIsDetectedByContent() throws Exception {
        Path page = Files.writeString(tmp.resolve("saved.html"), page(42));
        List<Post> posts = Echotrace.analyze(List.of(page.toString()), AnalyzeOptions.defaults(), p -> { });
        assertThat(posts).singleElement().satisfies(p -> {
            assertThat(p.source().format()).isEqualTo(Format.TELEGRAM_EXPORT_HTML);
            assertThat(p.published()).isEqualTo("2023-01-05T10:00");
            assertThat(p.author()).isEqualTo("Анна");
        });
    }

    @Test
    void aMessageWithoutAnIdIsAWarningAndTheRestIsRead() throws IOException {
        String html = "<div class=\"page_header\"><div class=\"text bold\">Чат</div></div><div class=\"history\">"
                + "<div class=\"message default clearfix\"><div class=\"body\"><div class=\"text\">без id</div></div></div>"
                + "<div class=\"message default clearfix\" id=\"message9\"><div class=\"body\"><div class=\"from_name\">Анна</div>"
                + "<div class=\"text\">с id</div></div></div></div>";
        List<Post> posts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Input input = Input.of("chat/messages.html", new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)),
                problems::add);
        new TelegramExportHtmlReader().read(input, new ReadContext("chat/messages.html", posts::add, problems::add, Map.of()));

        assertThat(posts).extracting(Post::text).containsExactly("с id");
        assertThat(posts.get(0).source().channelTitle()).isEqualTo("Чат");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.position()).isEqualTo("message 1");
        });
    }

    @Test
    void datesKeepTheirOffset() {
        assertThat(TelegramExportHtmlReader.parseDate("19.12.2022 15:39:02 UTC+03:00")).isEqualTo("2022-12-19T15:39:02+03:00");
        assertThat(TelegramExportHtmlReader.parseDate("01.02.2023 00:05:00 UTC-05:30")).isEqualTo("2023-02-01T00:05-05:30");
        assertThat(TelegramExportHtmlReader.parseDate("01.02.2023 00:05:00 UTC+00:00")).isEqualTo("2023-02-01T00:05Z");
        assertThat(TelegramExportHtmlReader.parseDate("31.02.2023 00:05:00")).isNull();
    }

    /** A minimal page with one message of id {@code id}. */
    static String page(int id) {
        return "<!DOCTYPE html>\n<html>\n<head><meta charset=\"utf-8\"/><title>Exported Data</title></head>\n<body>\n"
                + "<div class=\"page_wrap\">\n<div class=\"page_header\">\n<div class=\"content\">\n<div class=\"text bold\">\nЧат\n</div>\n"
                + "</div>\n</div>\n<div class=\"page_body chat_page\">\n<div class=\"history\">\n"
                + "<div class=\"message default clearfix\" id=\"message" + id + "\">\n<div class=\"body\">\n"
                + "<div class=\"pull_right date details\" title=\"05.01.2023 10:00:00\">\n10:00\n</div>\n"
                + "<div class=\"from_name\">\nАнна\n</div>\n<div class=\"text\">\nСообщение " + id + "\n</div>\n"
                + "</div>\n</div>\n</div>\n</div>\n</div>\n</body>\n</html>\n";
    }
}

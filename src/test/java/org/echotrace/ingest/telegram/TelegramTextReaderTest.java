package org.echotrace.ingest.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.echotrace.AnalyzeOptions;
import org.echotrace.Echotrace;
import org.echotrace.ingest.FormatDetector;
import org.echotrace.ingest.Input;
import org.echotrace.ingest.ReadContext;
import org.echotrace.model.Attribution;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TelegramTextReaderTest {

    static String fixture(String name) {
        try {
            return Path.of(TelegramTextReaderTest.class.getResource("/ingest/telegram-text/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Post> analyze(String name) {
        List<Problem> problems = new ArrayList<>();
        List<Post> posts = Echotrace.analyze(List.of(fixture(name)), AnalyzeOptions.defaults(), problems::add);
        assertThat(problems).isEmpty();
        return posts;
    }

    private static Map<String, Long> map(Object... kv) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], ((Number) kv[i + 1]).longValue());
        }
        return m;
    }

    @Test
    void englishChannelPage() {
        List<Post> posts = analyze("ministry-digest-en.txt");
        assertThat(posts).hasSize(6);
        assertThat(posts).extracting(Post::position).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
        Post first = posts.get(0);
        assertThat(first.source().format()).isEqualTo(Format.TELEGRAM_TEXT);
        assertThat(first.source().channel()).isEqualTo("ministry_digest");
        assertThat(first.source().channelTitle()).isEqualTo("Ministry Digest");
        assertThat(first.source().counters()).isEqualTo(
                Map.of("subscribers", 12400L, "photos", 1300L, "videos", 88L, "files", 88L, "links", 215L));
        assertThat(first.source().description())
                .isEqualTo("Daily briefings from the foreign ministry press office.\nStatements, comments and interviews.");
        assertThat(first.text())
                .isEqualTo("The ambassador met the deputy minister to discuss the new cultural exchange programme.");
        assertThat(first.forwardedFrom()).isEqualTo("Embassy News");
        assertThat(first.reactions()).containsExactlyEntriesOf(map("👍", 15, "🔥", 2));
        assertThat(first.views()).isEqualTo(1200L);
        assertThat(first.published()).isEqualTo("--03-07T14:05:00");

        Post second = posts.get(1);
        assertThat(second.text()).isEqualTo("The spokeswoman said the consultations in Geneva would continue next week, "
                + "with experts from both sides joining the talks.\nShe added that a joint statement was being prepared.");
        assertThat(second.forwardedFrom()).isNull();
        assertThat(second.reactions()).containsExactlyEntriesOf(map("❤", 4));
        assertThat(second.views()).isEqualTo(980L);

        Post photo = posts.get(2);
        assertThat(photo.mediaType()).isEqualTo("photo");
        assertThat(photo.text()).isEqualTo("The delegation at the airport on Tuesday morning.");
        assertThat(photo.views()).isEqualTo(310L);
        assertThat(photo.published()).isEqualTo("--03-07T16:42:00");

        Post wire = posts.get(3);
        assertThat(wire.text()).isEqualTo("The ministry has summoned the ambassador over the statement made on Monday.");
        assertThat(wire.place()).isEqualTo("Moscow");
        assertThat(wire.source().outlet()).isEqualTo("TASS");
        assertThat(wire.attributions()).containsExactly(new Attribution("TASS", "agency"),
                new Attribution("TASS", "source"));
        assertThat(wire.reactions()).containsExactlyEntriesOf(map("👍", 120, "😡", 33));
        assertThat(wire.views()).isEqualTo(15300L);
        assertThat(wire.published()).isEqualTo("--03-08T09:12:00");

        Post video = posts.get(4);
        assertThat(video.forwardedFrom()).isEqualTo("Foreign Policy Notes");
        assertThat(video.mediaType()).isEqualTo("video");
        assertThat(video.text()).isEqualTo("Minister's interview on the situation in the region. "
                + "Full version on our website: https://example.org/interview");
        assertThat(video.urls()).containsExactly("https://example.org/interview");

        Post last = posts.get(5);
        assertThat(last.text()).isEqualTo(
                "#briefing The weekly briefing starts at 13:00.\nQuestions can be sent to @ministry_press_bot.");
        assertThat(last.attributions()).containsExactly(new Attribution("@ministry_digest", "via"));
        assertThat(last.views()).isEqualTo(1100L);
        assertThat(last.published()).isEqualTo("--03-08T12:45:00");

        for (Post p : posts) {
            assertThat(p.text()).doesNotContain("Ministry Digest", "Forwarded from", "views", "subscribers",
                    "View in Telegram", "VIEW IN TELEGRAM", "Please open Telegram", "👍", "❤", "Read more at");
        }
    }

    @Test
    void russianChannelPage() {
        List<Post> posts = analyze("vestnik-ru.txt");
        assertThat(posts).hasSize(6);
        Post first = posts.get(0);
        assertThat(first.source().channel()).isEqualTo("vestnik_mid");
        assertThat(first.source().channelTitle()).isEqualTo("Вестник МИД");
        assertThat(first.source().counters()).isEqualTo(
                Map.of("subscribers", 12400L, "photos", 1300L, "videos", 88L, "files", 88L, "links", 215L));
        assertThat(first.source().description()).isEqualTo("Официальные новости и комментарии пресс-службы.");
        assertThat(first.forwardedFrom()).isEqualTo("Посольство в Минске");
        assertThat(first.text()).isEqualTo(
                "Посол провёл встречу с руководством университета и обсудил программы обмена студентами.");
        assertThat(first.attributions()).containsExactly(new Attribution("РИА Новости", "source"));
        assertThat(first.reactions()).containsExactlyEntriesOf(map("👍", 15, "🔥", 2));
        assertThat(first.views()).isEqualTo(1200L);
        assertThat(first.published()).isEqualTo("--03-07T14:05:00");

        Post wire = posts.get(1);
        assertThat(wire.text()).isEqualTo(
                "Заместитель министра принял верительные грамоты нового посла.\nЦеремония прошла в особняке на Спиридоновке.");
        assertThat(wire.place()).isEqualTo("Москва");
        assertThat(wire.attributions()).containsExactly(new Attribution("TASS", "agency"));
        assertThat(wire.views()).isEqualTo(3100L);
        assertThat(wire.reactions()).containsExactlyEntriesOf(map("❤", 4));
        assertThat(wire.published()).isEqualTo("--03-07T18:20:00");

        Post photo = posts.get(2);
        assertThat(photo.mediaType()).isEqualTo("photo");
        assertThat(photo.text()).isEqualTo("Делегация на ступенях министерства после переговоров.");
        assertThat(photo.attributions()).containsExactly(new Attribution("пресс-служба МИД", "photo"));
        assertThat(photo.published()).isEqualTo("--03-08T09:00:00");
        assertThat(photo.views()).isEqualTo(540L);

        Post preview = posts.get(3);
        assertThat(preview.text()).isEqualTo("Официальный представитель ведомства заявила, что консультации продолжатся "
                + "на следующей неделе в Женеве.\nЭксперты обеих сторон подготовят проект совместного заявления.");
        assertThat(preview.reactions()).containsExactlyEntriesOf(map("🔥", 7, "👏", 3));
        assertThat(preview.views()).isEqualTo(2000L);

        Post video = posts.get(4);
        assertThat(video.forwardedFrom()).isEqualTo("Голос дипломата");
        assertThat(video.mediaType()).isEqualTo("video");
        assertThat(video.text()).isEqualTo("Интервью министра о ситуации в регионе 🇷🇺");
        assertThat(video.attributions()).containsExactly(new Attribution("Анна Смирнова", "translated_by"));

        Post last = posts.get(5);
        assertThat(last.text()).isEqualTo("Брифинг начнётся в 13:00 по московскому времени.\nАккредитация журналистов завершена.");
        assertThat(last.views()).isEqualTo(870L);
        assertThat(last.published()).isEqualTo("--03-08T16:10:00");

        for (Post p : posts) {
            assertThat(p.text()).doesNotContain("Вестник МИД", "Переслано", "просмотров", "Показать полностью",
                    "Открыть в Telegram", "Источник:", "Перевод:", "Фото:", "👍");
        }
    }

    @Test
    void scraperDumpWithLeadingFooters() {
        List<Post> posts = analyze("balkan-wire-footer-first.txt");
        assertThat(posts).hasSize(6);
        assertThat(posts.get(0).source().channel()).isEqualTo("balkan_wire");
        assertThat(posts.get(0).source().channelTitle()).isEqualTo("Balkan Wire");
        assertThat(posts.get(0).source().counters()).isEqualTo(Map.of("subscribers", 8100L));
        assertThat(posts.get(0).source().description()).isEqualTo("Short wire from the region, several times a day.");

        Post wire = posts.get(0);
        assertThat(wire.forwardedFrom()).isEqualTo("Regional Radio");
        assertThat(wire.text()).isEqualTo("The two ministers signed a memorandum on energy cooperation.");
        assertThat(wire.place()).isEqualTo("Belgrade");
        assertThat(wire.attributions()).containsExactly(new Attribution("Xinhua", "agency"));
        assertThat(wire.views()).isEqualTo(2300L);
        assertThat(wire.published()).isEqualTo("--04-02T08:15:00");
        assertThat(wire.reactions()).containsExactlyEntriesOf(map("👍", 40));

        Post photo = posts.get(1);
        assertThat(photo.mediaType()).isEqualTo("photo");
        assertThat(photo.text()).isEqualTo("The new terminal opened on Monday.");
        assertThat(photo.attributions()).containsExactly(new Attribution("Marko Petrović", "photo"));
        assertThat(photo.views()).isEqualTo(950L);

        Post translated = posts.get(2);
        assertThat(translated.text()).isEqualTo(
                "Statement of the ministry on the planned visit.\nThe visit is expected to take place in May.");
        assertThat(translated.attributions()).containsExactly(new Attribution("Ivana Kovač", "translated_by"));
        assertThat(translated.published()).isEqualTo("--04-03T11:05:00");
        assertThat(translated.reactions()).containsExactlyEntriesOf(map("🔥", 12, "❤", 5));

        Post repeated = posts.get(3);
        assertThat(repeated.forwardedFrom()).isEqualTo("Новости региона");
        assertThat(repeated.text()).isEqualTo("Министр провёл переговоры с делегацией.\nСтороны договорились продолжить диалог.");

        assertThat(posts.get(4).text()).isEqualTo("A short update: the meeting was moved to Thursday.");
        assertThat(posts.get(4).views()).isEqualTo(720L);
        assertThat(posts.get(5).mediaType()).isEqualTo("video");
        assertThat(posts.get(5).text()).isEmpty();
        assertThat(posts.get(5).views()).isEqualTo(1000L);
        assertThat(posts.get(5).published()).isEqualTo("--04-02T14:30:00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ministry-digest-en.txt", "vestnik-ru.txt", "balkan-wire-footer-first.txt"})
    void fixturesAreDetectedAsTelegramText(String name) throws IOException {
        try (var in = java.nio.file.Files.newInputStream(Path.of(fixture(name)))) {
            Input input = Input.of(name, in, p -> { });
            assertThat(FormatDetector.detect(input)).contains(Format.TELEGRAM_TEXT);
        }
    }

    @Test
    void countsParse() {
        assertThat(TelegramTextCues.count("1.2K")).isEqualTo(1200L);
        assertThat(TelegramTextCues.count("12,4 тыс.")).isEqualTo(12400L);
        assertThat(TelegramTextCues.count("12 400")).isEqualTo(12400L);
        assertThat(TelegramTextCues.count("3.1M")).isEqualTo(3_100_000L);
        assertThat(TelegramTextCues.count("88")).isEqualTo(88L);
    }

    @Test
    void textWithoutHeaderOrCuesIsOnePost() throws IOException {
        List<Post> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String text = "Just a line of text.\nAnd another one.\n";
        Input input = Input.of("x.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), problems::add);
        new TelegramTextReader().read(input, new ReadContext("x.txt", out::add, problems::add, Map.of()));
        assertThat(out).hasSize(1);
        assertThat(out.get(0).text()).isEqualTo("Just a line of text.\nAnd another one.");
        assertThat(out.get(0).source().channelTitle()).isNull();
    }

    @Test
    void hostileLinesAreCutWithAWarning() throws IOException {
        List<Post> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String text = "Forwarded from X\n" + "a".repeat(TelegramTextReader.MAX_LINE_CHARS + 10) + "\n1 view 10:00\n";
        Input input = Input.of("x.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), problems::add);
        new TelegramTextReader().read(input, new ReadContext("x.txt", out::add, problems::add, Map.of()));
        assertThat(out).hasSize(1);
        assertThat(out.get(0).text()).hasSize(TelegramTextReader.MAX_LINE_CHARS);
        assertThat(out.get(0).views()).isEqualTo(1L);
        assertThat(problems).extracting(Problem::position).containsExactly("line 2");
    }

    @Test
    void aBrowserCopyWithUnicodeSpacesAndPostsSeparatedOnlyByForwards() {
        List<Post> posts = analyze("browser-copy-nbsp.txt");
        Post first = posts.get(0);
        assertThat(first.source().format()).isEqualTo(Format.TELEGRAM_TEXT);
        assertThat(first.source().channel()).isEqualTo("sever_vestnik");
        assertThat(first.source().channelTitle()).isEqualTo("Северный вестник");
        assertThat(first.source().counters()).containsEntry("subscribers", 12345L).containsEntry("photos", 1200L);
        assertThat(first.source().description())
                .isEqualTo("Новости округа каждый день.\nПишите нам: bot @sever_feedback_bot\nБез выходных.");
        assertThat(posts).extracting(Post::forwardedFrom).containsExactly("Министерство связи", "Радио Север",
                "Пресс-служба губернатора", null);
        assertThat(posts).extracting(Post::text).containsExactly(
                "Операторы связи восстановили работу сети в трёх районах.", "В эфире — итоги недели.",
                "Губернатор поздравил ветеранов.", "Снегопад продлится до утра.");
        assertThat(posts.get(2).reactions()).containsExactly(Map.entry("👍", 15L), Map.entry("🔥", 2L));
        assertThat(posts.get(2).views()).isEqualTo(1200L);
        assertThat(posts.get(2).published()).isEqualTo("--03-07T14:05:00");
        assertThat(posts.get(3).views()).isEqualTo(980L);
    }

    @Test
    void aContactPageGivesNoPostButAWarningNamingTheChannel() {
        List<Problem> problems = new ArrayList<>();
        List<Post> posts = Echotrace.analyze(List.of(fixture("contact-page.txt")), AnalyzeOptions.defaults(), problems::add);
        assertThat(posts).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.message()).isEqualTo("a t.me/<channel> contact page, not the channel's posts: @ministry_digest "
                    + "\"Ministry Digest\", 48210 subscribers; save the t.me/s/<channel> page to get the posts");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"View in Telegram", "Открыть в Telegram", "Відкрити в Telegram", "Адкрыць у Telegram",
            "在 Telegram 中查看", "مشاهده در تلگرام", "فتح في تيليجرام", "Kanala katıl", "Abrir en Telegram",
            "In Telegram öffnen", "Ouvrir dans Telegram", "Apri in Telegram", "Abrir no Telegram", "Telegramda ochish",
            "Telegram-да ашу", "View\u00a0in\u202fTelegram"})
    void joinLabelsInManyLanguagesEndTheHeader(String label) {
        assertThat(TelegramTextCues.get().isJoinLabel(label)).isTrue();
    }
}

package org.echotrace.ingest.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.echotrace.AnalyzeOptions;
import org.echotrace.Echotrace;
import org.echotrace.ingest.InputException;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Problem;
import org.junit.jupiter.api.Test;

class TelegramExportReaderTest {

    private static final String CHANNEL = "МИД России 🇷🇺";
    private final TelegramExportReader reader = new TelegramExportReader();

    @Test
    void readsEveryChannelMessageAndSkipsServiceMessages() throws Exception {
        var r = TelegramFixtures.read(reader, "telegram-export/channel/result.json");

        assertThat(r.problems()).isEmpty();
        assertThat(r.posts()).extracting(p -> p.source().itemId())
                .containsExactly("4102", "4103", "4104", "4105", "4106", "4108", "4109", "4110", "4111", "4112");
        assertThat(r.posts()).extracting(Post::position).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(r.posts()).allSatisfy(p -> {
            assertThat(p.source().format()).isEqualTo(Format.TELEGRAM_EXPORT);
            assertThat(p.source().channelTitle()).isEqualTo(CHANNEL);
            assertThat(p.source().channel()).isNull();
            assertThat(p.source().url()).isNull();
        });
    }

    @Test
    void flattensTextArraysAndKeepsEntityLinks() throws Exception {
        Post p = TelegramFixtures.read(reader, "telegram-export/channel/result.json").item("4102");

        assertThat(p.text()).isEqualTo("🇷🇺🇦🇹 7 марта в Вене состоялась встреча министра с Генеральным секретарём ОБСЕ\n\n"
                + "Стороны обсудили подготовку к заседанию Совета министров иностранных дел и работу полевых миссий. "
                + "Подробнее — на сайте министерства.\n\n#ОБСЕ #Вена");
        assertThat(p.urls()).containsExactly("https://mid.example/ru/news/1860001/");
        assertThat(p.hashtags()).containsExactly("ОБСЕ", "Вена");
        assertThat(p.author()).isEqualTo(CHANNEL);
        assertThat(p.published()).isEqualTo("2023-03-07T11:05:11Z");
        assertThat(p.edited()).isEqualTo("2023-03-07T12:20:44Z");
        assertThat(p.mediaType()).isNull();
        assertThat(p.reactions()).containsExactly(entry("👍", 120L), entry("❤", 35L),
                entry("custom:5368713009271851012", 4L), entry("paid", 5L));
    }

    @Test
    void collectsMentionsAndPlainLinks() throws Exception {
        Post p = TelegramFixtures.read(reader, "telegram-export/channel/result.json").item("4103");

        assertThat(p.text()).startsWith("🇷🇺🇦🇹 On 7 March in Vienna, the Minister met with the OSCE Secretary General.\n\n")
                .endsWith("Follow @MFA_Russia_EN for updates: https://mid.example/en/news/1860002/\n\n#OSCE");
        assertThat(p.mentions()).containsExactly("MFA_Russia_EN");
        assertThat(p.urls()).containsExactly("https://mid.example/en/news/1860002/");
        assertThat(p.hashtags()).containsExactly("OSCE");
        assertThat(p.edited()).isNull();
        assertThat(p.reactions()).containsExactly(entry("👍", 48L), entry("👎", 3L));
    }

    @Test
    void mediaMessagesKeepTheirCaptionAndType() throws Exception {
        var r = TelegramFixtures.read(reader, "telegram-export/channel/result.json");

        assertThat(r.item("4104").text()).isEmpty();
        assertThat(r.item("4104").mediaType()).isEqualTo("photo");
        assertThat(r.item("4105").text())
                .isEqualTo("📹 Выступление министра на пресс-конференции по итогам переговоров в Вене");
        assertThat(r.item("4105").mediaType()).isEqualTo("video_file");
        assertThat(r.item("4110").text()).isEmpty();
        assertThat(r.item("4110").mediaType()).isEqualTo("sticker");
        assertThat(r.item("4111").text()).isEqualTo(
                "Какие темы осветить на следующем брифинге?\nЕвропейская безопасность\nВизовые вопросы");
        assertThat(r.item("4111").mediaType()).isEqualTo("poll");
    }

    @Test
    void readsForwardsSignaturesViewsAndTextEntities() throws Exception {
        var r = TelegramFixtures.read(reader, "telegram-export/channel/result.json");

        Post forward = r.item("4106");
        assertThat(forward.forwardedFrom()).isEqualTo("Посольство России в Австрии");
        assertThat(forward.text()).isEqualTo("Посольство провело брифинг для представителей австрийских СМИ об итогах визита.\n\n"
                + "Основные темы:\n▪️ европейская безопасность;\n▪️ гуманитарное сотрудничество;\n▪️ экономические связи.");

        Post statement = r.item("4108");
        assertThat(statement.author()).isEqualTo("Официальный представитель");
        assertThat(statement.views()).isEqualTo(15300L);
        assertThat(statement.text()).isEqualTo("❗️Заявление официального представителя\n\n"
                + "Мы призываем все стороны воздержаться от односторонних шагов и вернуться к диалогу 🤝");
        assertThat(statement.reactions()).containsExactly(entry("🔥", 1204L), entry("👏", 87L));

        Post entitiesOnly = r.item("4109");
        assertThat(entitiesOnly.text()).isEqualTo("Brief statement on the consultations in Geneva. #Geneva");
        assertThat(entitiesOnly.hashtags()).containsExactly("Geneva");

        Post mixed = r.item("4112");
        assertThat(mixed.text()).isEqualTo(
                "Minister's interview with Vienna Daily: Dialogue is the only way forward. Full text: coming soon 🌍");
        assertThat(mixed.urls()).containsExactly("https://news.example.at/interview-2023");
    }

    @Test
    void chatExportUsesSendersAsAuthors() throws Exception {
        var r = TelegramFixtures.read(reader, "telegram-export/chat/result.json");

        assertThat(r.problems()).isEmpty();
        assertThat(r.posts()).extracting(p -> p.source().itemId()).containsExactly("201", "202", "203", "205");
        assertThat(r.posts()).extracting(Post::author)
                .containsExactly("Анна Кузнецова", "Daniel Weber", "Анна Кузнецова", "Daniel Weber");
        assertThat(r.posts()).allSatisfy(p -> assertThat(p.source().channelTitle()).isEqualTo("Daniel Weber"));
        assertThat(r.item("202").text()).isEqualTo("Yes, the English version is here: https://t.me/MFA_Russia_EN/1502 👀");
        assertThat(r.item("202").urls()).containsExactly("https://t.me/MFA_Russia_EN/1502");
        assertThat(r.item("203").mediaType()).isEqualTo("voice_message");
        assertThat(r.item("205").text()).isEqualTo("Спасибо, Анна! Отправлю коллегам desk@news.example.at");
        assertThat(r.item("205").mentions()).isEmpty();
    }

    @Test
    void badMessagesAreReportedAndSkipped() throws Exception {
        var r = TelegramFixtures.read(reader, "telegram-export/bad-message.json");

        assertThat(r.posts()).extracting(p -> p.source().itemId()).containsExactly("77", "79");
        assertThat(r.item("79").published()).isNull();
        assertThat(r.problems()).extracting(Problem::severity, Problem::position, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Problem.Severity.WARNING, "message 2, line 16",
                        "message \"id\" is not an integer: \"seventy-eight\"; skipped"),
                org.assertj.core.groups.Tuple.tuple(Problem.Severity.WARNING, "message 3, line 24",
                        "message is not a JSON object; skipped"),
                org.assertj.core.groups.Tuple.tuple(Problem.Severity.WARNING, "message 4, line 25",
                        "unreadable \"date\": \"8 March 2023\""));
    }

    @Test
    void truncatedExportFailsWithLineAndColumn() throws Exception {
        assertThatThrownBy(() -> TelegramFixtures.read(reader, "telegram-export/truncated.json"))
                .isInstanceOf(InputException.class)
                .satisfies(e -> {
                    InputException ie = (InputException) e;
                    assertThat(ie.position()).matches("line \\d+, column \\d+");
                    assertThat(ie.getMessage()).startsWith("malformed JSON: ")
                            .doesNotContain("Source").doesNotContain("\n");
                });
    }

    @Test
    void syntaxErrorsNameTheirPosition() throws Exception {
        String json = "{\"name\": \"x\", \"messages\": [\n {\"id\": 1, \"text\": \"a\"},\n {\"id\": 2 \"text\": \"b\"}\n]}";
        assertThatThrownBy(() -> TelegramFixtures.readString(reader, "broken.json", json))
                .isInstanceOf(InputException.class)
                .satisfies(e -> {
                    assertThat(((InputException) e).position()).isEqualTo("line 3, column 11");
                    assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Source");
                });
    }

    @Test
    void deepNestingIsACleanOneLineError() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        for (String json : List.of(
                "{\"name\": \"x\", \"messages\": [{\"id\": 1, \"text\": " + deep + "}]}",
                "{\"about\": " + deep + ", \"messages\": []}")) {
            assertThatThrownBy(() -> TelegramFixtures.readString(reader, "deep.json", json))
                    .isInstanceOf(InputException.class)
                    .satisfies(e -> {
                        assertThat(((InputException) e).position()).matches("line 1, column \\d+");
                        assertThat(e.getMessage()).isEqualTo(
                                "JSON beyond safety limits: Document nesting depth (1001) exceeds the maximum allowed (1000)");
                    });
        }
    }

    @Test
    void rejectsJsonThatIsNotAnExport() {
        assertThatThrownBy(() -> TelegramFixtures.readString(reader, "a.json", "[{\"id\": 1}]"))
                .isInstanceOf(InputException.class)
                .hasMessage("not a Telegram export: expected a JSON object, found an array");
        assertThatThrownBy(() -> TelegramFixtures.readString(reader, "b.json", "{\"name\": \"x\"}"))
                .isInstanceOf(InputException.class)
                .hasMessage("not a Telegram export: no \"messages\" array");
    }

    @Test
    void readsEveryChatOfAFullAccountExport() throws Exception {
        String json = """
                {"about": "Here is the data you requested.",
                 "personal_information": {"first_name": "Daniel"},
                 "chats": {"about": "This page lists all chats.", "list": [
                   {"name": "Press desk", "type": "private_group", "id": 11,
                    "messages": [{"id": 1, "type": "message", "date_unixtime": "1678187111", "from": "Eva", "text": "Hallo"}]},
                   {"name": "Вена", "type": "public_supergroup", "id": 12,
                    "messages": [{"id": 7, "type": "message", "date": "2023-03-07T14:05:11", "from": "Олег", "text": "Привет"}]}
                 ]}}
                """;
        var r = TelegramFixtures.readString(reader, "result.json", json);

        assertThat(r.posts()).extracting(p -> p.source().channelTitle(), Post::text, Post::published).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Press desk", "Hallo", "2023-03-07T11:05:11Z"),
                org.assertj.core.groups.Tuple.tuple("Вена", "Привет", "2023-03-07T14:05:11"));
    }

    @Test
    void endToEndThroughTheAnalyzer() throws Exception {
        Path file = Path.of(getClass().getResource("/ingest/telegram-export/channel/result.json").toURI());
        List<Problem> problems = new ArrayList<>();
        List<Post> posts = Echotrace.analyze(List.of(file.toString()), AnalyzeOptions.defaults(), problems::add);

        assertThat(problems).isEmpty();
        assertThat(posts).hasSize(10);
        assertThat(posts.get(0).source().format()).isEqualTo(Format.TELEGRAM_EXPORT);
        assertThat(posts.get(0).hashtags()).containsExactly("ОБСЕ", "Вена");
        assertThat(posts.get(0).id()).isNotBlank();
    }
}

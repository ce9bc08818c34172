package org.echotrace.ingest.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.echotrace.AnalyzeOptions;
import org.echotrace.Echotrace;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Problem;
import org.junit.jupiter.api.Test;

class TelegramHtmlReaderTest {

    private static final String PAGE = "telegram-html/mfa_russia.html";
    private final TelegramHtmlReader reader = new TelegramHtmlReader();

    @Test
    void readsOnePostPerMessageAndSkipsServiceMessages() throws Exception {
        var r = TelegramFixtures.read(reader, PAGE);

        assertThat(r.problems()).isEmpty();
        assertThat(r.posts()).extracting(p -> p.source().itemId()).containsExactly(
                "mfa_russia/12340", "mfa_russia/12341", "mfa_russia/12342", "mfa_russia/12343", "mfa_russia/12344",
                "mfa_russia/12345", "mfa_russia/12346", "mfa_russia/12347", "mfa_russia/12349");
        assertThat(r.posts()).noneMatch(p -> p.text().contains("Channel photo updated"));
    }

    @Test
    void everyPostCarriesTheChannelHeader() throws Exception {
        var r = TelegramFixtures.read(reader, PAGE);

        assertThat(r.posts()).allSatisfy(p -> {
            assertThat(p.source().format()).isEqualTo(Format.TELEGRAM_HTML);
            assertThat(p.source().channel()).isEqualTo("mfa_russia");
            assertThat(p.source().channelTitle()).isEqualTo("МИД России 🇷🇺");
            assertThat(p.source().description())
                    .isEqualTo("Официальный канал министерства. Новости, заявления, брифинги.\nEnglish: @MFA_Russia_EN");
            assertThat(p.source().counters()).containsOnly(entry("subscribers", 12_400L), entry("photos", 3_100L),
                    entry("videos", 642L), entry("files", 1_500_000L), entry("links", 12_345L));
            assertThat(p.source().url()).isEqualTo("https://t.me/" + p.source().itemId());
            assertThat(p.author()).isEqualTo("МИД России 🇷🇺");
        });
    }

    @Test
    void keepsLineBreaksEmojiAndLinks() throws Exception {
        Post p = TelegramFixtures.read(reader, PAGE).item("mfa_russia/12340");

        assertThat(p.text()).isEqualTo("🇷🇺🇦🇹 7 марта в Вене состоялась встреча министра с Генеральным секретарём ОБСЕ\n\n"
                + "Стороны обсудили подготовку к заседанию Совета министров иностранных дел и работу полевых миссий. "
                + "Подробнее — на сайте министерства.\n\n#ОБСЕ #Вена");
        assertThat(p.urls()).containsExactly("https://mid.example/ru/news/1860001/");
        assertThat(p.hashtags()).containsExactly("ОБСЕ", "Вена");
        assertThat(p.published()).isEqualTo("2023-03-07T11:05:11+00:00");
        assertThat(p.views()).isEqualTo(15_300L);
        assertThat(p.reactions()).containsExactly(entry("👍", 1_200L), entry("❤", 341L), entry("🔥", 88L));
        assertThat(p.forwardedFrom()).isNull();
        assertThat(p.mediaType()).isNull();
    }

    @Test
    void linkPreviewIsNotBodyTextButItsUrlIsKept() throws Exception {
        Post p = TelegramFixtures.read(reader, PAGE).item("mfa_russia/12341");

        assertThat(p.text()).isEqualTo("On 7 March in Vienna, the Minister met with the OSCE Secretary General.\n\n"
                + "Read the English version on our website and follow @MFA_Russia_EN #OSCE");
        assertThat(p.text()).doesNotContain("PREVIEW BLURB").doesNotContain("Minister meets OSCE Secretary General")
                .doesNotContain("Ministry of Foreign Affairs");
        assertThat(p.urls()).containsExactly("https://mid.example/en/news/1860002/");
        assertThat(p.mentions()).containsExactly("MFA_Russia_EN");
        assertThat(p.views()).isEqualTo(9_800L);
        assertThat(p.reactions()).isEmpty();
    }

    @Test
    void replyQuoteIsNotBodyText() throws Exception {
        Post p = TelegramFixtures.read(reader, PAGE).item("mfa_russia/12344");

        assertThat(p.text()).isEqualTo("Transcript of the Minister's remarks to the press after the talks will be "
                + "published later today.\nStay tuned 📃");
        assertThat(p.text()).doesNotContain("REPLY QUOTE");
        assertThat(p.views()).isEqualTo(6_530L);
    }

    @Test
    void readsForwardsInBothMarkupVariants() throws Exception {
        var r = TelegramFixtures.read(reader, PAGE);

        assertThat(r.item("mfa_russia/12343").forwardedFrom()).isEqualTo("Посольство России в Австрии");
        assertThat(r.item("mfa_russia/12343").text()).isEqualTo(
                "Посольство провело брифинг для представителей австрийских СМИ об итогах визита.\n\n"
                        + "Основные темы:\n▪️ европейская безопасность;\n▪️ гуманитарное сотрудничество.");
        assertThat(r.item("mfa_russia/12343").text()).doesNotContain("Forwarded from");
        assertThat(r.item("mfa_russia/12346").forwardedFrom()).isEqualTo("Permanent Mission to the OSCE");
        assertThat(r.item("mfa_russia/12346").reactions()).containsExactly(entry("👏", 57L));
    }

    @Test
    void readsMediaTypesAndPolls() throws Exception {
        var r = TelegramFixtures.read(reader, PAGE);

        assertThat(r.item("mfa_russia/12342").mediaType()).isEqualTo("photo");
        assertThat(r.item("mfa_russia/12342").text()).isEqualTo("📸 Фотографии с переговоров в Вене");
        assertThat(r.item("mfa_russia/12345").mediaType()).isEqualTo("video_file");
        assertThat(r.item("mfa_russia/12345").text()).doesNotContain("6:52");
        assertThat(r.item("mfa_russia/12345").views()).isEqualTo(21_600L);
        assertThat(r.item("mfa_russia/12347").mediaType()).isEqualTo("poll");
        assertThat(r.item("mfa_russia/12347").text())
                .isEqualTo("Какие темы осветить на следующем брифинге?\nЕвропейская безопасность\nВизовые вопросы");
    }

    @Test
    void brokenMarkupStillParses() throws Exception {
        Post p = TelegramFixtures.read(reader, PAGE).item("mfa_russia/12349");

        assertThat(p.text()).isEqualTo("Брифинг официального представителя переносится на пятницу\n"
                + "Briefing moved to Friday, 10 March");
        assertThat(p.reactions()).containsExactly(entry("custom:5368713009271851012", 4L), entry("paid", 5L));
        assertThat(p.views()).isEqualTo(2_500L);
        assertThat(p.published()).isEqualTo("2023-03-09T15:10:00+00:00");
    }

    @Test
    void readsASinglePostEmbedWithoutHeader() throws Exception {
        String html = """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>Telegram Widget</title></head>
                <body class="body_widget_post emoji_image nodesktop">
                <div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="rusembassy_at/2210">
                 <div class="tgme_widget_message_bubble">
                  <div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/rusembassy_at"><span dir="auto">Посольство России в Австрии</span></a></div>
                  <div class="tgme_widget_message_text js-message_text" dir="auto">Консульский отдел не работает 9 марта.<br>The consular section is closed on 9 March.</div>
                  <div class="tgme_widget_message_footer"><div class="tgme_widget_message_info">
                   <span class="tgme_widget_message_views">1,204</span>
                   <span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/rusembassy_at/2210"><time datetime="2023-03-08T10:00:00+03:00" class="time">10:00</time></a></span>
                  </div></div>
                 </div>
                </div></body></html>
                """;
        var r = TelegramFixtures.readString(reader, "embed.html", html);

        assertThat(r.posts()).hasSize(1);
        Post p = r.posts().get(0);
        assertThat(p.source().channel()).isEqualTo("rusembassy_at");
        assertThat(p.source().channelTitle()).isEqualTo("Посольство России в Австрии");
        assertThat(p.source().counters()).isEmpty();
        assertThat(p.source().url()).isEqualTo("https://t.me/rusembassy_at/2210");
        assertThat(p.text()).isEqualTo("Консульский отдел не работает 9 марта.\nThe consular section is closed on 9 March.");
        assertThat(p.published()).isEqualTo("2023-03-08T10:00:00+03:00");
        assertThat(p.views()).isEqualTo(1_204L);
    }

    @Test
    void aPageWithoutMessagesIsAWarning() throws Exception {
        var r = TelegramFixtures.readString(reader, "empty.html",
                "<html><body><div class=\"tgme_channel_info\"><div class=\"tgme_channel_info_header_title\">X</div></div>");

        assertThat(r.posts()).isEmpty();
        assertThat(r.problems()).extracting(Problem::message)
                .containsExactly("no tgme_widget_message elements: not a saved Telegram channel page?");
    }

    @Test
    void endToEndThroughTheAnalyzer() throws Exception {
        Path file = Path.of(getClass().getResource("/ingest/" + PAGE).toURI());
        List<Problem> problems = new ArrayList<>();
        List<Post> posts = Echotrace.analyze(List.of(file.toString()), AnalyzeOptions.defaults(), problems::add);

        assertThat(problems).isEmpty();
        assertThat(posts).hasSize(9);
        assertThat(posts).allMatch(p -> p.source().format() == Format.TELEGRAM_HTML);
        assertThat(posts.get(1).language()).isEqualTo("en");
        assertThat(posts.get(0).language()).isEqualTo("ru");
    }

    @Test
    void albumsAreVideoOrAlbumNotAlwaysPhoto() throws IOException {
        String msg = "<div class=\"tgme_widget_message\" data-post=\"sever/%d\"><div class=\"tgme_widget_message_grouped_wrap\">"
                + "<div class=\"tgme_widget_message_grouped_layer\">%s</div></div>"
                + "<div class=\"tgme_widget_message_text\">Альбом %d</div></div>";
        String photo = "<a class=\"tgme_widget_message_photo_wrap\"></a>";
        String video = "<a class=\"tgme_widget_message_video_player\"></a>";
        String html = "<html><body>" + String.format(java.util.Locale.ROOT, msg, 1, photo + photo, 1)
                + String.format(java.util.Locale.ROOT, msg, 2, video + video, 2)
                + String.format(java.util.Locale.ROOT, msg, 3, photo + video, 3) + "</body></html>";
        var r = TelegramFixtures.readString(reader, "album.html", html);
        assertThat(r.posts()).extracting(Post::mediaType).containsExactly("photo", "video_file", "album");
    }

    @Test
    void aContactPageIsAWarningNamingTheChannelNeverAPost() throws IOException {
        String html = "<html><head><title>Telegram: Contact @sever_vestnik</title></head><body><div class=\"tgme_page\">"
                + "<div class=\"tgme_page_title\"><span dir=\"auto\">Северный вестник</span></div>"
                + "<div class=\"tgme_page_extra\">12 345 subscribers</div>"
                + "<div class=\"tgme_page_description\">Новости округа.</div>"
                + "<div class=\"tgme_page_action\"><a class=\"tgme_action_button_new\" href=\"tg://resolve?domain=sever_vestnik\">View in Telegram</a></div>"
                + "<div class=\"tgme_page_additional\">If you have <strong>Telegram</strong>, you can view and join <br>"
                + "<strong>Северный вестник</strong> right away.</div></div></body></html>";
        var input = org.echotrace.ingest.Input.of("contact.html",
                new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), p -> { });
        assertThat(org.echotrace.ingest.FormatDetector.detect(input)).contains(Format.TELEGRAM_HTML);
        var r = TelegramFixtures.readString(reader, "contact.html", html);
        assertThat(r.posts()).isEmpty();
        assertThat(r.problems()).extracting(Problem::message).containsExactly("a t.me/<channel> contact page, not the "
                + "channel's posts: @sever_vestnik \"Северный вестник\", 12 345 subscribers; save the t.me/s/<channel> "
                + "page to get the posts");
    }
}

package org.echotrace.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.echotrace.ingest.Input;
import org.echotrace.ingest.ReadContext;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Problem;
import org.echotrace.model.Source;
import org.junit.jupiter.api.Test;

class ArticleHtmlReaderTest {
    private final List<Post> posts = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private void read(String fixture) throws IOException {
        String path = "/ingest/article-html/" + fixture;
        try (InputStream in = getClass().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            readBytes(fixture, in.readAllBytes());
        }
    }

    private void readBytes(String name, byte[] bytes) throws IOException {
        Input input = Input.of(name, new ByteArrayInputStream(bytes), problems::add);
        new ArticleHtmlReader().read(input, new ReadContext(name, posts::add, problems::add, Map.of()));
    }

    @Test
    void englishArticleWithWidgets() throws IOException {
        read("en-ministry-talks.html");
        assertThat(posts).hasSize(1);
        Post p = posts.get(0);
        assertThat(p.title()).isEqualTo("Ministers agree to resume grain corridor talks");
        assertThat(p.author()).isEqualTo("Helen Marsh");
        assertThat(p.published()).isEqualTo("2023-03-07T14:05:00+03:00");
        assertThat(p.source().url()).isEqualTo("https://ledger.example.com/world/grain-talks");
        assertThat(p.source().outlet()).isEqualTo("Northern Ledger");
        assertThat(p.source().format()).isEqualTo(Format.ARTICLE_HTML);
        assertThat(p.text().split("\n\n")).containsExactly(
                "Foreign ministers from four countries agreed on Tuesday to resume talks on the grain corridor, "
                        + "ending a pause that had lasted almost two months.",
                "The decision came after a six-hour meeting in the capital, where delegations discussed inspection "
                        + "schedules, insurance for cargo ships and the safety of port workers 🚢.",
                "What changes next week",
                "Inspections will restart on Monday, officials said, with two additional teams assigned to the "
                        + "busiest terminal.",
                "Joint teams will inspect every vessel within 48 hours.",
                "Ports will publish daily queue figures.",
                "“We are not there yet, but the door is open again,” one senior diplomat told reporters, asking "
                        + "not to be named.");
        assertThat(p.text()).doesNotContain("cookies", "Accept all", "Business", "Home", "Share on",
                "Advertisement", "Photo:", "diplomacy", "Related stories", "Port workers strike",
                "Leave a comment", "Write your comment", "All rights reserved", "By Helen");
        assertThat(problems).isEmpty();
    }

    @Test
    void russianArticleWithBrokenMarkupAndJsonLdGraph() throws IOException {
        read("ru-broken-markup.html");
        assertThat(posts).hasSize(1);
        Post p = posts.get(0);
        assertThat(p.title()).isEqualTo("Минобороны провело переговоры с делегацией соседней страны");
        assertThat(p.author()).isEqualTo("Ирина Соколова");
        assertThat(p.published()).isEqualTo("2024-02-19T09:30:00+03:00");
        assertThat(p.source().url()).isEqualTo("https://vestnik.example.ru/politics/12345");
        assertThat(p.source().outlet()).isEqualTo("Вестник Дня");
        assertThat(p.text().split("\n\n")).containsExactly(
                "Переговоры в министерстве обороны продолжались почти пять часов и завершились подписанием "
                        + "протокола о консультациях, сообщили в пресс-службе ведомства.",
                "Стороны обсудили порядок уведомления о военных учениях вблизи границы, а также обмен "
                        + "контактами дежурных служб 🤝.",
                "По словам заместителя министра, следующий раунд консультаций запланирован на апрель и пройдёт "
                        + "в столице соседней страны.");
        assertThat(p.text()).doesNotContain("Главная", "Поделиться", "Читайте также", "блокировщик",
                "Все права защищены", "Делегации обменялись");
    }

    @Test
    void russianArticleWithTimeElementAndTagCloud() throws IOException {
        read("ru-tass-style.html");
        assertThat(posts).hasSize(1);
        Post p = posts.get(0);
        assertThat(p.title()).isEqualTo("МИД заявил о готовности к диалогу по безопасности");
        assertThat(p.author()).isEqualTo("Пётр Волков");
        assertThat(p.published()).isEqualTo("2024-05-16T11:20:00+03:00");
        assertThat(p.source().url()).isEqualTo("https://dipkurier.example.ru/news/2024/05/mid-dialog");
        assertThat(p.source().outlet()).isNull();
        assertThat(p.text().split("\n\n")).containsExactly(
                "МОСКВА, 16 мая. Министерство иностранных дел готово возобновить диалог по вопросам европейской "
                        + "безопасности, если партнёры откажутся от предварительных условий, заявил официальный "
                        + "представитель ведомства.",
                "По его словам, соответствующие предложения были переданы послам нескольких государств ещё в "
                        + "прошлом месяце, однако ответа пока не поступило.",
                "Позиция ведомства",
                "В министерстве подчеркнули, что консультации могут пройти на площадке любой нейтральной "
                        + "страны, и добавили, что график встреч обсуждается.");
        assertThat(p.text()).doesNotContain("Лента", "Мнения", "дипломатия", "Самое читаемое", "Курс рубля",
                "cookie", "16 мая, 11:20");
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() throws IOException {
        int depth = 100_000;
        StringBuilder html = new StringBuilder("<html><head><title>Deep</title></head><body>");
        html.append("<div>".repeat(depth));
        html.append("<p>The ministry published its annual report on Friday, listing every consultation held "
                + "with foreign delegations during the year.</p>");
        html.append("</div>".repeat(depth));
        html.append("</body></html>");
        readBytes("deep.html", html.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).text()).isEqualTo("The ministry published its annual report on Friday, listing "
                + "every consultation held with foreign delegations during the year.");
    }

    @Test
    void pageWithoutTextIsReportedNotDropped() throws IOException {
        readBytes("empty.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(posts).isEmpty();
        assertThat(problems).singleElement().satisfies(pr -> assertThat(pr.toString()).contains("no article text"));
    }

    @Test
    void extractIsUsableWithABaseUri() {
        Source source = Source.of("archive.warc!/1", Format.ARTICLE_HTML);
        var post = new ArticleHtmlReader().extract("<html><head><link rel=canonical href='/news/1'></head><body>"
                + "<article><p>The embassy confirmed the visit, adding that the agenda is still being agreed.</p>"
                + "</article></body></html>", "https://site.example.org/page?id=1", source);
        assertThat(post).isPresent();
        Post p = post.get().build();
        assertThat(p.source().url()).isEqualTo("https://site.example.org/news/1");
        assertThat(p.source().path()).isEqualTo("archive.warc!/1");
        assertThat(p.text()).isEqualTo("The embassy confirmed the visit, adding that the agenda is still being agreed.");
    }

    @Test
    void creditLinePrunedAsSmallPrintBecomesAnAttribution() throws IOException {
        String body = "<p>" + "The ministry repeated its call for a return to consensus at the weekly session. ".repeat(6) + "</p>";
        String html = "<html><head><title>Ministry urges consensus</title></head><body><article><h1>Ministry urges consensus</h1>"
                + body + body.replace("ministry", "delegation")
                + "<figure><img src=a.jpg><figcaption>Photo: Reuters</figcaption></figure>"
                + "<p class=\"source-credit\"><em>Source: TASS</em></p></article>"
                + "<aside class=\"related\"><p>Source: not a credit because this is a whole sentence. It goes on.</p></aside>"
                + "</body></html>";
        readBytes("credit.html", html.getBytes(StandardCharsets.UTF_8));
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).attributions()).containsExactly(new org.echotrace.model.Attribution("TASS", "source"));
        assertThat(posts.get(0).text()).doesNotContain("Source: TASS");
    }
}

package org.echotrace.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

class ArticleTextReaderTest {

    static String fixture(String name) {
        try {
            return Path.of(ArticleTextReaderTest.class.getResource("/ingest/article-text/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Post analyzeOne(String name) {
        List<Problem> problems = new ArrayList<>();
        List<Post> posts = Echotrace.analyze(List.of(fixture(name)), AnalyzeOptions.defaults(), problems::add);
        assertThat(problems).isEmpty();
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).source().format()).isEqualTo(Format.ARTICLE_TEXT);
        return posts.get(0);
    }

    private static List<String> paragraphs(Post p) {
        return Arrays.asList(p.text().split("\n\n"));
    }

    @Test
    void russianAgencyWire() {
        Post p = analyzeOne("tass-wire-ru.txt");
        assertThat(p.title()).isEqualTo("Лавров и Ван И обсудили подготовку к саммиту в Казани");
        assertThat(paragraphs(p)).containsExactly(
                "Министр иностранных дел России провел телефонный разговор с китайским коллегой, в ходе которого "
                        + "стороны обсудили подготовку к предстоящему саммиту.",
                "По словам официального представителя министерства, собеседники уделили особое внимание вопросам "
                        + "энергетического сотрудничества и логистики.",
                "Стороны также договорились продолжить консультации на уровне заместителей министров в ближайшие недели.",
                "Ранее сообщалось, что визит китайской делегации запланирован на конец месяца.");
        assertThat(p.published()).isEqualTo("2024-03-03T14:05:00");
        assertThat(p.place()).isEqualTo("Москва");
        assertThat(p.source().outlet()).isEqualTo("TASS");
        assertThat(p.attributions()).containsExactly(new Attribution("TASS", "agency"));
        assertThat(p.language()).isEqualTo("ru");
        assertThat(p.text()).doesNotContain("Главная", "Политика", "Главное", "1248", "Читайте также",
                "консульств в Азии", "Новости партнеров", "весеннего рынка", "банк для вкладов", "Поделиться",
                "ВКонтакте", "Подписывайтесь", "cookie", "Принять", "©", "/ТАСС/", "Перейти к основному");
    }

    @Test
    void englishAggregatorRepublication() {
        Post p = analyzeOne("aggregator-en.txt");
        assertThat(p.title()).isEqualTo("Ministers agree to extend the grain corridor talks by a month");
        assertThat(p.author()).isEqualTo("Daniel Hart");
        assertThat(p.published()).isEqualTo("2023-11-04");
        assertThat(paragraphs(p)).containsExactly(
                "The foreign ministers of the three countries agreed on Saturday to extend negotiations on the grain "
                        + "corridor for another month, according to a statement released after the meeting.",
                "Officials said the extension would give technical teams time to settle questions of insurance and inspection.",
                "The meeting, held behind closed doors, lasted more than five hours.",
                "What comes next",
                "A follow-up round is expected in early December, diplomats familiar with the plans said.");
        assertThat(p.attributions()).containsExactly(new Attribution("Sputnik", "source"));
        assertThat(p.text()).doesNotContain("Skip to content", "Home", "Latest news", "09:12", "Opposition leader",
                "November 3", "Central bank", "By Daniel", "137", "min read", "Read also", "Port operators",
                "hours ago", "Source:", "Share", "Facebook", "Topics", "Diplomacy", "Black Sea", "Leave a comment",
                "email address", "Required fields", "Name *", "Website", "Post comment", "More stories",
                "Energy ministers", "Parliament approves", "Load more", "cookies", "Accept");
    }

    @Test
    void xinhuaDatelineStory() {
        Post p = analyzeOne("xinhua-en.txt");
        assertThat(p.title()).isEqualTo("China, Brazil pledge closer cooperation in science and technology");
        assertThat(paragraphs(p)).containsExactly(
                "China and Brazil agreed on Saturday to deepen cooperation in science, technology and innovation, "
                        + "the two sides said after talks in the Chinese capital.",
                "The two ministers signed a plan covering joint laboratories, satellite data and the exchange of "
                        + "young researchers.",
                "\"Our partnership is entering a new stage,\" the Brazilian minister said at a press conference.",
                "The plan will be reviewed by a joint committee every two years.");
        assertThat(p.place()).isEqualTo("Beijing");
        assertThat(p.source().outlet()).isEqualTo("Xinhua");
        assertThat(p.attributions()).containsExactly(new Attribution("Xinhua", "agency"));
        assertThat(p.published()).isEqualTo("2024-06-01T21:15:00");
        assertThat(p.text()).doesNotContain("Latest", "Editor", "Werbeblocker", "Related", "Argentina",
                "Egyptian", "Share", "Tweet", "Email", "Print", "(Xinhua)");
    }

    @Test
    void ukrainianWire() {
        Post p = analyzeOne("ukrinform-uk.txt");
        assertThat(p.title()).isEqualTo("Прем'єр провів зустріч з послами країн Північної Європи");
        assertThat(paragraphs(p)).containsExactly(
                "Прем'єр-міністр провів зустріч з послами країн Північної Європи, під час якої сторони обговорили "
                        + "енергетичну безпеку.",
                "Учасники зустрічі також домовилися про спільну роботу над проєктами відновлення інфраструктури.",
                "За словами прем'єра, наступна зустріч у такому форматі відбудеться восени.");
        assertThat(p.published()).isEqualTo("2024-05-05T15:40:00");
        assertThat(p.place()).isEqualTo("Київ");
        assertThat(p.attributions()).containsExactly(new Attribution("Ukrinform", "agency"),
                new Attribution("Офіс прем'єр-міністра", "photo"));
        assertThat(p.text()).doesNotContain("Головна", "Стрічка новин", "12:30", "експорту", "Львові",
                "Читайте також", "Фото:", "cookie", "Підписуйтесь");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tass-wire-ru.txt", "aggregator-en.txt", "xinhua-en.txt", "ukrinform-uk.txt"})
    void fixturesAreDetectedAsArticleText(String name) throws IOException {
        try (var in = Files.newInputStream(Path.of(fixture(name)))) {
            assertThat(FormatDetector.detect(Input.of(name, in, p -> { }))).contains(Format.ARTICLE_TEXT);
        }
    }

    @Test
    void onlyBoilerplateGivesAWarningAndNoPost() throws IOException {
        List<Post> out = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String text = "Home › World\nLatest news\n137\nAccept\n";
        Input input = Input.of("x.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), problems::add);
        new ArticleTextReader().read(input, new ReadContext("x.txt", out::add, problems::add, Map.of()));
        assertThat(out).isEmpty();
        assertThat(problems).extracting(Problem::message).containsExactly("no article text found");
    }

    @Test
    void anArticleCopiedAsOneLineKeepsItsTextAndACappedTitle() throws java.io.IOException {
        String line = "Переговоры в Женеве завершились без итогового документа. "
                + "Министр иностранных дел заявил, что консультации продолжатся на следующей неделе. ".repeat(40);
        List<Post> posts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        org.echotrace.ingest.Input input = org.echotrace.ingest.Input.of("one-line.txt",
                new java.io.ByteArrayInputStream(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)), problems::add);
        new ArticleTextReader().read(input, new org.echotrace.ingest.ReadContext("one-line.txt", posts::add,
                problems::add, java.util.Map.of()));
        assertThat(problems).isEmpty();
        assertThat(posts).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Переговоры в Женеве завершились без итогового документа.");
            assertThat(p.text()).isEqualTo(line.strip());
        });
        assertThat(ArticleTextReader.cappedTitle("слово ".repeat(100))).hasSizeLessThanOrEqualTo(251).endsWith("слово…");
    }
}

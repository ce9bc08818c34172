package org.echotrace.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.echotrace.ingest.Input;
import org.echotrace.ingest.InputException;
import org.echotrace.ingest.ReadContext;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Problem;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
    private final List<Post> posts = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private void read(String fixture) throws IOException {
        try (InputStream in = FeedReaderTest.class.getResourceAsStream("/ingest/feed/" + fixture)) {
            Input input = Input.of(fixture, in, problems::add);
            new FeedReader().read(input, new ReadContext(fixture, posts::add, problems::add, Map.of()));
        }
    }

    @Test
    void readsRss2WithContentEncodedAsParagraphs() throws IOException {
        read("rss2.xml");

        assertThat(posts).hasSize(3);
        Post first = posts.get(0);
        assertThat(first.title()).isEqualTo("Министр провёл переговоры с коллегой из Египта");
        assertThat(first.text()).isEqualTo("Стороны обсудили ситуацию на Ближнем Востоке и двустороннюю торговлю."
                + "\n\nМинистр подчеркнул:\n«Мы открыты к диалогу».");
        assertThat(first.text()).doesNotContain("track()", "Краткое описание", "<");
        assertThat(first.published()).isEqualTo("2024-03-15T09:30:00Z");
        assertThat(first.author()).isEqualTo("Пресс-служба");
        assertThat(first.source().format()).isEqualTo(Format.FEED);
        assertThat(first.source().url()).isEqualTo("https://vestnik-mid.example.ru/news/2024/03/15/1201");
        assertThat(first.source().itemId()).isEqualTo("vestnik-1201");
        assertThat(first.source().outlet()).isEqualTo("Вестник МИД — Новости");
        assertThat(first.source().channelTitle()).isEqualTo("Вестник МИД — Новости");
        assertThat(first.hashtags()).isEmpty();

        Post second = posts.get(1);
        assertThat(second.text()).isEqualTo("The ministry said the corridor & the ports remain open.");
        assertThat(second.published()).isEqualTo("2024-03-14T18:05:00Z");
        assertThat(second.source().itemId()).isEqualTo("https://vestnik-mid.example.ru/en/news/1202");

        Post third = posts.get(2);
        assertThat(third.text()).isEmpty();
        assertThat(third.published()).isNull();
        assertThat(problems).extracting(Problem::format)
                .containsExactly("rss2.xml: item 3: warning: item has no description or content");
    }

    @Test
    void readsRdfWithDublinCore() throws IOException {
        read("rdf.xml");
        assertThat(posts).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Делегация посетила выставку в Минске");
            assertThat(p.text()).isEqualTo("Делегация ознакомилась с экспозицией.");
            assertThat(p.published()).isEqualTo("2024-02-20T08:00:00Z");
            assertThat(p.author()).isEqualTo("Ольга Сидорова");
            assertThat(p.source().url()).isEqualTo("https://agency.example.by/news/77");
            assertThat(p.source().outlet()).isEqualTo("Агентство БелИнфо");
        });
    }

    @Test
    void readsAtomContentOverSummary() throws IOException {
        read("atom.xml");
        assertThat(posts).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Talks resume in Geneva");
            assertThat(p.text()).isEqualTo("Background\n\nNegotiators met for the third round.\n\nEnergy\n\nPrisoner exchange");
            assertThat(p.published()).isEqualTo("2024-03-10T07:15:00Z");
            assertThat(p.edited()).isEqualTo("2024-03-10T08:00:00Z");
            assertThat(p.author()).isEqualTo("Jane Doe");
            assertThat(p.source().itemId()).isEqualTo("tag:herald.example.com,2024:world-5531");
            assertThat(p.source().url()).isEqualTo("https://herald.example.com/world/talks-resume");
        });
    }

    @Test
    void honoursDeclaredEncoding() throws IOException {
        read("cp1251.xml");
        assertThat(posts).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Новость");
            assertThat(p.text()).isEqualTo("Текст");
            assertThat(p.source().outlet()).isEqualTo("Лента");
        });
    }

    @Test
    void refusesDoctypeSoExternalEntitiesCannotLeak() {
        assertThatThrownBy(() -> read("xxe.xml"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("DOCTYPE");
        assertThat(posts).isEmpty();
    }

    @Test
    void malformedXmlNamesLineAndColumn() {
        assertThatThrownBy(() -> read("broken.xml"))
                .isInstanceOf(InputException.class)
                .satisfies(e -> {
                    assertThat(((InputException) e).position()).isEqualTo("line 4, column 3");
                    assertThat(e.getMessage()).startsWith("malformed feed XML: ").doesNotContain("\n");
                });
    }

    @Test
    void htmlTextKeepsParagraphsAndLineBreaks() {
        assertThat(HtmlText.toText("<div><p>One   two</p>\n<p>Three<br>four</p></div><blockquote>Five</blockquote>"))
                .isEqualTo("One two\n\nThree\nfour\n\nFive");
        assertThat(HtmlText.toText("plain\ntext with lines")).isEqualTo("plain\ntext with lines");
    }

    @Test
    void readsLocalisedAndNonRfcDatesAndNamesFromEmailAuthors() throws IOException {
        read("localised-dates.xml");
        assertThat(posts).extracting(Post::published).containsExactly("2022-03-17T09:15:00+01:00",
                "2022-03-17T09:15:00+03:00", "2022-03-17T09:15:00+02:00", "2022-03-17T09:15:00+01:00",
                "2022-03-17T09:15:00+01:00", "2022-03-17T09:15:00+01:00", "2022-03-17T09:15:00+01:00",
                "2022-03-17T09:15:00", "2022-03-17T21:15:00Z", null);
        assertThat(posts.get(0).author()).isEqualTo("Giulia Bianchi");
        assertThat(posts.get(7).author()).isEqualTo("Jane Roe");
        assertThat(problems).extracting(Problem::format)
                .containsExactly("localised-dates.xml: item 10: warning: unreadable date \"sometime soon\"");
    }
}

package org.echotrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;

import org.echotrace.kb.KnowledgeBase;
import org.echotrace.kb.KnowledgeBaseLoader;
import org.echotrace.model.EntityRef;
import org.echotrace.model.Format;
import org.echotrace.model.Mention;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {
    static EntityExtractor extractor;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = EntityExtractorTest.class.getResourceAsStream("/extract/test-kb.yaml")) {
            // the knowledge base's own rules; the trained tagger's part is tested in EntityExtractorModelTest
            extractor = new EntityExtractor(KnowledgeBase.of(new KnowledgeBaseLoader().load("test-kb.yaml", in)),
                    false);
        }
    }

    static List<EntityRef> entities(String published, String text) {
        Post p = Post.builder(Source.of("t.txt", Format.ARTICLE_TEXT)).text(text).published(published).build();
        return extractor.apply(p).entities();
    }

    static List<String> ids(String published, String text) {
        return entities(published, text).stream().map(EntityRef::id).toList();
    }

    @Test
    void linksSpellingsAndScriptsToOneIdentity() {
        assertThat(ids("2023-03-07", "Dmitri Peskov and Dmitry Peskov")).containsExactly("dmitry-peskov");
        assertThat(ids("2023-03-07", "Пескову позвонили, Песковым недовольны, а Песков молчит."))
                .containsExactly("dmitry-peskov");
        List<EntityRef> es = entities("2023-03-07", "Заявление #Peskov и Дмитрия Пескова");
        assertThat(es).hasSize(1);
        assertThat(es.get(0).mentions()).extracting(Mention::text).containsExactly("#Peskov", "Дмитрия Пескова");
    }

    @Test
    void offsetsCountCodePoints() {
        List<EntityRef> es = entities(null, "🇷🇺🇰🇿 Lavrov met Tokayev");
        assertThat(es).extracting(EntityRef::id).containsExactly("sergey-lavrov", "kassym-jomart-tokayev");
        Mention m = es.get(0).mentions().get(0);
        assertThat(m.start()).isEqualTo(5);
        assertThat(m.end()).isEqualTo(11);
        assertThat(m.field()).isEqualTo("text");
    }

    @Test
    void acronymsNeedCapitalsAndHashtagsLink() {
        assertThat(ids(null, "The OSCE and the EU; #ЕАЭС and #EuropeanUnion")).containsExactly("osce", "european-union", "eaeu");
        assertThat(ids(null, "tell us about eu rules")).isEmpty();
    }

    @Test
    void surnameAloneResolvesByFullNameOrRoleAtDate() {
        assertThat(ids("2010-06-01", "Медведев заявил, что Путин прав.")).containsExactly("dmitry-medvedev", "vladimir-putin");
    }

    @Test
    void roleDescriptionsResolveByDate() {
        assertThat(ids("2023-03-07", "The Kremlin chief met his Kazakh counterpart in Astana."))
                .containsExactly("vladimir-putin", "kassym-jomart-tokayev");
        assertThat(ids("2023-03-07", "Russia's top diplomat spoke to the Hungarian foreign minister."))
                .containsExactly("russia", "sergey-lavrov", "peter-szijjarto");
        assertThat(ids("2023-06-01", "Глава МИД Венгрии прибыл в Москву, сообщил ТАСС."))
                .contains("peter-szijjarto", "tass");
        assertThat(ids("2011-01-10", "The Kremlin chief said")).containsExactly("dmitry-medvedev");
    }

    @Test
    void titleBeforeAKnownNameIsNotASecondMention() {
        List<EntityRef> es = entities("2023-03-07", "Президент Владимир Путин провёл совещание.");
        assertThat(es).extracting(EntityRef::id).containsExactly("vladimir-putin");
        assertThat(es.get(0).mentions()).hasSize(1);
    }

    @Test
    void cyrillicSpellingMissingFromTheKnowledgeBaseLinksThroughTransliteration() {
        assertThat(ids("2023-03-07", "Госсекретарь США Энтони Блинкен прибыл в Киев.")).containsExactly("antony-blinken", "kyiv");
    }

    @Test
    void newActorsGetStableGeneratedIds() {
        List<EntityRef> a = entities(null, "Ambassador Jane Whitfield said the talks failed.");
        assertThat(a).extracting(EntityRef::id).containsExactly("new:person:jane-whitfield");
        assertThat(a.get(0).known()).isFalse();
        assertThat(ids(null, "По словам эксперта, Игорь Самойленко прав.")).containsExactly("new:person:игор-самоиленко");
        assertThat(ids(null, "The Baltic Energy Agency said")).containsExactly("new:org:baltic-energy-agency");
    }

    @Test
    void sectionWordsAndSentenceStartsAreNotNames() {
        assertThat(ids(null, "Key Points\nLatest News\nRead More\nMeanwhile Moscow said nothing.")).isEmpty();
    }

    @Test
    void namesInsideLinksAreNotMentions() {
        assertThat(ids(null, "Подробнее [здесь](https://iz.ru/1784268/Lavrov) и t.me/Peskov_news, www.osce.org/OSCE"))
                .isEmpty();
    }
}

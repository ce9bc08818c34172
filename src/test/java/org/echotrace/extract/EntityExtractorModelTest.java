package org.echotrace.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.echotrace.kb.KnowledgeBase;
import org.echotrace.model.EntityRef;
import org.echotrace.model.Format;
import org.echotrace.model.Mention;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.junit.jupiter.api.Test;

/** The knowledge base and the shipped name taggers together: the merge, the ids, the sources. */
class EntityExtractorModelTest {
    static final EntityExtractor EXTRACTOR = new EntityExtractor(KnowledgeBase.standard());

    static List<EntityRef> entities(String language, String text) {
        Post p = Post.builder(Source.of("t.txt", Format.ARTICLE_TEXT)).text(text).language(language)
                .published("2023-03-07").build();
        return EXTRACTOR.apply(p).entities();
    }

    static EntityRef byId(List<EntityRef> es, String id) {
        return es.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError(id + " not among " + es.stream().map(EntityRef::id).toList()));
    }

    @Test
    void caseFormsOfANewRussianNameShareOneId() {
        List<EntityRef> es = entities("ru",
                "Вчера директор завода Иван Петрович Сидоренков встретился с рабочими. "
                        + "Рабочие пожаловались Ивану Петровичу Сидоренкову на задержки зарплаты.");
        EntityRef e = byId(es, "new:person:иван-петрович-сидоренков");
        assertThat(e.type()).isEqualTo("PERSON");
        assertThat(e.known()).isFalse();
        assertThat(e.mentions()).hasSize(2);
        assertThat(e.mentions()).extracting(Mention::source).doesNotContain(Mention.KB);
    }

    @Test
    void aSurnameAfterAFullNameTakesItsIdAndType() {
        List<EntityRef> es = entities("ru",
                "Глава фонда Аркадий Сидоренков рассказал о планах. По словам Сидоренкова, работа продолжится.");
        EntityRef e = byId(es, "new:person:аркади-сидоренков");
        assertThat(e.mentions()).extracting(Mention::text).containsExactly("Аркадий Сидоренков", "Сидоренкова");
    }

    @Test
    void knowledgeBaseIdsWinAndTheTaggerConfirmsThem() {
        List<EntityRef> es = entities("en", "Russian Foreign Minister Sergey Lavrov arrived in Ankara on Monday.");
        EntityRef lavrov = byId(es, "sergey-lavrov");
        assertThat(lavrov.known()).isTrue();
        assertThat(lavrov.mentions()).extracting(Mention::source).containsExactly(Mention.BOTH);
    }

    @Test
    void englishPossessivesAreFolded() {
        List<EntityRef> es = entities("en", "Officials said Tom Hardwick's plan was rejected. Tom Hardwick declined to comment.");
        EntityRef e = byId(es, "new:person:tom-hardwick");
        assertThat(e.mentions()).extracting(Mention::text).containsExactly("Tom Hardwick", "Tom Hardwick");
    }

    @Test
    void withoutATaggerEveryMentionIsTheKnowledgeBases() {
        EntityExtractor kbOnly = new EntityExtractor(KnowledgeBase.standard(), false);
        Post p = Post.builder(Source.of("t.txt", Format.ARTICLE_TEXT)).text("Сергей Лавров прибыл в Анкару.")
                .language("ru").build();
        List<EntityRef> es = kbOnly.apply(p).entities();
        assertThat(es).isNotEmpty();
        assertThat(es).flatExtracting(EntityRef::mentions).extracting(Mention::source).containsOnly(Mention.KB);
    }
}

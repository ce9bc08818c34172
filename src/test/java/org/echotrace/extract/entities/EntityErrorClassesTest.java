package org.echotrace.extract.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.echotrace.extract.EntityExtractor;
import org.echotrace.model.EntityRef;
import org.echotrace.model.Format;
import org.echotrace.model.Mention;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.junit.jupiter.api.Test;

/** Known error classes of the entity finder, one case each (texts written by us). */
class EntityErrorClassesTest {
    private static final EntityExtractor X = new EntityExtractor();

    private static List<EntityRef> entities(String text) {
        return entities(text, null);
    }

    private static List<EntityRef> entities(String text, String published) {
        return X.apply(Post.builder(Source.of("t", Format.TELEGRAM_EXPORT)).text(text).published(published).build())
                .entities();
    }

    private static List<String> ids(List<EntityRef> es) {
        return es.stream().map(EntityRef::id).toList();
    }

    @Test
    void aBareRoleIsItsHolderOnlyOnAKnownDateAndCarriesKindRole() {
        String text = "The Kremlin chief spoke at length on Tuesday.";
        assertThat(ids(entities(text, null))).doesNotContain("vladimir-putin");
        EntityRef putin = entities(text, "2023-03-07").stream().filter(e -> e.id().equals("vladimir-putin")).findFirst()
                .orElseThrow();
        assertThat(putin.mentions()).allMatch(m -> "role".equals(m.kind()));
        // no anachronism: in May 2016 the president of Ukraine was Poroshenko
        assertThat(ids(entities("Президент Украины выступил в Раде.", "2016-05-01"))).contains("petro-poroshenko")
                .doesNotContain("volodymyr-zelensky");
    }

    @Test
    void aNameMentionHasNoKind() {
        EntityRef lavrov = entities("Sergey Lavrov arrived in Ankara.").get(0);
        assertThat(lavrov.mentions()).allMatch(m -> m.kind() == null);
    }

    @Test
    void aFirstNameBeforeAOneWordOrganisationNameMakesAPerson() {
        assertThat(ids(entities("Официальный представитель МИД Германии Кристиан Вагнер выступил на брифинге.")))
                .doesNotContain("wagner-group");
    }

    @Test
    void quotationMarksNeverInsideAMention() {
        for (EntityRef e : entities("Об этом сообщил телеканал «Звезда», а также агентство «Интерфакс».")) {
            for (Mention m : e.mentions()) {
                assertThat(m.text()).doesNotContain("«").doesNotContain("»");
            }
        }
    }

    @Test
    void locativeEndingsInAeAndEe() {
        assertThat(ids(entities("Переговоры прошли в Китае, а затем в Южной Корее."))).contains("china", "south-korea");
    }

    @Test
    void historicalStatesAndSovietCityNames() {
        assertThat(ids(entities("В СССР и ГДР об этом не писали. Блокада Ленинграда длилась 872 дня, а в Свердловске"
                + " шли митинги."))).contains("soviet-union", "east-germany", "saint-petersburg", "yekaterinburg");
    }

    @Test
    void aFirstNameKeepsAPersonFromBecomingTheCityOfTheSameName() {
        assertThat(ids(entities("Писатель Максим Горький родился в Нижнем Новгороде."))).containsOnlyOnce("nizhny-novgorod");
    }

    @Test
    void aPlaceInsideALongerOrganisationNameIsNoMentionOfItsOwn() {
        assertThat(ids(entities("The Bank of England held rates; Air France cancelled flights."))).doesNotContain(
                "united-kingdom", "england", "france");
        assertThat(ids(entities("Об этом сообщило Радио Беларусь."))).doesNotContain("belarus");
        assertThat(ids(entities("Flights to France were cancelled."))).contains("france");
    }

    @Test
    void capitalisedCommonWordsAtASentenceStartAreNoNames() {
        assertThat(entities("Мир меняется. Надежда остаётся. Summit talks ended late.")).isEmpty();
    }

    @Test
    void aLoneFirstNameIsNoTransliteratedSurname() {
        assertThat(ids(entities("Как рассказала туристка, москвичка Елена, они ночуют в аэропорту."))).doesNotContain("janet-yellen");
        assertThat(ids(entities("Об этом заявила министр финансов США Йеллен."))).contains("janet-yellen");
    }

    @Test
    void aLowerCaseWordThatOpensSomeNameIsNoNameAlone() {
        // "агентство" opens "агентство «Анадолу»" and spells the outlet «Агентство»; alone, in lower case, it is neither
        assertThat(ids(entities("Об этом сообщает агентство со ссылкой на источник."))).doesNotContain("agentstvo");
        assertThat(ids(entities("Об этом сообщает агентство «Анадолу»."))).contains("anadolu");
    }
}

package org.echotrace.extract.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NameLemmasTest {
    final NameLemmas lemmas = NameLemmas.standard();

    @Test
    void caseFormsOfARussianNameMeet() {
        for (List<String> forms : List.of(List.of("иван", "ивана", "ивану", "иваном", "иване"),
                List.of("петров", "петрова", "петрову", "петровым", "петрове"),
                List.of("москва", "москвы", "москве", "москву", "москвои"),
                List.of("зеленскии", "зеленского", "зеленскому", "зеленским", "зеленском"),
                List.of("россия", "россии", "россию", "россиеи"),
                List.of("сергеи", "сергея", "сергею", "сергеем"))) {
            assertThat(forms.stream().map(lemmas::word).distinct().toList()).as(forms.toString()).hasSize(1);
        }
        assertThat(lemmas.key(List.of("ивана", "петрова"))).isEqualTo(lemmas.key(List.of("иван", "петров")));
    }

    @Test
    void latinAndShortWordsAreKeptAsWritten() {
        assertThat(lemmas.key(List.of("tom", "hardwick"))).isEqualTo("tom-hardwick");
        assertThat(lemmas.word("мид")).isEqualTo("мид");
        assertThat(lemmas.word("obama")).isEqualTo("obama");
    }
}

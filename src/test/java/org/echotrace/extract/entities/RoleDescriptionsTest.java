package org.echotrace.extract.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.echotrace.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

class RoleDescriptionsTest {
    private final RoleDescriptions roles = new RoleDescriptions(KnowledgeBase.standard());

    @Test
    void theCandidatesOfAWordAreThoseOfMergingItsFormsPhrases() {
        List<String> starts = new ArrayList<>(roles.startWords());
        assertThat(starts).hasSizeGreaterThan(10);
        for (int i = 0; i < starts.size(); i++) {
            String w = starts.get(i);
            String other = starts.get((i * 31 + 7) % starts.size());
            for (List<String> forms : List.of(List.of(w), List.of("нет-такого", w), List.of(w, other),
                    List.of(other, "нет-такого", w))) {
                assertThat(roles.candidates(forms)).as(forms.toString()).containsExactlyElementsOf(roles.merged(forms));
            }
        }
        assertThat(roles.candidates(List.of("нет-такого", "слова"))).isEmpty();
    }
}

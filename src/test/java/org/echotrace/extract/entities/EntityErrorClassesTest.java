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
        return X.apply(Post.builder(Source.of("t", Format.TELEGRAM_EXPORT)).text(text).build()).entities();
    }

    @Test
    void quotationMarksNeverInsideAMention() {
        for (EntityRef e : entities("Об этом сообщил телеканал «Звезда», а также агентство «Интерфакс».")) {
            for (Mention m : e.mentions()) {
                assertThat(m.text()).doesNotContain("«").doesNotContain("»");
            }
        }
    }
}

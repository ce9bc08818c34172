package org.echotrace.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.junit.jupiter.api.Test;

class RepeatedParagraphRemoverTest {

    private static Post post(String title, String text) {
        return Post.builder(Source.of("x.txt", Format.ARTICLE_TEXT)).title(title).text(text).build();
    }

    @Test
    void dropsRepeatedParagraphsKeepingTheFirst() {
        String text = "Подписывайтесь на наш канал!\n\nМИД России выступил с заявлением.\n\nПодписывайтесь на наш канал!";
        assertThat(new RepeatedParagraphRemover().apply(post(null, text)).text())
                .isEqualTo("Подписывайтесь на наш канал!\n\nМИД России выступил с заявлением.");
    }

    @Test
    void keepsShortRepeatedSeparators() {
        String text = "Part one of the statement.\n—\nPart two of the statement.\n—";
        assertThat(new RepeatedParagraphRemover().apply(post(null, text)).text()).isEqualTo(text);
    }

    @Test
    void dropsTitleRepeatedAsFirstLine() {
        Post p = post("Lavrov meets OSCE chairman in Vienna", "LAVROV MEETS OSCE CHAIRMAN IN VIENNA\n\nThe talks lasted two hours.");
        assertThat(new RepeatedParagraphRemover().apply(p).text()).isEqualTo("The talks lasted two hours.");
    }
}

package org.echotrace.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.junit.jupiter.api.Test;

class PostIdsTest {

    @Test
    void sameTelegramMessageGetsSameIdWhereverTheFileLies() {
        Source a = Source.of("a/result.json", Format.TELEGRAM_EXPORT).withChannel("mid_sample", "MID").withItem("101", null);
        Source b = Source.of("b/c/result.json", Format.TELEGRAM_EXPORT).withChannel("mid_sample", "MID").withItem("101", null);
        String idA = PostIds.idOf(Post.builder(a).text("Заявление").build());
        String idB = PostIds.idOf(Post.builder(b).text("Заявление").build());
        assertThat(idA).isEqualTo(idB).hasSize(16).matches("[0-9a-f]{16}");
    }

    @Test
    void differentPositionsOrTextsGetDifferentIds() {
        Source s = Source.of("posts.jsonl", Format.RECORDS_JSONL);
        String first = PostIds.idOf(Post.builder(s).position(0).text("same").build());
        String second = PostIds.idOf(Post.builder(s).position(1).text("same").build());
        String edited = PostIds.idOf(Post.builder(s).position(0).text("same, edited").build());
        assertThat(first).isNotEqualTo(second).isNotEqualTo(edited);
    }
}

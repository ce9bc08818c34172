package org.echotrace.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;
import org.junit.jupiter.api.Test;

class SourceLanguagePassTest {
    private final LanguageIdentifier id = LanguageIdentifier.allLanguages();

    private Post post(String channel, long position, String text) {
        Source source = new Source("x.json", Format.TELEGRAM_EXPORT, channel, null, null, null, null, null, null);
        return id.apply(Post.builder(source).position(position).text(text).build());
    }

    @Test
    void aOneWordReplyTakesItsChannelsLanguageAndOrderIsKept() {
        List<Post> out = new ArrayList<>();
        SourceLanguagePass pass = new SourceLanguagePass(id, out::add);
        Post reply = post("ua", 0, "Дякую");
        assertThat(reply.language()).isNotEqualTo("uk"); // the n-grams alone say Mongolian
        assertThat(reply.languageConfidence()).isLessThan(id.confidentThreshold());
        pass.accept(reply);
        pass.accept(post("ua", 1, "Уряд ухвалив рішення про додаткове фінансування ремонту шкіл у прифронтових громадах."));
        pass.accept(post("ua", 2, "Депутати міської ради підтримали програму розвитку громадського транспорту."));
        pass.flush();
        assertThat(out).extracting(Post::position).containsExactly(0L, 1L, 2L);
        assertThat(out.get(0).language()).isEqualTo("uk");
        assertThat(out.get(1).languageConfidence()).isGreaterThanOrEqualTo(id.confidentThreshold());
    }

    @Test
    void aLanguageTheSourceNeverShowedIsNotGivenWithLowConfidence() {
        List<Post> out = new ArrayList<>();
        SourceLanguagePass pass = new SourceLanguagePass(id, out::add);
        pass.accept(post("ru", 0, "Губернатор области провел совещание по подготовке к отопительному сезону."));
        pass.accept(post("ru", 1, "Thanks"));
        pass.flush();
        Post thanks = out.get(1);
        assertThat(thanks.language()).isNull();
        assertThat(thanks.languageConfidence()).isNull();
    }

    @Test
    void withoutHistoryTheBaseRatesDecideNearTies() {
        List<Post> out = new ArrayList<>();
        SourceLanguagePass pass = new SourceLanguagePass(id, out::add);
        pass.accept(post("new", 0, "Thanks"));
        pass.flush();
        assertThat(out.get(0).language()).isEqualTo("en");
        assertThat(out.get(0).languageConfidence()).isBetween(0.0, 1.0);
    }

    @Test
    void confidentPostsAreHandedOnUnchanged() {
        List<Post> out = new ArrayList<>();
        SourceLanguagePass pass = new SourceLanguagePass(id, out::add);
        Post p = post("ru", 0, "В Москве завершился форум по развитию цифровой экономики.");
        pass.accept(p);
        pass.flush();
        assertThat(out).containsExactly(p);
        assertThat(p.languageConfidence()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void theWindowIsBounded() {
        List<Post> out = new ArrayList<>();
        SourceLanguagePass pass = new SourceLanguagePass(id, out::add);
        for (int i = 0; i < SourceLanguagePass.WINDOW; i++) {
            pass.accept(post("ru", i, "Срочно"));
        }
        assertThat(out).hasSize(SourceLanguagePass.WINDOW);
    }

    @Test
    void sourceKeyFallsBackToTheInputsDirectory() {
        Source a = Source.of("site/a.txt", Format.ARTICLE_TEXT);
        Source b = Source.of("site/b.txt", Format.ARTICLE_TEXT);
        assertThat(SourceLanguagePass.sourceKey(a)).isEqualTo(SourceLanguagePass.sourceKey(b)).isEqualTo("dir:site");
        assertThat(SourceLanguagePass.sourceKey(a.withChannel("tass_agency", null))).isEqualTo("tass_agency");
    }
}

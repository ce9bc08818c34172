package org.echotrace.trace.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.echotrace.trace.CopyPair;
import org.echotrace.trace.TraceItem;
import org.junit.jupiter.api.Test;

/**
 * The error classes the real-corpus audit found in copies (seed 9): a source's recurring template with other
 * figures, its signature lines, and the same wording weeks later are not copies; real copies still are.
 */
class CopyAgreementTest {
    private static final long DAY = 86_400L;
    private static final long T0 = 1_730_000_000L;

    private static TraceItem item(int index, String source, long published, String text) {
        return new TraceItem(index, "p" + index, source, source, published, null, List.of(), "ru", text,
                Set.of(), List.of(), List.of(), Set.of(), Set.of(), Set.of());
    }

    private static String column(int dollar, int euro, int gold) {
        return String.format(Locale.ROOT, """
                Сводка курсов на вечер:
                - Доллар на внебиржевом рынке сегодня вечером стоит %d рублей.
                - Евро на внебиржевом рынке сегодня вечером стоит %d рублей.
                - Унция золота на бирже стоит %d долларов.
                ✅ Подписаться | Написать в редакцию""", dollar, euro, gold);
    }

    private static List<CopyPair> all(MinHashCopyFinder finder, List<TraceItem> items) {
        List<CopyPair> out = new ArrayList<>();
        for (TraceItem t : items) {
            out.addAll(finder.add(t));
        }
        return out;
    }

    @Test
    void aDailyColumnWithOtherFiguresIsNotACopy() {
        List<TraceItem> items = new ArrayList<>();
        for (int d = 0; d < 6; d++) {
            items.add(item(d, "rates", T0 + d * DAY, column(90 + d, 100 + 2 * d, 2600 + 7 * d)));
        }
        assertThat(all(MinHashCopyFinder.standard(), items)).isEmpty();
    }

    @Test
    void theSameColumnReportedAgainByAnotherSourceIsACopy() {
        List<TraceItem> items = List.of(item(0, "rates", T0, column(97, 106, 2607)),
                item(1, "aggregator", T0 + 600, column(97, 106, 2607).replace("Подписаться", "Наш канал")));
        assertThat(all(MinHashCopyFinder.standard(), items)).extracting(CopyPair::relation)
                .containsExactly(CopyPair.COPIED);
    }

    @Test
    void aSignatureOnEveryPostIsNotSharedContent() {
        String[] news = {
            "В парке у реки открыли новый каток с прокатом коньков и горячим чаем для всех гостей",
            "Мэрия перенесла ремонт моста на весну из-за ранних морозов и сильного снегопада в городе",
            "На вокзале запустили новый автобусный маршрут до аэропорта, он будет ходить каждые полчаса",
            "В библиотеке на площади покажут старые открытки и фотографии улиц прошлого века",
            "Школьники собрали за выходные две тонны макулатуры и сдали её в переработку",
            "Метро продлит работу в праздничную ночь до трёх часов утра на всех линиях",
            "Каток у реки", // a short post: the signature would be most of it
        };
        String signature = "\n\n🔔 Подписывайтесь на наш городской канал, здесь новости каждый день\n"
                + "📨 Прислать новость или фото можно редакции через бота круглосуточно\n"
                + "🤝 По вопросам рекламы пишите нашему менеджеру";
        List<TraceItem> items = new ArrayList<>();
        for (int i = 0; i < news.length; i++) {
            items.add(item(i, "city", T0 + i * 3600, news[i] + signature));
        }
        // learned in the order posts come: once the signature is on copy.template_min_posts (4) of the source's
        // posts, it no longer counts
        assertThat(all(MinHashCopyFinder.standard(), items)).allSatisfy(p -> assertThat(p.b()).isLessThan(4));
    }

    @Test
    void theSameWordingWeeksLaterIsACopyOnlyWhenNearIdentical() {
        String text = "Власти региона объявили о продлении жёлтого уровня погодной опасности из-за гололёда на "
                + "дорогах до конца недели, водителей просят не выезжать без необходимости и соблюдать дистанцию";
        String edited = text.replace("до конца недели", "до понедельника").replace("соблюдать дистанцию",
                "держать дистанцию на трассах");
        List<TraceItem> late = List.of(item(0, "a", T0, text), item(1, "b", T0 + 20 * DAY, edited));
        assertThat(all(MinHashCopyFinder.standard(), late)).isEmpty();

        List<TraceItem> soon = List.of(item(0, "a", T0, text), item(1, "b", T0 + DAY, edited));
        assertThat(all(MinHashCopyFinder.standard(), soon)).hasSize(1);

        List<TraceItem> repost = List.of(item(0, "a", T0, text), item(1, "a", T0 + 20 * DAY, text));
        assertThat(all(MinHashCopyFinder.standard(), repost)).hasSize(1);
    }
}

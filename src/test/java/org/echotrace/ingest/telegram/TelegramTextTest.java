package org.echotrace.ingest.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TelegramTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Element body(String html) {
        return Jsoup.parseBodyFragment(html).body().child(0);
    }

    @Test
    void htmlBlocksAndPreKeepTheirLines() {
        TelegramText t = TelegramText.fromHtml(body("""
                <div class="tgme_widget_message_text">  Первая   строка
                  <blockquote>Цитата заявления</blockquote>Код: <pre>a  = 1
                b = 2</pre><a href="//mid.example/x">ссылка</a><br><br><br><br>конец</div>"""));

        assertThat(t.text()).isEqualTo("Первая строка\nЦитата заявления\nКод:\na  = 1\nb = 2\nссылка\n\nконец");
        assertThat(t.urls()).containsExactly("https://mid.example/x");
    }

    @Test
    void htmlIgnoresScriptLinksAndKeepsRtlAndZeroWidthText() {
        TelegramText t = TelegramText.fromHtml(body(
                "<div><a href=\"javascript:alert(1)\">x</a> مرحبا\u200B <a href=\"https://t.me/mid_rf\">@mid_rf</a></div>"));

        assertThat(t.text()).isEqualTo("x مرحبا\u200B @mid_rf");
        assertThat(t.urls()).isEmpty();
        assertThat(t.mentions()).containsExactly("mid_rf");
    }

    @Test
    void exportArraysToleratesOddParts() throws Exception {
        TelegramText t = TelegramText.fromExport(JSON.readTree("""
                ["a ", 5, null, {"type": "bold"}, {"type": "hashtag", "text": "#"}, {"type": "text_link", "text": "b", "href": " "},
                 {"type": "unknown_future_entity", "text": "c"}, {"type": "mention", "text": "@x_y_z"}, ["nested"]]"""));

        assertThat(t.text()).isEqualTo("a #bc@x_y_z");
        assertThat(t.urls()).isEmpty();
        assertThat(t.hashtags()).isEmpty();
        assertThat(t.mentions()).containsExactly("x_y_z");
    }

    @Test
    void exportScalarsOtherThanStringsAreEmpty() throws Exception {
        assertThat(TelegramText.fromExport(JSON.readTree("42")).text()).isEmpty();
        assertThat(TelegramText.fromExport(null).text()).isEmpty();
        assertThat(TelegramText.fromExport(JSON.readTree("\"  text  \"")).text()).isEqualTo("text");
    }
}

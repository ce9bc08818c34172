package org.echotrace.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.echotrace.ingest.Input;
import org.echotrace.ingest.ReadContext;
import org.echotrace.model.Post;
import org.echotrace.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlDecoderTest {
    private static final String RU = "Правительство утвердило бюджет на следующий год, сообщили в ведомстве.";

    private static byte[] page(String head, String body, Charset cs) {
        return ("<html><head>" + head + "<title>Новости</title></head><body><article><p>" + body
                + "</p></article></body></html>").getBytes(cs);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<meta charset=\"windows-1251\">|windows-1251",
            "<meta charset=windows-1251>|windows-1251",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">|KOI8-R",
            "<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=cp1251'>|windows-1251",
            "<meta charset=\"x-cp1251\">|windows-1251"})
    void cyrillicPagesFollowTheirMetaDeclaration(String meta, String charset) {
        HtmlDecoder.Decoded d = HtmlDecoder.decode(page(meta, RU, Charset.forName(charset)), null);
        assertThat(d.text()).contains(RU);
        assertThat(d.charset()).isEqualTo(Charset.forName(charset));
        assertThat(d.malformed()).isZero();
    }

    @Test
    void latinLegacyCharsetsAndTheWhatwgLabelMapping() {
        String de = "Die Straße nach Köln ist gesperrt – 5 € Gebühr, sagte die Behörde.";
        assertThat(HtmlDecoder.decode(page("<meta charset=iso-8859-15>", de.replace("–", "-"),
                Charset.forName("ISO-8859-15")), null).text()).contains("5 € Gebühr");
        // iso-8859-1 means windows-1252: the en dash and euro sign of 0x96 and 0x80 come out right
        assertThat(HtmlDecoder.decode(page("<meta charset=iso-8859-1>", de, Charset.forName("windows-1252")), null)
                .text()).contains("gesperrt – 5 € Gebühr");
        String cz = "Vláda schválila rozpočet, řekl mluvčí.";
        assertThat(HtmlDecoder.decode(page("<meta charset=windows-1250>", cz, Charset.forName("windows-1250")), null)
                .text()).contains(cz);
    }

    @Test
    void byteOrderMarksAndXmlDeclarationsAreHonoured() {
        byte[] utf16 = page("<meta charset=utf-8>", RU, StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        assertThat(HtmlDecoder.decode(withBom, null).text()).contains(RU).startsWith("<html>");
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"KOI8-R\"?>" + new String(page("", RU, StandardCharsets.UTF_8),
                StandardCharsets.UTF_8)).getBytes(Charset.forName("KOI8-R"));
        assertThat(HtmlDecoder.decode(xml, null).text()).contains(RU);
    }

    @Test
    void validUtf8WinsOverAStaleDeclaration() {
        HtmlDecoder.Decoded d = HtmlDecoder.decode(page("<meta charset=gb2312>", RU + " 日本語", StandardCharsets.UTF_8), null);
        assertThat(d.text()).contains(RU + " 日本語");
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void theTransportCharsetOutranksTheMetaTag() {
        byte[] bytes = page("<meta charset=utf-8>", RU, Charset.forName("windows-1251"));
        assertThat(HtmlDecoder.decode(bytes, "windows-1251").text()).contains(RU);
        byte[] handedOn = HtmlDecoder.withTransportCharset(bytes, "windows-1251");
        assertThat(HtmlDecoder.decode(handedOn, null).text()).contains(RU);
        assertThat(HtmlDecoder.withTransportCharset(bytes, "no-such-charset")).isSameAs(bytes);
    }

    @Test
    void undeclaredBrokenUtf8IsReplacedAndCounted() {
        byte[] bytes = page("", "Bad \u00ff byte", StandardCharsets.ISO_8859_1);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, null);
        assertThat(d.text()).contains("Bad \uFFFD byte");
        assertThat(d.malformed()).isEqualTo(1);
        assertThat(d.firstMalformed()).isPositive();
    }

    @Test
    void theReaderWarnsOnlyWhenNoEncodingExplainsTheBytes() throws IOException {
        List<Post> posts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String body = RU + " " + RU + " " + RU + " " + RU;
        for (byte[] bytes : List.of(page("<meta charset=windows-1251>", body, Charset.forName("windows-1251")),
                page("<meta http-equiv=Content-Type content='text/html; charset=KOI8-R'>", body, Charset.forName("KOI8-R")))) {
            Input input = Input.of("ru.html", new ByteArrayInputStream(bytes), problems::add);
            new ArticleHtmlReader().read(input, new ReadContext("ru.html", posts::add, problems::add, Map.of()));
            input.finish();
        }
        assertThat(problems).isEmpty();
        assertThat(posts).hasSize(2).allSatisfy(p -> assertThat(p.text()).startsWith(RU));
        Input broken = Input.of("bad.html", new ByteArrayInputStream(page("", body + " \u00ff", StandardCharsets.ISO_8859_1)),
                problems::add);
        new ArticleHtmlReader().read(broken, new ReadContext("bad.html", posts::add, problems::add, Map.of()));
        broken.finish();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).startsWith("invalid UTF-8: 1"));
    }
}

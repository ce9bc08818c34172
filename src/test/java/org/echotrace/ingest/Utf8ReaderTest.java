package org.echotrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class Utf8ReaderTest {

    private static String readAll(Reader r) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[7]; // small buffer: sequences are split across reads
        int n;
        while ((n = r.read(buf)) >= 0) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    @Test
    void decodesValidTextAndDropsBom() throws IOException {
        byte[] bytes = ("\uFEFFМИД 🇷🇺 statement").getBytes(StandardCharsets.UTF_8);
        Utf8Reader r = new Utf8Reader(new ByteArrayInputStream(bytes));
        assertThat(readAll(r)).isEqualTo("МИД 🇷🇺 statement");
        assertThat(r.malformedCount()).isZero();
        assertThat(r.firstMalformedOffset()).isEqualTo(-1);
    }

    @Test
    void replacesMalformedBytesAndRemembersWhere() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("Заяв".getBytes(StandardCharsets.UTF_8)); // 8 bytes
        out.write(0xFF);
        out.writeBytes("ление".getBytes(StandardCharsets.UTF_8));
        out.write(0xD0); // truncated two-byte sequence at the end
        Utf8Reader r = new Utf8Reader(new ByteArrayInputStream(out.toByteArray()));
        assertThat(readAll(r)).isEqualTo("Заяв\uFFFDление\uFFFD");
        assertThat(r.malformedCount()).isEqualTo(2);
        assertThat(r.firstMalformedOffset()).isEqualTo(8);
    }

    @Test
    void handlesLongInputAcrossBufferBoundaries() throws IOException {
        String s = "ё🙂".repeat(50_000);
        Utf8Reader r = new Utf8Reader(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
        assertThat(readAll(r)).isEqualTo(s);
        assertThat(r.malformedCount()).isZero();
    }
}

package org.echotrace.ingest.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.echotrace.ingest.Utf8Reader;

/**
 * Decodes the bytes of an HTML page by the encoding it declares, in the order browsers trust (HTML
 * "encoding sniffing"): a byte-order mark; then the transport's charset (the HTTP {@code Content-Type} of a
 * web archive record); then {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} (or an XML
 * declaration) in the first {@value #SNIFF_BYTES} bytes; else UTF-8.
 *
 * <p>One exception to that order: bytes that are valid UTF-8 are read as UTF-8 whatever is declared (for pure
 * ASCII the result is the same either way), because legacy single-byte text (windows-1251, KOI8-R, ISO-8859-x) almost never
 * forms valid UTF-8 by chance, while pages re-saved as UTF-8 with a stale declaration are common. Labels
 * are mapped as the WHATWG Encoding standard does ({@code iso-8859-1} and {@code us-ascii} mean
 * windows-1252, {@code gb2312} means GBK, a {@code utf-16} meta label means UTF-8).
 */
public final class HtmlDecoder {
    /** How far into the page a meta charset declaration is looked for. */
    static final int SNIFF_BYTES = 16 * 1024;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> WHATWG = Map.of(
            "iso-8859-1", "windows-1252", "latin1", "windows-1252", "l1", "windows-1252",
            "us-ascii", "windows-1252", "ascii", "windows-1252", "iso-8859-9", "windows-1254",
            "gb2312", "GBK", "x-cp1251", "windows-1251", "x-cp1250", "windows-1250", "tis-620", "windows-874");

    private HtmlDecoder() {
    }

    /**
     * The page's text.
     *
     * @param bytes            the page as served
     * @param transportCharset the charset label of the transport (HTTP header), or null
     */
    public static Decoded decode(byte[] bytes, String transportCharset) {
        Charset bom = bom(bytes);
        if (bom != null && !bom.equals(StandardCharsets.UTF_8)) {
            int skip = 2;
            return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom, 0, -1);
        }
        if (bom == null) {
            String strict = strictUtf8(bytes);
            if (strict != null) {
                return new Decoded(strict, StandardCharsets.UTF_8, 0, -1);
            }
            Charset declared = charsetOf(transportCharset, false);
            if (declared == null) {
                declared = declaredInPage(bytes);
            }
            if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
                return new Decoded(new String(bytes, declared), declared, 0, -1);
            }
        }
        return lenientUtf8(bytes);
    }

    /**
     * The bytes to hand on when a transport declared {@code transportCharset}: unchanged when they carry a
     * byte-order mark, are valid UTF-8, or the label is UTF-8 or unknown; else decoded by that charset and
     * re-encoded as UTF-8 behind a byte-order mark, which outranks any meta declaration in the page.
     */
    public static byte[] withTransportCharset(byte[] bytes, String transportCharset) {
        Charset declared = charsetOf(transportCharset, false);
        if (declared == null || declared.equals(StandardCharsets.UTF_8) || bom(bytes) != null
                || strictUtf8(bytes) != null) {
            return bytes;
        }
        byte[] text = new String(bytes, declared).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[text.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(text, 0, out, 3, text.length);
        return out;
    }

    /** The charset a page's own markup declares in its first bytes, or null. */
    static Charset declaredInPage(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            Charset c = charsetOf(xml.group(1), true);
            if (c != null) {
                return c;
            }
        }
        Matcher m = META_CHARSET.matcher(head);
        while (m.find()) {
            Charset c = charsetOf(m.group(1), true);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** The charset for an encoding label, or null when the label is unknown or unsupported here. */
    static Charset charsetOf(String label, boolean inPage) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (l.length() > 2 && (l.charAt(0) == '"' || l.charAt(0) == '\'')) {
            l = l.substring(1, l.length() - 1);
        }
        if (inPage && l.startsWith("utf-16")) {
            return StandardCharsets.UTF_8; // a document whose markup was readable as ASCII is not UTF-16
        }
        try {
            return Charset.forName(WHATWG.getOrDefault(l, l));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** The text when the bytes are valid UTF-8, else null. */
    private static String strictUtf8(byte[] bytes) {
        // the JDK's String decoding is vectorised, and it turns every malformed sequence into U+FFFD: without
        // one in the result the bytes were valid; only a page with a U+FFFD of its own takes the slow check
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        try {
            CharBuffer cb = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Decoded lenientUtf8(byte[] bytes) {
        try (Utf8Reader r = new Utf8Reader(new ByteArrayInputStream(bytes))) {
            StringBuilder sb = new StringBuilder(bytes.length);
            char[] buf = new char[16 * 1024];
            int n;
            while ((n = ((Reader) r).read(buf)) >= 0) {
                sb.append(buf, 0, n);
            }
            return new Decoded(sb.toString(), StandardCharsets.UTF_8, r.malformedCount(), r.firstMalformedOffset());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in-memory bytes
        }
    }

    /**
     * A decoded page.
     *
     * @param malformed      how many malformed UTF-8 sequences were replaced (0 for a declared legacy charset)
     * @param firstMalformed byte offset of the first one, -1 when none
     */
    public record Decoded(String text, Charset charset, long malformed, long firstMalformed) {
    }
}

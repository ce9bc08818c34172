package org.echotrace.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.echotrace.model.Problem;

/**
 * One opened input, already decompressed: its display path, a stream positioned at its first byte, and
 * the first bytes ({@link #head()}) for content sniffing. Single use: read it once, through
 * {@link #stream()}, {@link #reader()} or {@link #readText(long)}.
 */
public final class Input {
    /** How many bytes are peeked for format detection. */
    public static final int HEAD_BYTES = 64 * 1024;

    private final String path;
    private final String name;
    private final BufferedInputStream stream;
    private final byte[] head;
    private final Consumer<Problem> problems;
    private final LongSupplier rawOffset;
    private Utf8Reader reader;

    Input(String path, String name, InputStream raw, LongSupplier rawOffset, Consumer<Problem> problems)
            throws IOException {
        this.path = path;
        this.name = name;
        this.problems = problems;
        this.rawOffset = rawOffset;
        this.stream = raw instanceof BufferedInputStream b ? b : new BufferedInputStream(raw, HEAD_BYTES * 2);
        stream.mark(HEAD_BYTES + 1);
        byte[] buf = new byte[HEAD_BYTES];
        int n = 0;
        while (n < buf.length) {
            int r = stream.read(buf, n, buf.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        stream.reset();
        this.head = Arrays.copyOf(buf, n);
    }

    /** For tests and library callers: an input over an in-memory or already opened stream. */
    public static Input of(String path, InputStream in, Consumer<Problem> problems) throws IOException {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return new Input(path, name, in, () -> -1, problems);
    }

    /** How many bytes of the file on disk (before decompression) have been read; -1 when unknown. */
    public long rawOffset() {
        return rawOffset.getAsLong();
    }

    /** The display path, e.g. {@code exports/result.json} or {@code pages.zip!/a.html}. */
    public String path() {
        return path;
    }

    /** The file name without directories (and without {@code .gz}), lower-cased extension intact. */
    public String name() {
        return name;
    }

    /** The lower-cased extension of {@link #name()}, without the dot; empty when there is none. */
    public String extension() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Up to {@link #HEAD_BYTES} first bytes, for sniffing. */
    public byte[] head() {
        return head.clone();
    }

    /** The first bytes decoded as UTF-8 (lenient), for sniffing. */
    public String headText() {
        return new String(head, StandardCharsets.UTF_8);
    }

    /** True when the input has no bytes at all. */
    public boolean isEmpty() {
        return head.length == 0;
    }

    /** The raw byte stream (binary formats such as WARC). */
    public InputStream stream() {
        return stream;
    }

    /**
     * The content as text, decoded as UTF-8 with replacement; malformed bytes are reported as one warning
     * when {@link #finish()} is called.
     */
    public Reader reader() {
        if (reader == null) {
            reader = new Utf8Reader(stream);
        }
        return reader;
    }

    /**
     * Reads the whole content as text, refusing inputs over {@code maxChars} characters (documents that
     * must be parsed whole, like HTML pages, would otherwise exhaust memory).
     */
    public String readText(long maxChars) throws IOException {
        Reader r = reader();
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[16 * 1024];
        int n;
        while ((n = r.read(buf)) >= 0) {
            sb.append(buf, 0, n);
            if (sb.length() > maxChars) {
                throw new InputException(null, "too large to parse as a whole document (over "
                        + maxChars / (1024 * 1024) + "M characters)");
            }
        }
        return sb.toString();
    }

    /** Reports a warning if the text had malformed UTF-8. Called by the pipeline after the reader is done. */
    public void finish() {
        if (reader != null && reader.malformedCount() > 0) {
            problems.accept(Problem.warning(path, "byte " + reader.firstMalformedOffset(),
                    "invalid UTF-8: " + reader.malformedCount() + " malformed sequence(s) replaced with U+FFFD"));
        }
    }
}

package org.echotrace.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 leniently: each malformed sequence becomes U+FFFD, and the count and byte offset of the
 * first one are kept so the caller can warn about it. A leading byte-order mark is dropped.
 *
 * <p>{@link java.io.InputStreamReader} replaces silently; an analyst needs to know the text was damaged.
 */
public final class Utf8Reader extends Reader {
    private static final int BUFFER = 16 * 1024;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    private long bytesConsumed;
    private long malformed;
    private long firstMalformedOffset = -1;
    private boolean eof;
    private boolean bomChecked;

    public Utf8Reader(InputStream in) {
        this.in = in;
        bytes.flip();
        chars.flip();
    }

    /** How many malformed byte sequences were replaced so far. */
    public long malformedCount() {
        return malformed;
    }

    /** Byte offset of the first malformed sequence, or -1 if none. */
    public long firstMalformedOffset() {
        return firstMalformedOffset;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (!fill()) {
                return -1;
            }
        }
        int n = Math.min(len, chars.remaining());
        chars.get(cbuf, off, n);
        return n;
    }

    private boolean fill() throws IOException {
        if (eof && !bytes.hasRemaining()) {
            return false;
        }
        bytes.compact();
        if (!eof) {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
        }
        bytes.flip();
        if (!bomChecked && (bytes.remaining() >= 3 || eof)) {
            bomChecked = true;
            if (bytes.remaining() >= 3 && (bytes.get(0) & 0xFF) == 0xEF && (bytes.get(1) & 0xFF) == 0xBB
                    && (bytes.get(2) & 0xFF) == 0xBF) {
                bytes.position(3);
                bytesConsumed = 3;
            }
        }
        chars.clear();
        while (true) {
            int before = bytes.position();
            CoderResult r = decoder.decode(bytes, chars, eof);
            bytesConsumed += bytes.position() - before;
            if (r.isError()) {
                if (chars.remaining() < 1) {
                    break;
                }
                if (firstMalformedOffset < 0) {
                    firstMalformedOffset = bytesConsumed;
                }
                malformed++;
                chars.put('\uFFFD');
                bytes.position(bytes.position() + r.length());
                bytesConsumed += r.length();
                continue;
            }
            if (r.isUnderflow() && eof && !bytes.hasRemaining()) {
                decoder.flush(chars);
            }
            break;
        }
        chars.flip();
        return chars.hasRemaining() || !(eof && !bytes.hasRemaining());
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

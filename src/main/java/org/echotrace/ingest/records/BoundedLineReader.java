package org.echotrace.ingest.records;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines ({@code \n}, {@code \r\n} or {@code \r}) with a length cap: a line over the cap is consumed
 * up to its end without being kept, so one 200 MB line costs no more memory than a short one.
 */
final class BoundedLineReader {
    /** One line: its 1-based number and text, or null text when it was longer than the cap. */
    record Line(long number, String text, long length) {
        boolean tooLong() {
            return text == null;
        }
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buf = new char[64 * 1024];
    private int pos;
    private int limit;
    private long lineNo;
    private boolean skipLf;

    BoundedLineReader(Reader in, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive, was " + maxChars);
        }
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line, or null at the end of input. */
    Line next() throws IOException {
        StringBuilder sb = new StringBuilder();
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos >= limit) {
                limit = in.read(buf, 0, buf.length);
                pos = 0;
                if (limit < 0) {
                    limit = 0;
                    if (!any) {
                        return null;
                    }
                    break;
                }
                continue;
            }
            if (skipLf) {
                skipLf = false;
                if (buf[pos] == '\n') {
                    pos++;
                    continue;
                }
            }
            any = true;
            int start = pos;
            while (pos < limit && buf[pos] != '\n' && buf[pos] != '\r') {
                pos++;
            }
            int n = pos - start;
            if (sb != null) {
                if (length + n > maxChars) {
                    sb = null;
                } else {
                    sb.append(buf, start, n);
                }
            }
            length += n;
            if (pos < limit) {
                skipLf = buf[pos] == '\r';
                pos++;
                break;
            }
        }
        lineNo++;
        return new Line(lineNo, sb == null ? null : sb.toString(), length);
    }
}

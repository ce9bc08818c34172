package org.echotrace.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Refuses decompression bombs quickly: a decompressed stream (gzip member, zip entry) fails with an
 * {@link InputException} once it has produced more than {@link #MIN_BYTES} and more than {@link #MAX_RATIO}
 * times the compressed bytes read so far from the file, or more than {@link #MAX_BYTES} in all. Real text
 * compresses 3–10×, and highly repetitive JSON exports rarely beyond 50×; a bomb is thousands of times.
 */
final class BombGuard extends FilterInputStream {
    /** Ratios are only judged after this much output, so small, very repetitive files pass. */
    static final long MIN_BYTES = 64L * 1024 * 1024;
    /** Decompressed bytes per compressed byte beyond which an input is a bomb. */
    static final long MAX_RATIO = 200;
    /** The most one compressed input may expand to. */
    static final long MAX_BYTES = 64L * 1024 * 1024 * 1024;

    private final LongSupplier compressed;
    private final long minBytes;
    private long out;

    BombGuard(InputStream in, LongSupplier compressed) {
        this(in, compressed, MIN_BYTES);
    }

    /** For tests: a smaller threshold before the ratio is judged. */
    BombGuard(InputStream in, LongSupplier compressed, long minBytes) {
        super(in);
        this.compressed = compressed;
        this.minBytes = minBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) throws IOException {
        out += n;
        if (out > MAX_BYTES) {
            throw new InputException(null, "decompresses to over " + MAX_BYTES / (1024L * 1024 * 1024)
                    + " GB: refused as a decompression bomb");
        }
        if (out > minBytes) {
            long in = Math.max(1, compressed.getAsLong());
            if (out / in > MAX_RATIO) {
                throw new InputException(null, "decompresses " + out / (1024 * 1024) + " MB from "
                        + Math.max(1, in / 1024) + " KB (over " + MAX_RATIO + " times): refused as a decompression bomb");
            }
        }
    }
}

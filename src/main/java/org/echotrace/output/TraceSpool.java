package org.echotrace.output;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.echotrace.trace.PostTrace;

/**
 * Holds a corpus's JSON lines on disk while it is traced, then writes them out with their trace fields.
 *
 * <p>Clusters and origins are only known once every post has been seen, but posts must not be held in memory.
 * Pass one writes each post through {@link #writer()} with its trace fields null, which ends every line in
 * {@link JsonlWriter#NULL_TRACE_TAIL}; pass two ({@link #replay}) streams the spool back and swaps that fixed
 * tail for the post's real trace. The swap works on bytes and never re-parses a line: we wrote those lines, so
 * the tail is known exactly, and anything else is a bug reported as {@link IllegalStateException}.
 */
public final class TraceSpool implements Closeable {
    private static final byte[] NULL_TAIL = JsonlWriter.NULL_TRACE_TAIL.getBytes(StandardCharsets.UTF_8);

    private final Path file;
    private final OutputStream os;
    private final JsonlWriter writer;
    private long lines;

    /**
     * A spool in {@code file}, created or truncated; the file is deleted on {@link #close()}, and at exit
     * (Ctrl-C and SIGTERM included) if the run never gets there ({@link TempFiles}).
     */
    public TraceSpool(Path file) throws IOException {
        this.file = TempFiles.register(file);
        this.os = new BufferedOutputStream(OutputFailure.guard(Files.newOutputStream(file),
                "the spool file " + file + " (set another directory with -Djava.io.tmpdir)"), 1 << 16);
        this.writer = new JsonlWriter(os);
    }

    /** A spool in a new temporary file (under {@code java.io.tmpdir}). */
    public static TraceSpool createTemp() throws IOException {
        return new TraceSpool(TempFiles.create(Path.of(System.getProperty("java.io.tmpdir")), "echotrace-", ".spool.jsonl"));
    }

    /** The spool's file. */
    public Path file() {
        return file;
    }

    /** Spools one post, its trace fields left null. */
    public void write(org.echotrace.model.Post post) {
        writer.write(post);
        lines++;
    }

    /** How many posts were spooled. */
    public long lines() {
        return lines;
    }

    /**
     * Writes every spooled line to {@code out} in order, line {@code i} carrying {@code traces.get(i)}
     * ({@code traces} null keeps the trace fields null). Does not close {@code out}.
     */
    public void replay(List<PostTrace> traces, OutputStream out) throws IOException {
        writer.flush();
        os.flush();
        if (traces != null && traces.size() != lines) {
            throw new IllegalStateException("spool holds " + lines + " posts but the trace has " + traces.size());
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[1 << 16];
            byte[] line = new byte[8192];
            int len = 0;
            int index = 0;
            int n;
            while ((n = in.read(chunk)) > 0) {
                int from = 0;
                for (int i = 0; i < n; i++) {
                    if (chunk[i] != '\n') {
                        continue;
                    }
                    line = append(line, len, chunk, from, i + 1 - from);
                    len += i + 1 - from;
                    from = i + 1;
                    emit(line, len, index, traces, out);
                    index++;
                    len = 0;
                }
                line = append(line, len, chunk, from, n - from);
                len += n - from;
            }
            if (len > 0) {
                throw new IllegalStateException("spooled line " + (index + 1) + " is not terminated");
            }
            if (index != lines) {
                throw new IllegalStateException("spool file has " + index + " lines, expected " + lines);
            }
        }
        out.flush();
    }

    private static byte[] append(byte[] line, int len, byte[] src, int from, int count) {
        byte[] out = line;
        if (len + count > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, len + count));
        }
        System.arraycopy(src, from, out, len, count);
        return out;
    }

    private static void emit(byte[] line, int len, int index, List<PostTrace> traces, OutputStream out)
            throws IOException {
        if (!endsWithNullTail(line, len)) {
            throw new IllegalStateException("spooled line " + (index + 1) + " does not end in the null trace fields");
        }
        out.write(line, 0, len - NULL_TAIL.length);
        PostTrace t = traces == null ? null : traces.get(index);
        out.write(JsonlWriter.traceTail(t).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean endsWithNullTail(byte[] buf, int len) {
        if (len < NULL_TAIL.length) {
            return false;
        }
        return Arrays.equals(buf, len - NULL_TAIL.length, len, NULL_TAIL, 0, NULL_TAIL.length);
    }

    /** Closes and deletes the spool file. */
    @Override
    public void close() throws IOException {
        try {
            writer.close();
            os.close();
        } catch (OutputFailure e) {
            // already failing; the file goes anyway
        } finally {
            TempFiles.release(file);
        }
    }
}

package org.echotrace.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * A write to the run's output (standard output, the {@code --out} file, the spool) failed: full disk, closed
 * pipe. Nothing after it can succeed, so it is not one input's problem: it passes through the pipeline and
 * ends the run with one line ({@link #getMessage()}, e.g. {@code cannot write to standard output: …}).
 */
public final class OutputFailure extends UncheckedIOException {
    private static final long serialVersionUID = 1L;

    /** {@code what} names the target in the user's words: {@code to standard output}, {@code posts.jsonl}. */
    public OutputFailure(String what, IOException cause) {
        super("cannot write " + what + ": " + reason(cause), cause);
    }

    private static String reason(IOException e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? "the write failed" : m;
    }

    /** {@code out}, with every failing write, flush or close turned into an {@link OutputFailure} naming {@code what}. */
    public static OutputStream guard(OutputStream out, String what) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) {
                try {
                    out.write(b);
                } catch (IOException e) {
                    throw new OutputFailure(what, e);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw new OutputFailure(what, e);
                }
            }

            @Override
            public void flush() {
                try {
                    out.flush();
                } catch (IOException e) {
                    throw new OutputFailure(what, e);
                }
            }

            @Override
            public void close() {
                try {
                    out.close();
                } catch (IOException e) {
                    throw new OutputFailure(what, e);
                }
            }
        };
    }

    /**
     * Standard output as a stream that reports failures: {@link PrintStream} swallows them (which is how
     * {@code analyze … > /dev/full} used to report success), so its error flag is checked after every write.
     */
    public static OutputStream stdout(PrintStream ps) {
        return guard(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                ps.write(b);
                check();
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ps.write(b, off, len);
                check();
            }

            @Override
            public void flush() throws IOException {
                check();
            }

            private void check() throws IOException {
                if (ps.checkError()) {
                    throw new IOException("the write failed (disk full, or the reading end of the pipe closed)");
                }
            }
        }, "to standard output");
    }
}

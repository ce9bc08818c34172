package org.echotrace.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Where a command writes: standard output, or a file written to a temporary file beside it and renamed into
 * place by {@link #commit()}, so an interrupted or failed run never leaves a truncated file (nor destroys the
 * previous one). Every write failure is an {@link OutputFailure}.
 */
public final class OutputTarget implements Closeable {
    private final Path file;
    private final Path temp;
    private final OutputStream stream;
    private final boolean ownsStream;
    private boolean committed;

    private OutputTarget(Path file, Path temp, OutputStream stream) {
        this(file, temp, stream, file != null);
    }

    private OutputTarget(Path file, Path temp, OutputStream stream, boolean ownsStream) {
        this.file = file;
        this.temp = temp;
        this.stream = stream;
        this.ownsStream = ownsStream;
    }

    /** Standard output. */
    public static OutputTarget stdout(PrintStream out) {
        return new OutputTarget(null, null, OutputFailure.stdout(out));
    }

    /** {@code file}, through a hidden temporary file in the same directory (so the rename stays on one disk). */
    public static OutputTarget file(Path file) {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        try {
            if (Files.exists(abs) && !Files.isRegularFile(abs)) {
                // /dev/null, a named pipe: written in place, since a file renamed onto it would replace it
                return new OutputTarget(null, null, OutputFailure.guard(Files.newOutputStream(abs), file.toString()),
                        true);
            }
            Path temp = TempFiles.create(dir, "." + abs.getFileName() + ".", ".partial");
            return new OutputTarget(abs, temp, OutputFailure.guard(Files.newOutputStream(temp), file.toString()));
        } catch (IOException e) {
            throw new OutputFailure(file.toString(), e);
        }
    }

    /** The stream to write to; not to be closed by the caller. */
    public OutputStream stream() {
        return stream;
    }

    /** The files this target writes on disk (the file and its temporary file), none for standard output. */
    public List<Path> files() {
        return file == null ? List.of() : List.of(file, temp);
    }

    /** Flushes, and for a file renames the temporary file into place. */
    public void commit() {
        String what = file == null ? "to standard output" : file.toString();
        try {
            stream.flush();
            if (file == null) {
                committed = true;
                return;
            }
            stream.close();
        } catch (IOException e) {
            throw new OutputFailure(what, e);
        }
        try {
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new OutputFailure(file.toString(), e);
        }
        TempFiles.keep(temp);
        committed = true;
    }

    /** Without a {@link #commit()}, removes the temporary file and leaves {@code file} as it was. */
    @Override
    public void close() throws IOException {
        if (file == null) {
            if (ownsStream) {
                stream.close();
            }
            return;
        }
        if (committed) {
            return;
        }
        try {
            stream.close();
        } catch (OutputFailure | IOException e) {
            // already failing: the first failure is the one reported
        }
        TempFiles.release(temp);
    }
}

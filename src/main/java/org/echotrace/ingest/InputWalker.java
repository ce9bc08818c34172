package org.echotrace.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.echotrace.model.Problem;

/**
 * Turns command-line paths into {@link Input}s: files, directories (recursively, in name order), {@code -}
 * for standard input, and gzip or zip content (recognised by magic bytes, not only by extension),
 * decompressed as a stream. Every failure is reported as a {@link Problem} and the walk goes on.
 */
public final class InputWalker {

    /** Receives each opened input; may throw when the input turns out to be unreadable. */
    @FunctionalInterface
    public interface Handler {
        void handle(Input input) throws IOException;
    }

    private static final int MAX_NESTING = 4;

    private final Consumer<Problem> problems;
    private final InputStream stdin;

    public InputWalker(Consumer<Problem> problems, InputStream stdin) {
        this.problems = problems;
        this.stdin = stdin;
    }

    /** Walks every argument in order. */
    public void walk(List<String> args, Handler handler) {
        for (String arg : args) {
            if ("-".equals(arg)) {
                CountingInputStream counting = new CountingInputStream(stdin);
                open("<stdin>", "stdin", counting, counting::count, handler, 0);
                continue;
            }
            Path p = Paths.get(arg);
            if (Files.isDirectory(p)) {
                for (Path file : listFiles(p)) {
                    openFile(file, handler);
                }
            } else if (Files.isRegularFile(p)) {
                openFile(p, handler);
            } else if (Files.exists(p)) {
                problems.accept(Problem.error(arg, null, "not a regular file or directory"));
            } else {
                problems.accept(Problem.error(arg, null, "no such file or directory"));
            }
        }
    }

    private List<Path> listFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.accept(Problem.error(dir.toString(), null, "cannot list directory: " + e.getMessage()));
        }
        return files;
    }

    private void openFile(Path file, Handler handler) {
        String display = file.toString();
        if (!Files.isReadable(file)) {
            problems.accept(Problem.error(display, null, "permission denied"));
            return;
        }
        try (InputStream fin = Files.newInputStream(file)) {
            CountingInputStream counting = new CountingInputStream(fin);
            open(display, file.getFileName().toString(), counting, counting::count, handler, 0);
        } catch (IOException e) {
            problems.accept(Problem.error(display, null, "cannot open: " + describe(e)));
        }
    }

    /** Opens one input; false when its compressed data turned out truncated or corrupt. */
    private boolean open(String display, String name, InputStream raw, LongSupplier offset, Handler handler,
                         int depth) {
        try {
            BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
            in.mark(8);
            byte[] magic = in.readNBytes(4);
            in.reset();
            if (depth < MAX_NESTING && isGzip(magic)) {
                GZIPInputStream gz = new GZIPInputStream(in, 64 * 1024);
                return open(display, stripSuffix(name, ".gz"), gz, offset, handler, depth + 1);
            }
            if (depth < MAX_NESTING && isZip(magic)) {
                readZip(display, in, offset, handler, depth);
                return true;
            }
            if (magic.length == 0) {
                problems.accept(Problem.error(display, null, "empty input (0 bytes)"));
                return true;
            }
            Input input = new Input(display, name, in, offset, problems);
            try {
                handler.handle(input);
            } finally {
                input.finish();
            }
        } catch (InputException e) {
            problems.accept(Problem.error(display, e.position(), e.getMessage()));
        } catch (EOFException | ZipException e) {
            problems.accept(Problem.error(display, "byte " + offset.getAsLong(),
                    "truncated or corrupt compressed data: " + describe(e)));
            return false;
        } catch (IOException e) {
            problems.accept(Problem.error(display, positionOf(offset), "read failed: " + describe(e)));
        }
        return true;
    }

    private void readZip(String display, InputStream in, LongSupplier offset, Handler handler, int depth)
            throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        ZipEntry entry;
        int entries = 0;
        while ((entry = zip.getNextEntry()) != null) {
            if (entry.isDirectory()) {
                continue;
            }
            String entryName = entry.getName();
            String base = entryName.substring(entryName.lastIndexOf('/') + 1);
            if (base.startsWith(".") || entryName.startsWith("__MACOSX/")) {
                continue;
            }
            entries++;
            InputStream body = new FilterInputStream(zip) {
                @Override
                public void close() {
                    // the zip stream stays open for the next entry
                }
            };
            if (!open(display + "!/" + entryName, base, body, offset, handler, depth + 1)) {
                return; // the archive is broken at this entry: already reported, the rest is unreadable
            }
        }
        if (entries == 0) {
            problems.accept(Problem.warning(display, null, "zip archive has no file entries"));
        }
    }

    private static String positionOf(LongSupplier offset) {
        long o = offset.getAsLong();
        return o < 0 ? null : "byte " + o;
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        String kind = e.getClass().getSimpleName();
        return m == null || m.isBlank() ? kind : m;
    }

    private static boolean isGzip(byte[] m) {
        return m.length >= 2 && (m[0] & 0xFF) == 0x1F && (m[1] & 0xFF) == 0x8B;
    }

    private static boolean isZip(byte[] m) {
        return m.length >= 4 && m[0] == 'P' && m[1] == 'K' && m[2] == 3 && m[3] == 4;
    }

    private static String stripSuffix(String name, String suffix) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(suffix)
                ? name.substring(0, name.length() - suffix.length()) : name;
    }
}

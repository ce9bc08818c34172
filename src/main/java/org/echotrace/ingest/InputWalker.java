package org.echotrace.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.echotrace.model.Problem;
import org.echotrace.text.CueFile;

/**
 * Turns command-line paths into {@link Input}s: files, directories (recursively, in natural name order:
 * {@code messages2.html} before {@code messages10.html}), {@code -} for standard input, and gzip or zip
 * content (recognised by magic bytes, not only by extension), decompressed as a stream. Every failure is
 * reported as a {@link Problem} and the walk goes on.
 *
 * <p>Symlinks are followed (a directory symlink included); one that leads back to a directory being walked
 * is reported as a symlink loop and not followed, and a file reached twice is read once. Files that are
 * plainly not posts (stylesheets, scripts, images, audio, video, fonts: {@code not-post-files.txt}) are
 * skipped and counted ({@link #skipped()}). A Telegram Desktop export folder ({@code messages.html} or
 * {@code result.json}) is read as one export: its media folders are skipped and counted, and its pages
 * {@code messages.html}, {@code messages2.html} … are handed over as <em>one</em> input, in page order.
 */
public final class InputWalker {

    /** Receives each opened input; may throw when the input turns out to be unreadable. */
    @FunctionalInterface
    public interface Handler {
        void handle(Input input) throws IOException;
    }

    /** The summary's name for files skipped as not posts. */
    public static final String MEDIA = "media files";
    /** The summary's name for files left out by {@code --include}/{@code --exclude}. */
    public static final String EXCLUDED = "excluded files";

    private static final int MAX_NESTING = 4;
    private static final Pattern PAGE = Pattern.compile("messages(\\d*)\\.html");
    private static final Pattern DIGITS = Pattern.compile("\\d+|\\D+");

    private static final Set<String> SKIP_EXTENSIONS = new HashSet<>();
    private static final Set<String> EXPORT_MARKERS = new HashSet<>();
    private static final Set<String> EXPORT_ASSETS = new HashSet<>();

    static {
        for (CueFile.Entry e : CueFile.load(InputWalker.class, "not-post-files.txt")) {
            Set<String> into = switch (e.key()) {
                case "extensions" -> SKIP_EXTENSIONS;
                case "export-folders" -> EXPORT_MARKERS;
                case "export-assets" -> EXPORT_ASSETS;
                default -> throw e.error("unknown key '" + e.key() + "'");
            };
            into.addAll(e.values());
        }
    }

    private final Consumer<Problem> problems;
    private final InputStream stdin;
    private final List<PathMatcher> include = new ArrayList<>();
    private final List<PathMatcher> exclude = new ArrayList<>();
    private final List<Path> neverRead;
    private final Map<Path, String> read = new HashMap<>();
    private final Map<String, Long> skipped = new LinkedHashMap<>();
    private long found;
    private long bombMinBytes = BombGuard.MIN_BYTES;

    public InputWalker(Consumer<Problem> problems, InputStream stdin) {
        this(problems, stdin, WalkOptions.all());
    }

    public InputWalker(Consumer<Problem> problems, InputStream stdin, WalkOptions options) {
        this.problems = problems;
        this.stdin = stdin;
        options.include().forEach(g -> include.add(WalkOptions.matcher(g)));
        options.exclude().forEach(g -> exclude.add(WalkOptions.matcher(g)));
        this.neverRead = options.neverRead().stream().map(InputWalker::resolved).toList();
    }

    /** For tests: judge decompression ratios after {@code bytes} of output instead of {@link BombGuard#MIN_BYTES}. */
    InputWalker withBombThreshold(long bytes) {
        this.bombMinBytes = bytes;
        return this;
    }

    /** Files deliberately not read, by kind ({@link #MEDIA}, {@link #EXCLUDED}), in first-seen order. */
    public Map<String, Long> skipped() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
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
            if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                problems.accept(Problem.error(arg, null, "no such file or directory"));
                continue;
            }
            Path real = realPath(p, arg);
            if (real == null) {
                continue;
            }
            if (Files.isDirectory(real)) {
                long before = found;
                walkDir(p, p, new HashSet<>(Set.of(real)), handler);
                if (found == before) {
                    problems.accept(Problem.warning(arg, null, "empty directory: no files to read"));
                }
            } else if (Files.isRegularFile(real)) {
                found++;
                openFile(p, real, handler);
            } else {
                problems.accept(Problem.error(arg, null, "not a regular file or directory"));
            }
        }
    }

    /** The walk of one directory; {@code ancestors} are the real paths of the directories being walked. */
    private void walkDir(Path root, Path dir, Set<Path> ancestors, Handler handler) {
        List<Path> entries = list(dir);
        boolean export = entries.stream().anyMatch(e -> EXPORT_MARKERS.contains(e.getFileName().toString())
                && Files.isRegularFile(e));
        List<Path> pages = new ArrayList<>();
        if (export) {
            for (Path e : entries) {
                String name = e.getFileName().toString();
                if (PAGE.matcher(name).matches() && Files.isRegularFile(e) && selected(root, e)) {
                    pages.add(e);
                }
            }
            pages.sort(Comparator.comparingInt(InputWalker::pageNumber));
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            if (Files.isDirectory(entry)) {
                if (export && EXPORT_ASSETS.contains(name.toLowerCase(Locale.ROOT))) {
                    countAssets(entry);
                    continue;
                }
                Path real = realPath(entry, entry.toString());
                if (real == null) {
                    continue;
                }
                if (ancestors.contains(real)) {
                    problems.accept(Problem.warning(entry.toString(), null,
                            "symlink loop: leads back to " + real + ", not followed"));
                    continue;
                }
                ancestors.add(real);
                walkDir(root, entry, ancestors, handler);
                ancestors.remove(real);
            } else if (Files.isRegularFile(entry)) {
                found++;
                if (pages.contains(entry)) {
                    if (entry.equals(pages.get(0))) {
                        openPages(pages, handler);
                    }
                } else if (isMedia(name)) {
                    skip(MEDIA);
                } else if (!selected(root, entry)) {
                    skip(EXCLUDED);
                } else {
                    Path real = realPath(entry, entry.toString());
                    if (real != null) {
                        openFile(entry, real, handler);
                    }
                }
            } else if (Files.isSymbolicLink(entry)) {
                realPath(entry, entry.toString()); // reports the broken or looping link
            } else if (!Files.exists(entry, LinkOption.NOFOLLOW_LINKS)) {
                problems.accept(Problem.error(entry.toString(), null,
                        "vanished: deleted or moved while the run was going on"));
            }
        }
    }

    private void countAssets(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).forEach(f -> {
                found++;
                skip(MEDIA);
            });
        } catch (IOException | UncheckedIOException e) {
            problems.accept(Problem.warning(dir.toString(), null, "cannot list directory: " + describe(e)));
        }
    }

    private List<Path> list(Path dir) {
        List<Path> entries = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(f -> !f.getFileName().toString().startsWith(".")).forEach(entries::add);
        } catch (IOException | UncheckedIOException e) {
            problems.accept(Problem.error(dir.toString(), null, "cannot list directory: " + describe(e)));
        }
        entries.sort((a, b) -> naturalCompare(a.getFileName().toString(), b.getFileName().toString()));
        return entries;
    }

    /** The path with every symlink resolved; null, after reporting why, when it cannot be resolved. */
    private Path realPath(Path p, String display) {
        try {
            return p.toRealPath();
        } catch (FileSystemLoopException e) {
            problems.accept(Problem.error(display, null, "symlink loop"));
        } catch (NoSuchFileException e) {
            boolean link = Files.isSymbolicLink(p);
            problems.accept(Problem.error(display, null, link ? "broken symlink: its target does not exist"
                    : "vanished: deleted or moved while the run was going on"));
        } catch (AccessDeniedException e) {
            problems.accept(Problem.error(display, null, "permission denied"));
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "" : e.getReason();
            problems.accept(Problem.error(display, null, reason.contains("symbolic link")
                    ? "symlink loop" : "cannot open: " + describe(e)));
        } catch (IOException e) {
            problems.accept(Problem.error(display, null, "cannot open: " + describe(e)));
        }
        return null;
    }

    private static Path resolved(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            Path parent = abs.getParent();
            return parent == null ? abs : parent.toRealPath().resolve(abs.getFileName());
        } catch (IOException e) {
            return abs;
        }
    }

    private boolean isMedia(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && SKIP_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private boolean selected(Path root, Path file) {
        Path name = file.getFileName();
        Path relative = root.relativize(file);
        if (!include.isEmpty() && include.stream().noneMatch(m -> m.matches(name) || m.matches(relative))) {
            return false;
        }
        return exclude.stream().noneMatch(m -> m.matches(name) || m.matches(relative));
    }

    private void skip(String kind) {
        skipped.merge(kind, 1L, Long::sum);
    }

    /** True when the file is the run's own output, or was already read (reported once as a warning). */
    private boolean alreadyRead(Path display, Path real) {
        if (neverRead.contains(real)) {
            return true;
        }
        String first = read.putIfAbsent(real, display.toString());
        if (first != null) {
            if (!first.equals(display.toString())) {
                problems.accept(Problem.warning(display.toString(), null, "the same file as " + first + ", read once"));
            }
            return true;
        }
        return false;
    }

    private void openFile(Path file, Path real, Handler handler) {
        if (alreadyRead(file, real)) {
            return;
        }
        String display = file.toString();
        try (InputStream fin = Files.newInputStream(file)) {
            CountingInputStream counting = new CountingInputStream(fin);
            open(display, file.getFileName().toString(), counting, counting::count, handler, 0);
        } catch (IOException e) {
            problems.accept(Problem.error(display, null, openFailure(e)));
        }
    }

    /** The pages of one HTML export as one input, each page opened only when the one before is done. */
    private void openPages(List<Path> pages, Handler handler) {
        List<Path> todo = new ArrayList<>();
        for (Path page : pages) {
            Path real = realPath(page, page.toString());
            if (real != null && !alreadyRead(page, real)) {
                todo.add(page);
            }
        }
        if (todo.isEmpty()) {
            return;
        }
        Path first = todo.get(0);
        openConcatenated(first.toString(), first.getFileName().toString(), todo, handler, MAX_NESTING);
    }

    /** {@code files}, each opened only when the one before is done, as the one input {@code where}. */
    private void openConcatenated(String where, String name, List<Path> files, Handler handler, int depth) {
        Iterator<Path> it = files.iterator();
        Enumeration<InputStream> streams = new Enumeration<>() {
            @Override
            public boolean hasMoreElements() {
                return it.hasNext();
            }

            @Override
            public InputStream nextElement() {
                Path page = it.next();
                try {
                    return Files.newInputStream(page);
                } catch (IOException e) {
                    throw new UncheckedIOException(new IOException(page + ": " + openFailure(e), e));
                }
            }
        };
        try (InputStream all = new SequenceInputStream(streams)) {
            CountingInputStream counting = new CountingInputStream(all);
            open(where, name, counting, counting::count, handler, depth);
        } catch (IOException | UncheckedIOException e) {
            problems.accept(Problem.error(where, null, "read failed: " + describe(e)));
        }
    }

    private static String openFailure(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "vanished: deleted or moved while the run was going on";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return "cannot open: " + describe(e);
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
                InputStream gz = new BombGuard(new GZIPInputStream(in, 64 * 1024), offset, bombMinBytes);
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
        } catch (UncheckedIOException e) {
            problems.accept(Problem.error(display, positionOf(offset), "read failed: " + describe(e.getCause())));
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
        // the pages of a zipped HTML export: spooled to disk as they stream by, read as one input after the archive
        Map<String, List<SpooledPage>> pages = new LinkedHashMap<>();
        try {
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
                if (isMedia(base)) {
                    skip(MEDIA);
                    continue;
                }
                if (PAGE.matcher(base).matches()) {
                    Path spool = org.echotrace.output.TempFiles.create(Path.of(System.getProperty("java.io.tmpdir")),
                            "echotrace-page-", ".html");
                    pages.computeIfAbsent(entryName.substring(0, entryName.length() - base.length()),
                            k -> new ArrayList<>()).add(new SpooledPage(entryName, base, spool));
                    // not closed: the zip stream stays open for the next entry
                    Files.copy(new BombGuard(zip, offset, bombMinBytes), spool,
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    continue;
                }
                InputStream body = new FilterInputStream(new BombGuard(zip, offset, bombMinBytes)) {
                    @Override
                    public void close() {
                        // the zip stream stays open for the next entry
                    }
                };
                if (!open(display + "!/" + entryName, base, body, offset, handler, depth + 1)) {
                    break; // the archive is broken at this entry: already reported, the rest is unreadable
                }
            }
            if (entries == 0) {
                problems.accept(Problem.warning(display, null, "zip archive has no file entries"));
            }
            for (List<SpooledPage> export : pages.values()) {
                openSpooledPages(display, export, handler, depth);
            }
        } finally {
            for (List<SpooledPage> export : pages.values()) {
                for (SpooledPage page : export) {
                    org.echotrace.output.TempFiles.release(page.file());
                }
            }
        }
    }

    /** A page of a zipped export, copied out of the archive. */
    private record SpooledPage(String entryName, String name, Path file) {
    }

    /** The spooled pages of one zipped export folder as one input, in page order (as {@link #openPages}). */
    private void openSpooledPages(String display, List<SpooledPage> export, Handler handler, int depth) {
        List<SpooledPage> ordered = new ArrayList<>(export);
        ordered.sort(Comparator.comparingInt(p -> pageNumber(p.name())));
        SpooledPage first = ordered.get(0);
        openConcatenated(display + "!/" + first.entryName(), first.name(),
                ordered.stream().map(SpooledPage::file).toList(), handler, depth + 1);
    }

    private static int pageNumber(Path page) {
        return pageNumber(page.getFileName().toString());
    }

    private static int pageNumber(String page) {
        Matcher m = PAGE.matcher(page);
        if (!m.matches() || m.group(1).isEmpty()) {
            return 1;
        }
        try {
            return Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** Compares names with digit runs as numbers: {@code a2} before {@code a10}. */
    static int naturalCompare(String a, String b) {
        Matcher ma = DIGITS.matcher(a);
        Matcher mb = DIGITS.matcher(b);
        while (ma.find() && mb.find()) {
            String x = ma.group();
            String y = mb.group();
            int c;
            if (Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0))) {
                String xs = x.replaceFirst("^0+(?=.)", "");
                String ys = y.replaceFirst("^0+(?=.)", "");
                c = xs.length() != ys.length() ? Integer.compare(xs.length(), ys.length()) : xs.compareTo(ys);
            } else {
                c = x.compareTo(y);
            }
            if (c != 0) {
                return c;
            }
        }
        return a.compareTo(b);
    }

    private static String positionOf(LongSupplier offset) {
        long o = offset.getAsLong();
        return o < 0 ? null : "byte " + o;
    }

    /** An exception's message in the user's words, never its class name. */
    static String describe(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "vanished: " + e.getMessage() + " was deleted or moved while being read";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? "unknown input/output failure" : m;
    }

    private static boolean isGzip(byte[] m) {
        return m.length >= 2 && (m[0] & 0xFF) == 0x1F && (m[1] & 0xFF) == 0x8B;
    }

    private static boolean isZip(byte[] m) {
        return m.length >= 4 && m[0] == 'P' && m[1] == 'K' && m[2] == 3 && m[3] == 4;
    }

    private static String stripSuffix(String name, String suffix) {
        return name.toLowerCase(Locale.ROOT).endsWith(suffix)
                ? name.substring(0, name.length() - suffix.length()) : name;
    }
}

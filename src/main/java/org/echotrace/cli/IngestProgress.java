package org.echotrace.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import org.echotrace.model.Post;
import org.echotrace.store.CorpusIngest;
import org.echotrace.store.CorpusWriter;

/**
 * Shows an ingest's progress: on a terminal, a progress bar over the inputs (inputs done of those found, posts,
 * posts/s, ETA); otherwise (a pipe, a log, CI) a plain line every {@link #PLAIN_EVERY_NANOS}, so logs stay short.
 */
final class IngestProgress implements CorpusIngest.Listener, AutoCloseable {
    private static final long PLAIN_EVERY_NANOS = 10_000_000_000L;

    private final ProgressBar bar;
    private final PrintWriter plain;
    private final long inputs;
    private final long start = System.nanoTime();
    private long lastLine = start;
    private long posts;
    private long done;

    private IngestProgress(ProgressBar bar, PrintWriter plain, long inputs) {
        this.bar = bar;
        this.plain = plain;
        this.inputs = inputs;
    }

    /** A bar on {@code terminal} when there is one, else plain lines to {@code err}; none when {@code quiet}. */
    static IngestProgress of(List<String> paths, PrintWriter err, PrintStream terminal, boolean quiet) {
        long inputs = countFiles(paths);
        if (quiet) {
            return new IngestProgress(null, null, inputs);
        }
        if (System.console() != null && terminal != null) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(Math.max(inputs, 0))
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" inputs", 1).setUpdateIntervalMillis(500)
                    .setConsumer(new ConsoleProgressBarConsumer(terminal)).build();
            return new IngestProgress(bar, null, inputs);
        }
        return new IngestProgress(null, err, inputs);
    }

    /** Files under the paths (an archive counts once; standard input is unknown, -1). */
    private static long countFiles(List<String> paths) {
        long n = 0;
        for (String p : paths) {
            if (p.equals("-")) {
                return -1;
            }
            Path path = Paths.get(p);
            if (Files.isDirectory(path)) {
                try (Stream<Path> s = Files.walk(path)) {
                    n += s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).count();
                } catch (IOException | java.io.UncheckedIOException e) {
                    return -1;
                }
            } else {
                n++;
            }
        }
        return n;
    }

    private double rate() {
        double sec = (System.nanoTime() - start) / 1e9;
        return sec <= 0 ? 0 : posts / sec;
    }

    @Override
    public void post(Post post, CorpusWriter.Outcome outcome) {
        posts++;
        if (bar != null && (posts & 255) == 0) {
            bar.setExtraMessage(String.format(Locale.ROOT, "%d posts, %.0f posts/s", posts, rate()));
        } else if (plain != null && (posts & 1023) == 0) {
            maybeLine();
        }
    }

    @Override
    public void input(CorpusWriter.IngestRecord record) {
        done++;
        if (bar != null) {
            if (inputs >= 0 && done > bar.getMax()) {
                bar.maxHint(done);
            }
            bar.stepTo(done);
            bar.setExtraMessage(String.format(Locale.ROOT, "%d posts, %.0f posts/s", posts, rate()));
        } else if (plain != null) {
            maybeLine();
        }
    }

    @Override
    public void tracing() {
        if (bar != null) {
            bar.setExtraMessage(String.format(Locale.ROOT, "%d posts; tracing the corpus", posts));
        } else if (plain != null) {
            plain.printf(Locale.ROOT, "echotrace: %d posts read; tracing the corpus%n", posts);
            plain.flush();
        }
    }

    private void maybeLine() {
        long now = System.nanoTime();
        if (now - lastLine >= PLAIN_EVERY_NANOS) {
            lastLine = now;
            plain.printf(Locale.ROOT, "echotrace: %d%s inputs, %d posts, %.0f posts/s%n", done,
                    inputs >= 0 ? "/" + inputs : "", posts, rate());
            plain.flush();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}

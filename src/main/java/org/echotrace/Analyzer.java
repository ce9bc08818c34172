package org.echotrace;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.echotrace.clean.PostCleaner;
import org.echotrace.clean.PostStage;
import org.echotrace.extract.Understanding;
import org.echotrace.ingest.FormatDetector;
import org.echotrace.ingest.InputWalker;
import org.echotrace.ingest.PostReader;
import org.echotrace.ingest.ReadContext;
import org.echotrace.ingest.Readers;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analyse pipeline: inputs → format detection → reader → cleaning and understanding stages → the
 * caller's sink.
 * Problems go to a second sink; a failing input never stops the batch.
 *
 * <p>With more than one thread the pipeline is ordered and bounded: one thread walks and reads the inputs and
 * cuts the raw posts into chunks, a pool applies the per-post stages to the chunks, and the caller's thread
 * receives every event (input begun, posts, problems, input ended) in exactly the order one thread would
 * produce them, so the output does not depend on the thread count. At most a few chunks per worker are in
 * flight, so memory stays bounded whatever the input size.
 */
public final class Analyzer {
    private static final Logger LOG = LoggerFactory.getLogger(Analyzer.class);
    /** Raw posts per unit of parallel work: large enough to amortise hand-offs, small enough to keep order cheap. */
    private static final int CHUNK = 128;

    private final Readers readers;
    private final PostStage pipeline;
    private final AnalyzeOptions options;
    private final int threads;

    public Analyzer(Readers readers, PostStage pipeline, AnalyzeOptions options) {
        this(readers, pipeline, options, 1);
    }

    /** {@code threads} workers for the per-post stages; 1 runs everything on the caller's thread. */
    public Analyzer(Readers readers, PostStage pipeline, AnalyzeOptions options, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.readers = readers;
        this.pipeline = pipeline;
        this.options = options;
        this.threads = threads;
    }

    /**
     * The standard readers, cleaning chain ({@link PostCleaner}) and understanding stages ({@link Understanding}),
     * on every core.
     */
    public static Analyzer standard(AnalyzeOptions options) {
        return standard(options, Runtime.getRuntime().availableProcessors());
    }

    /** The standard stages on {@code threads} workers. */
    public static Analyzer standard(AnalyzeOptions options, int threads) {
        PostCleaner cleaner = PostCleaner.standard();
        Understanding understanding = Understanding.standard();
        return new Analyzer(Readers.standard(), post -> understanding.apply(cleaner.apply(post)), options, threads);
    }

    /** The same stages on {@code n} threads. */
    public Analyzer withThreads(int n) {
        return new Analyzer(readers, pipeline, options, n);
    }

    /**
     * Receives a run's results input by input, on the caller's thread: {@link #begin}, the input's posts,
     * then {@link #end}. Ingest commits one input per begin/end pair.
     */
    public interface Sink {
        /** An input is about to be read. */
        default void begin(String input) {
        }

        /** The next post, cleaned and understood. */
        void accept(Post post);

        /** The input is done; {@code failed} when its reader gave up part-way (an error was reported). */
        default void end(String input, InputCounts counts) {
        }
    }

    /** What one input gave: posts, errors, warnings, and whether its reader gave up part-way. */
    public record InputCounts(String format, long posts, long errors, long warnings, boolean aborted) {
    }

    /** Reads every path ({@code -} is {@code stdin}) and hands cleaned posts to {@code out}. */
    public Summary run(List<String> paths, InputStream stdin, Consumer<Post> out, Consumer<Problem> problems) {
        return runInputs(paths, stdin, out::accept, problems);
    }

    /** Reads every path and hands each input's posts to {@code sink} between its begin and end. */
    public Summary runInputs(List<String> paths, InputStream stdin, Sink sink, Consumer<Problem> problems) {
        Summary.Counter counter = new Summary.Counter();
        Set<String> failed = new HashSet<>();
        Consumer<Problem> tracking = p -> {
            if (p.severity() == Problem.Severity.ERROR) {
                counter.errors++;
                failed.add(p.input());
            } else {
                counter.warnings++;
            }
            problems.accept(p);
        };
        if (threads == 1) {
            try {
                runSequential(paths, stdin, sink, tracking, counter);
            } catch (SinkFailure f) {
                throw (RuntimeException) f.getCause();
            }
        } else {
            new Ordered(sink, tracking, counter).run(paths, stdin);
        }
        counter.failedInputs = failed.size();
        return counter.toSummary();
    }

    private void runSequential(List<String> paths, InputStream stdin, Sink sink, Consumer<Problem> tracking,
                               Summary.Counter counter) {
        long[] perInput = new long[3];
        Consumer<Problem> counting = p -> {
            perInput[p.severity() == Problem.Severity.ERROR ? 1 : 2]++;
            tracking.accept(p);
        };
        InputWalker walker = new InputWalker(counting, stdin);
        walker.walk(paths, input -> {
            counter.inputs++;
            java.util.Arrays.fill(perInput, 0);
            sink.begin(input.path());
            String formatId = null;
            boolean aborted = true;
            try {
                Optional<Format> format = format(input);
                if (format.isEmpty()) {
                    counting.accept(unrecognised(input.path()));
                    return;
                }
                formatId = format.get().id();
                PostReader reader = readers.forFormat(format.get());
                ReadContext ctx = new ReadContext(input.path(), post -> {
                    Post cleaned = pipeline.apply(post);
                    counter.posts++;
                    perInput[0]++;
                    counter.byFormat.merge(post.source().format().id(), 1L, Long::sum);
                    try {
                        sink.accept(cleaned);
                    } catch (RuntimeException e) {
                        throw new SinkFailure(e);
                    }
                }, counting, options.fieldMap());
                try {
                    reader.read(input, ctx);
                    aborted = false;
                } catch (SinkFailure f) {
                    throw f;
                } catch (RuntimeException | StackOverflowError e) {
                    counting.accept(readFailure(input.path(), reader, format.get(), e));
                }
            } finally {
                // an I/O failure propagates to the walker, which reports it; the input counts as aborted
                sink.end(input.path(), new InputCounts(formatId, perInput[0], perInput[1], perInput[2], aborted));
            }
        });
    }

    private Optional<Format> format(org.echotrace.ingest.Input input) {
        return options.format() != null ? Optional.of(options.format()) : FormatDetector.detect(input);
    }

    private static Problem unrecognised(String path) {
        return Problem.error(path, null, "binary or unrecognised content, not a supported input format");
    }

    private static Problem readFailure(String path, PostReader reader, Format format, Throwable e) {
        return readFailure(path, format.id(), e);
    }

    private static Problem readFailure(String path, String format, Throwable e) {
        LOG.debug("reading {} as {} failed", path, format, e);
        return Problem.error(path, null, "could not be read as " + format
                + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }

    /** A failure of the caller's sink: never mistaken for a reader failure, always stops the run. */
    private static final class SinkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SinkFailure(RuntimeException cause) {
            super(cause);
        }
    }

    /** One thing the reading thread hands the caller's thread, in order. */
    private sealed interface Event permits Begin, Chunk, Reported, End, Done {
    }

    private record Begin(String input) implements Event {
    }

    private record Chunk(String input, String format, Future<List<Post>> posts) implements Event {
    }

    /** The raw posts read since the last hand-off. */
    private static final class ChunkBuffer {
        private List<Post> posts = new ArrayList<>(CHUNK);

        int add(Post p) {
            posts.add(p);
            return posts.size();
        }

        List<Post> take() {
            List<Post> out = posts;
            if (!out.isEmpty()) {
                posts = new ArrayList<>(CHUNK);
            }
            return out;
        }
    }

    private record Reported(Problem problem) implements Event {
    }

    private record End(String input, String format, boolean aborted, Problem failure) implements Event {
    }

    private record Done(Throwable failure) implements Event {
    }

    /** Thrown inside a reader's callback when the caller has stopped the run. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    /** The ordered, bounded parallel run. */
    private final class Ordered {
        private final Sink sink;
        private final Consumer<Problem> tracking;
        private final Summary.Counter counter;
        private final BlockingQueue<Event> queue = new ArrayBlockingQueue<>(threads * 4);
        private volatile boolean stopped;

        Ordered(Sink sink, Consumer<Problem> tracking, Summary.Counter counter) {
            this.sink = sink;
            this.tracking = tracking;
            this.counter = counter;
        }

        void run(List<String> paths, InputStream stdin) {
            AtomicInteger n = new AtomicInteger();
            ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "echotrace-stage-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            Thread reading = new Thread(() -> produce(paths, stdin, workers), "echotrace-read");
            reading.setDaemon(true);
            reading.start();
            try {
                consume();
            } finally {
                stopped = true;
                reading.interrupt();
                workers.shutdownNow();
                queue.clear();
            }
        }

        private void put(Event e) {
            if (stopped) {
                throw new Stopped();
            }
            try {
                queue.put(e);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
                throw new Stopped();
            }
        }

        private void produce(List<String> paths, InputStream stdin, ExecutorService workers) {
            Throwable failure = null;
            try {
                InputWalker walker = new InputWalker(p -> put(new Reported(p)), stdin);
                walker.walk(paths, input -> {
                    put(new Begin(input.path()));
                    String formatId = null;
                    boolean aborted = true;
                    Problem readFailure = null;
                    ChunkBuffer chunk = new ChunkBuffer();
                    try {
                        Optional<Format> format = format(input);
                        if (format.isEmpty()) {
                            readFailure = unrecognised(input.path());
                            return;
                        }
                        formatId = format.get().id();
                        String fid = formatId;
                        PostReader reader = readers.forFormat(format.get());
                        Runnable flush = () -> flush(input.path(), fid, chunk, workers);
                        ReadContext ctx = new ReadContext(input.path(), post -> {
                            if (chunk.add(post) == CHUNK) {
                                flush.run();
                            }
                        }, p -> {
                            flush.run();
                            put(new Reported(p));
                        }, options.fieldMap());
                        try {
                            reader.read(input, ctx);
                            aborted = false;
                        } catch (Stopped s) {
                            throw s;
                        } catch (RuntimeException | StackOverflowError e) {
                            readFailure = readFailure(input.path(), reader, format.get(), e);
                        }
                    } finally {
                        if (!stopped) {
                            flush(input.path(), formatId, chunk, workers);
                            put(new End(input.path(), formatId, aborted, readFailure));
                        }
                    }
                });
            } catch (Stopped s) {
                return;
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            try {
                put(new Done(failure));
            } catch (Stopped s) {
                // the caller is gone
            }
        }

        private void flush(String input, String format, ChunkBuffer chunk, ExecutorService workers) {
            List<Post> raw = chunk.take();
            if (!raw.isEmpty()) {
                put(new Chunk(input, format, workers.submit(() -> apply(raw))));
            }
        }

        /** The per-post stages over one chunk; a stage failure is carried to the caller's thread in order. */
        private List<Post> apply(List<Post> raw) {
            List<Post> out = new ArrayList<>(raw.size());
            for (Post p : raw) {
                out.add(pipeline.apply(p));
            }
            return out;
        }

        private void consume() {
            long[] perInput = new long[3];
            String abortedInput = null;
            Problem stageFailure = null;
            while (true) {
                Event e;
                try {
                    e = queue.take();
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while analysing", ie);
                }
                if (e instanceof Begin b) {
                    counter.inputs++;
                    java.util.Arrays.fill(perInput, 0);
                    abortedInput = null;
                    stageFailure = null;
                    sink.begin(b.input());
                } else if (e instanceof Chunk c) {
                    if (c.input().equals(abortedInput)) {
                        continue;
                    }
                    List<Post> posts;
                    try {
                        posts = c.posts().get();
                    } catch (ExecutionException ex) {
                        // one thread would have stopped reading this input at the failing post: so do we
                        abortedInput = c.input();
                        stageFailure = readFailure(c.input(), c.format(), ex.getCause());
                        continue;
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while analysing", ie);
                    }
                    for (Post p : posts) {
                        counter.posts++;
                        perInput[0]++;
                        counter.byFormat.merge(p.source().format().id(), 1L, Long::sum);
                        sink.accept(p);
                    }
                } else if (e instanceof Reported r) {
                    if (r.problem().input().equals(abortedInput)) {
                        continue;
                    }
                    report(r.problem(), perInput);
                } else if (e instanceof End end) {
                    Problem failure = stageFailure != null ? stageFailure : end.failure();
                    if (failure != null) {
                        report(failure, perInput);
                    }
                    sink.end(end.input(), new InputCounts(end.format(), perInput[0], perInput[1], perInput[2],
                            failure != null || end.aborted()));
                    abortedInput = null;
                    stageFailure = null;
                } else if (e instanceof Done d) {
                    if (d.failure() instanceof RuntimeException re) {
                        throw re;
                    }
                    if (d.failure() instanceof Error err) {
                        throw err;
                    }
                    return;
                }
            }
        }

        private void report(Problem p, long[] perInput) {
            perInput[p.severity() == Problem.Severity.ERROR ? 1 : 2]++;
            tracking.accept(p);
        }
    }

    /** What a run did, for the one-line summary and the exit status. */
    public record Summary(long inputs, long posts, long errors, long warnings, long failedInputs,
                          Map<String, Long> postsByFormat) {
        public Summary {
            postsByFormat = Map.copyOf(postsByFormat);
        }

        /** {@code 12 inputs, 340 posts, 1 error, 2 warnings}. */
        public String line() {
            return inputs + " input" + (inputs == 1 ? "" : "s") + ", " + posts + " post" + (posts == 1 ? "" : "s")
                    + ", " + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings + " warning"
                    + (warnings == 1 ? "" : "s");
        }

        static final class Counter {
            long inputs;
            long posts;
            long errors;
            long warnings;
            long failedInputs;
            final Map<String, Long> byFormat = new LinkedHashMap<>();

            Summary toSummary() {
                return new Summary(inputs, posts, errors, warnings, failedInputs, byFormat);
            }
        }
    }
}

package org.echotrace;

import java.io.InputStream;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.echotrace.clean.LanguageIdentifier;
import org.echotrace.clean.PostCleaner;
import org.echotrace.clean.PostStage;
import org.echotrace.clean.SourceLanguagePass;
import org.echotrace.extract.Understanding;
import org.echotrace.ingest.FormatDetector;
import org.echotrace.ingest.Input;
import org.echotrace.ingest.InputWalker;
import org.echotrace.ingest.PostReader;
import org.echotrace.ingest.ReadContext;
import org.echotrace.ingest.Readers;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Problem;
import org.echotrace.output.OutputFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analyse pipeline: inputs → format detection → reader → cleaning and understanding stages →
 * {@link SourceLanguagePass} (low-confidence languages re-decided with their source's prior) → the caller's sink.
 * Problems go to a second sink; a failing input never stops the batch.
 */
public final class Analyzer {
    private static final Logger LOG = LoggerFactory.getLogger(Analyzer.class);

    private final Readers readers;
    private final PostStage pipeline;
    private final AnalyzeOptions options;

    public Analyzer(Readers readers, PostStage pipeline, AnalyzeOptions options) {
        this.readers = readers;
        this.pipeline = pipeline;
        this.options = options;
    }

    /** The standard readers, cleaning chain ({@link PostCleaner}) and understanding stages ({@link Understanding}). */
    public static Analyzer standard(AnalyzeOptions options) {
        PostCleaner cleaner = PostCleaner.standard();
        Understanding understanding = Understanding.standard();
        return new Analyzer(Readers.standard(), post -> understanding.apply(cleaner.apply(post)), options);
    }

    /** Reads every path ({@code -} is {@code stdin}) and hands cleaned posts to {@code out}. */
    public Summary run(List<String> paths, InputStream stdin, Consumer<Post> out, Consumer<Problem> problems) {
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
        SourceLanguagePass languages = new SourceLanguagePass(LanguageIdentifier.allLanguages(), out);
        InputWalker walker = new InputWalker(tracking, stdin, options.walk());
        walker.walk(paths, input -> {
            counter.inputs++;
            Optional<Format> format = options.format() != null ? Optional.of(options.format()) : FormatDetector.detect(input);
            if (format.isEmpty()) {
                tracking.accept(Problem.error(input.path(), null,
                        "binary or unrecognised content, not a supported input format"));
                return;
            }
            PostReader reader = readers.forFormat(format.get());
            ReadContext ctx = new ReadContext(input.path(), post -> {
                Post cleaned = pipeline.apply(post);
                counter.posts++;
                counter.byFormat.merge(post.source().format().id(), 1L, Long::sum);
                languages.accept(cleaned);
            }, tracking, options.fieldMap());
            try {
                reader.read(input, ctx);
            } catch (RuntimeException | StackOverflowError e) {
                if (e instanceof OutputFailure failure) {
                    throw failure; // the output is gone: not this input's problem, the run cannot go on
                }
                LOG.debug("reader {} failed on {}", reader.format(), input.path(), e);
                tracking.accept(Problem.error(input.path(), null, "could not be read as " + format.get().id()
                        + ": " + (e instanceof StackOverflowError ? "structure nested too deeply"
                        : e.getMessage() == null ? "internal error" : e.getMessage())));
            } finally {
                ctx.skipped().forEach((what, n) -> counter.skipped.merge(what, n, Long::sum));
            }
        });
        walker.skipped().forEach((what, n) -> counter.skipped.merge(what, n, Long::sum));
        languages.flush();
        counter.failedInputs = failed.size();
        return counter.toSummary();
    }

    /** What a run did, for the one-line summary and the exit status. */
    public record Summary(long inputs, long posts, long errors, long warnings, long failedInputs,
                          Map<String, Long> postsByFormat, Map<String, Long> skipped) {
        public Summary {
            postsByFormat = Map.copyOf(postsByFormat);
            skipped = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
        }

        public Summary(long inputs, long posts, long errors, long warnings, long failedInputs,
                       Map<String, Long> postsByFormat) {
            this(inputs, posts, errors, warnings, failedInputs, postsByFormat, Map.of());
        }

        /** {@code 12 inputs, 340 posts, 1 error, 2 warnings, 52 media files skipped}. */
        public String line() {
            StringBuilder sb = new StringBuilder(inputs + " input" + (inputs == 1 ? "" : "s") + ", " + posts + " post"
                    + (posts == 1 ? "" : "s") + ", " + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings
                    + " warning" + (warnings == 1 ? "" : "s"));
            skipped.forEach((what, n) -> sb.append(", ").append(n).append(' ').append(what).append(" skipped"));
            return sb.toString();
        }

        static final class Counter {
            long inputs;
            long posts;
            long errors;
            long warnings;
            long failedInputs;
            final Map<String, Long> byFormat = new LinkedHashMap<>();
            final Map<String, Long> skipped = new LinkedHashMap<>();

            Summary toSummary() {
                return new Summary(inputs, posts, errors, warnings, failedInputs, byFormat, skipped);
            }
        }
    }
}

package org.echotrace.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.echotrace.AnalyzeOptions;
import org.echotrace.Analyzer;
import org.echotrace.model.Problem;
import org.echotrace.output.JsonlWriter;
import org.echotrace.output.OutputFailure;
import org.echotrace.output.OutputTarget;
import org.echotrace.output.TraceSpool;
import org.echotrace.trace.PostTrace;
import org.echotrace.trace.TraceResult;
import org.echotrace.trace.Tracer;

/**
 * {@code echotrace analyze}: inputs in, one JSON object per clean post out, each with its copy cluster, origin
 * and story.
 *
 * <p>Clusters need the whole corpus, so the run has two passes with bounded memory: pass one streams posts
 * through the pipeline into the {@link Tracer} (which keeps only compact features) and spools their JSON lines
 * to a temporary file ({@link TraceSpool}); pass two streams the spool to the output with the trace fields
 * filled in. {@code --no-trace} makes it a single pass with the trace fields null.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Reads files, directories (recursively), '-' for stdin, and .gz/.zip content, detects each "
                + "input's format by content, and writes one JSON object per post (JSON Lines), with the post's copy "
                + "cluster, origin (duplicate_of), story and copy relation.",
                "Formats: Telegram Desktop export (result.json), saved t.me/s pages (HTML or text), news "
                        + "articles (HTML or text), RSS/Atom feeds, WARC, JSON/JSON Lines/CSV records.",
                "Tracing needs the whole corpus: posts are spooled to a temporary file (java.io.tmpdir) and written "
                        + "out after the last input has been read.",
                "Exit status: 0 all inputs read, 1 some inputs failed, 2 usage error."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read; '-' reads stdin.")
    List<String> paths;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write posts to FILE instead of stdout "
            + "(through a temporary file beside it, renamed into place when the run succeeds; never read as input).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Mixin
    InputOptions input;

    @Option(names = "--no-trace",
            description = "Do not trace copies and stories: one pass, no spool file, and cluster, duplicate_of, "
                    + "story and copy are null. For huge one-off conversions.")
    boolean noTrace;

    @Option(names = {"-q", "--quiet"}, description = "Do not print the summary line.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CopyThresholds thresholds = new CopyThresholds();

    /** Makes the tracer; tests swap in one with fake finders. */
    Supplier<Tracer> tracers = () -> thresholds.tracer();

    enum OutputFormat { jsonl }

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        AnalyzeOptions options = input.toOptions(cl);
        OutputGuard.refuseOutputAsInput(cl, out, paths);
        PrintWriter err = cl.getErr();
        Consumer<Problem> problems = p -> {
            err.println("echotrace: " + p.format());
            err.flush();
        };
        Tracer tracer = noTrace ? null : tracers.get();
        Analyzer.Summary summary;
        String traced = null;
        try (OutputTarget target = out == null ? OutputTarget.stdout(System.out) : OutputTarget.file(out)) {
            // an output (or its temporary file) inside an input directory is never read back
            options = options.withWalk(options.walk().neverReading(target.files()));
            OutputStream buffered = new BufferedOutputStream(target.stream(), 1 << 16);
            if (noTrace) {
                JsonlWriter writer = new JsonlWriter(buffered);
                summary = Analyzer.standard(options).run(paths, System.in, writer::write, problems);
                writer.flush();
            } else {
                try (TraceSpool spool = TraceSpool.createTemp()) {
                    AnalyzeOptions spooled = options.withWalk(options.walk().neverReading(List.of(spool.file())));
                    summary = Analyzer.standard(spooled).run(paths, System.in, post -> {
                        tracer.add(post);
                        spool.write(post);
                    }, problems);
                    TraceResult result = tracer.finish();
                    spool.replay(result.posts(), buffered);
                    traced = traceLine(result.posts());
                }
            }
            buffered.flush();
            target.commit();
        } catch (OutputFailure e) {
            err.println("echotrace: " + e.getMessage());
            err.flush();
            return EchotraceCli.SOME_FAILED;
        }
        if (!quiet) {
            err.println("echotrace: " + summary.line() + (traced == null ? "" : ", " + traced));
            err.flush();
        }
        return summary.failedInputs() > 0 ? EchotraceCli.SOME_FAILED : EchotraceCli.OK;
    }

    /** {@code 2 clusters, 5 copies (3 uncredited), 4 stories} for the summary line. */
    static String traceLine(List<PostTrace> traces) {
        java.util.Set<String> clusters = new java.util.HashSet<>();
        java.util.Set<String> stories = new java.util.HashSet<>();
        long copies = 0;
        long uncredited = 0;
        for (PostTrace t : traces) {
            if (t.cluster() != null) {
                clusters.add(t.cluster());
            }
            if (t.story() != null) {
                stories.add(t.story());
            }
            if (t.duplicateOf() != null) {
                copies++;
                if (t.uncredited()) {
                    uncredited++;
                }
            }
        }
        return String.format(Locale.ROOT, "%d cluster%s, %d cop%s (%d uncredited), %d stor%s", clusters.size(),
                clusters.size() == 1 ? "" : "s", copies, copies == 1 ? "y" : "ies", uncredited, stories.size(),
                stories.size() == 1 ? "y" : "ies");
    }
}

package org.echotrace.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.echotrace.AnalyzeOptions;
import org.echotrace.Analyzer;
import org.echotrace.model.Problem;
import org.echotrace.store.CorpusIngest;
import org.echotrace.store.Store;
import org.echotrace.store.StoreException;
import org.echotrace.trace.Tracer;

/**
 * {@code echotrace ingest}: reads inputs like {@code analyze} and adds their posts to the corpus in the data
 * directory, one transaction per input.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Adds inputs to the corpus in the data directory (created on first use): the same inputs and "
                + "formats as 'analyze'. Idempotent: an item already held is left alone; the same item with changed "
                + "text is stored as a new version of it. Each input is committed whole or not at all.",
                "Exit status: 0 all inputs read, 1 some inputs failed (the others were still added), 2 usage error."})
public final class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or directories to read; '-' reads stdin.")
    List<String> paths = List.of();

    @Mixin
    DataOptions data;

    @Mixin
    InputOptions input;

    @Option(names = {"-q", "--quiet"}, description = "Do not show progress or print the summary line.")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads for the per-post stages "
            + "(default: the number of cores).")
    Integer threads;

    @Mixin
    CopyThresholds thresholds = new CopyThresholds();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        AnalyzeOptions options = input.toOptions(spec.commandLine());
        PrintWriter err = spec.commandLine().getErr();
        Consumer<Problem> problems = p -> {
            err.println("echotrace: " + p.format());
            err.flush();
        };
        try (Store store = Store.open(data.dir(), Store.Mode.WRITE)) {
            Analyzer analyzer = threads == null ? Analyzer.standard(options) : Analyzer.standard(options, threads);
            CorpusIngest.Result r;
            try (IngestProgress progress = IngestProgress.of(paths, err, System.err, quiet)) {
                r = new CorpusIngest(store, analyzer, () -> Tracer.standard(thresholds.copyOptions()))
                        .run(paths, System.in, problems, progress);
            }
            if (!quiet) {
                err.println("echotrace: " + r.summary().line() + "; corpus: " + r.line());
                err.flush();
            }
            return r.summary().failedInputs() > 0 ? EchotraceCli.SOME_FAILED : EchotraceCli.OK;
        } catch (StoreException e) {
            err.println("echotrace: " + e.getMessage());
            err.flush();
            return EchotraceCli.SOME_FAILED;
        }
    }
}

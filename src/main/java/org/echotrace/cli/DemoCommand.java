package org.echotrace.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import org.echotrace.AnalyzeOptions;
import org.echotrace.Analyzer;
import org.echotrace.output.TraceSpool;
import org.echotrace.trace.TraceResult;
import org.echotrace.trace.Tracer;
import org.echotrace.report.CorpusSummary;
import org.echotrace.report.SummaryPrinter;
import org.echotrace.serve.ServeOptions;
import org.echotrace.store.CorpusIngest;
import org.echotrace.store.Store;
import org.echotrace.store.StoreException;

/**
 * {@code echotrace demo}: runs the analyse pipeline over the bundled sample case ({@code samples/}), writes
 * the posts as JSON Lines, prints a readable summary of what was found, ingests the samples into a fresh demo
 * data directory and serves the dashboard over it until Ctrl-C ({@code --no-serve} stops after the summary).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Analyses the bundled sample corpus (samples/: a Foreign Ministry statement copied across "
                + "Telegram channels, wire stories, an aggregator, feeds and scraper records), writes the posts as "
                + "JSON Lines and prints a summary; then stores them in a fresh demo data directory and serves the "
                + "dashboard on it (http://127.0.0.1:7070/) until Ctrl-C.",
                "Exit status: 0 all inputs read, 1 some inputs failed or the samples were not found, 2 usage error."})
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--samples", paramLabel = "DIR",
            description = "The samples directory (default: ./samples, else the one next to the installation).")
    Path samples;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = "echotrace-demo.jsonl",
            description = "Where to write the posts (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "echotrace-demo-data",
            description = "The demo data directory, emptied and filled on each run (default: ${DEFAULT-VALUE}); "
                    + "an existing folder is only reused when an earlier demo made it.")
    Path data;

    @Option(names = "--no-serve", description = "Stop after the summary (for scripts).")
    boolean noServe;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Marks a folder as made by the demo, so a later demo may empty it. */
    static final String MARKER = ".echotrace-demo";

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = samples != null ? samples : locateSamples();
        if (dir == null || !Files.isDirectory(dir)) {
            err.println("echotrace: samples directory not found"
                    + (dir == null ? " (looked in ./samples and next to the installation); use --samples DIR"
                    : ": " + dir));
            return EchotraceCli.SOME_FAILED;
        }
        List<String> inputs = inputsOf(dir);
        CorpusSummary.Collector collector = new CorpusSummary.Collector();
        Analyzer.Summary run;
        String traced;
        Tracer tracer = Tracer.standard();
        try (OutputStream os = Files.newOutputStream(out);
             OutputStream buffered = new BufferedOutputStream(os, 1 << 16);
             TraceSpool spool = TraceSpool.createTemp()) {
            run = Analyzer.standard(AnalyzeOptions.defaults()).run(inputs, InputStream.nullInputStream(),
                    post -> {
                        tracer.add(post);
                        spool.write(post);
                        collector.add(post);
                    },
                    problem -> {
                        collector.add(problem);
                        err.println("echotrace: " + problem.format());
                        err.flush();
                    });
            TraceResult result = tracer.finish();
            spool.replay(result.posts(), buffered);
            traced = AnalyzeCommand.traceLine(result.posts());
        }
        boolean colour = System.console() != null && System.getenv("NO_COLOR") == null;
        stdout.println("echotrace demo: " + dir.toAbsolutePath().normalize());
        new SummaryPrinter(stdout, colour).print(collector.summarize(run.inputs()));
        stdout.println();
        stdout.println("Traced: " + traced);
        stdout.println("  (see who copied whom: ./echotrace graph samples --format csv; "
                + "./echotrace trace samples --post ID)");
        stdout.println();
        stdout.println(String.format(Locale.ROOT, "Wrote %d post%s to %s", run.posts(), run.posts() == 1 ? "" : "s",
                out.toAbsolutePath().normalize()));
        stdout.flush();
        int status = run.failedInputs() > 0 ? EchotraceCli.SOME_FAILED : EchotraceCli.OK;
        if (!freshDataDir(err)) {
            return EchotraceCli.SOME_FAILED;
        }
        try (Store store = Store.open(data, Store.Mode.WRITE)) {
            CorpusIngest.Result stored = new CorpusIngest(store, Analyzer.standard(AnalyzeOptions.defaults()), Tracer::standard)
                    .run(inputs, InputStream.nullInputStream(), p -> { }, CorpusIngest.Listener.NONE);
            stdout.println("Stored in " + data.toAbsolutePath().normalize() + ": " + stored.line());
        } catch (StoreException e) {
            err.println("echotrace: " + e.getMessage());
            return EchotraceCli.SOME_FAILED;
        }
        stdout.flush();
        if (noServe) {
            return status;
        }
        try {
            ServeCommand.serve(ServeOptions.defaults(data).withListen(ServeOptions.DEFAULT_HOST, port), stdout, err);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return status;
    }

    /** Empties the demo data directory (only one an earlier demo made) or creates it, and marks it. */
    private boolean freshDataDir(PrintWriter err) throws IOException {
        if (Files.exists(data)) {
            boolean empty;
            try (Stream<Path> s = Files.list(data)) {
                empty = s.findAny().isEmpty();
            }
            if (!empty && !Files.exists(data.resolve(MARKER))) {
                err.println("echotrace: " + data + " exists and was not made by the demo; give another folder with --data");
                return false;
            }
            try (Stream<Path> s = Files.walk(data)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    if (!p.equals(data)) {
                        Files.delete(p);
                    }
                }
            }
        }
        Files.createDirectories(data);
        Files.writeString(data.resolve(MARKER), "made by 'echotrace demo'; emptied by the next demo run\n");
        return true;
    }

    /** The sample inputs: every entry of {@code dir} except its documentation ({@code *.md}). */
    static List<String> inputsOf(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                    .sorted()
                    .map(Path::toString)
                    .toList();
        }
    }

    /** {@code ./samples}, else {@code <jar>/../../samples} (the jar sits in {@code target/}). */
    static Path locateSamples() {
        Path here = Path.of("samples");
        if (Files.isDirectory(here)) {
            return here;
        }
        try {
            CodeSource cs = DemoCommand.class.getProtectionDomain().getCodeSource();
            if (cs == null || cs.getLocation() == null) {
                return null;
            }
            Path jar = Path.of(cs.getLocation().toURI());
            Path parent = jar.getParent() == null ? null : jar.getParent().getParent();
            Path candidate = parent == null ? null : parent.resolve("samples");
            return candidate != null && Files.isDirectory(candidate) ? candidate : null;
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return null;
        }
    }
}

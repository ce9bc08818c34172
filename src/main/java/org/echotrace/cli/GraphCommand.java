package org.echotrace.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.echotrace.Analyzer;
import org.echotrace.output.OutputFailure;
import org.echotrace.output.OutputTarget;
import org.echotrace.output.graph.GexfWriter;
import org.echotrace.output.graph.GraphCsvWriter;
import org.echotrace.output.graph.GraphJsonWriter;
import org.echotrace.output.graph.GraphWriter;
import org.echotrace.output.graph.GraphmlWriter;
import org.echotrace.output.graph.SourceGraph;
import org.echotrace.trace.TraceResult;
import org.echotrace.trace.Tracer;

/** {@code echotrace graph}: the propagation graph between the sources of a corpus, for Gephi and Cytoscape. */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = {"Reads a corpus like 'analyze', traces copies and writes the propagation graph between "
                + "sources: a node per source (Telegram channel, outlet, site) with its post count, an edge per "
                + "origin source, copying source and relation (forwarded, credited, copied, translated), weighted "
                + "by the number of copies, with the median lag in seconds.",
                "GEXF and GraphML open in Gephi and Cytoscape; JSON has 'nodes' and 'edges' arrays; CSV is the "
                        + "edge table (source,target,relation,weight,median_lag_seconds).",
                "Exit status: 0 all inputs read, 1 some inputs failed, 2 usage error."})
public final class GraphCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read; '-' reads stdin.")
    List<String> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "gexf",
            description = "Graph format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    GraphFormat format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the graph to FILE instead of stdout.")
    Path out;

    @Mixin
    InputOptions input;

    @Option(names = {"-q", "--quiet"}, description = "Do not print the summary line.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CopyThresholds thresholds = new CopyThresholds();

    /** Makes the tracer; tests swap in one with fake finders. */
    Supplier<Tracer> tracers = () -> thresholds.tracer();

    enum GraphFormat {
        gexf(new GexfWriter()), graphml(new GraphmlWriter()), json(new GraphJsonWriter()), csv(new GraphCsvWriter());

        final GraphWriter writer;

        GraphFormat(GraphWriter writer) {
            this.writer = writer;
        }
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Tracer tracer = tracers.get();
        Analyzer.Summary summary = Analyzer.standard(input.toOptions(spec.commandLine()))
                .run(paths, System.in, tracer::add, p -> {
                    err.println("echotrace: " + p.format());
                    err.flush();
                });
        TraceResult result = tracer.finish();
        SourceGraph graph = SourceGraph.of(result);
        // like analyze: a failed write is one line and exit 1; --out goes through a temporary file renamed at the end
        try (OutputTarget target = out == null ? OutputTarget.stdout(System.out) : OutputTarget.file(out)) {
            OutputStream buffered = new BufferedOutputStream(target.stream(), 1 << 16);
            format.writer.write(graph, buffered);
            buffered.flush();
            target.commit();
        } catch (OutputFailure e) {
            err.println("echotrace: " + e.getMessage());
            err.flush();
            return EchotraceCli.SOME_FAILED;
        }
        if (!quiet) {
            err.println("echotrace: " + summary.line() + ", " + AnalyzeCommand.traceLine(result.posts())
                    + String.format(Locale.ROOT, "; graph: %d source%s, %d edge%s", graph.nodes().size(),
                    graph.nodes().size() == 1 ? "" : "s", graph.edges().size(), graph.edges().size() == 1 ? "" : "s"));
            err.flush();
        }
        return summary.failedInputs() > 0 ? EchotraceCli.SOME_FAILED : EchotraceCli.OK;
    }
}

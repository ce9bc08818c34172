package org.echotrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.echotrace.eval.ExtractionBenchmark;
import org.echotrace.eval.ShingleScorer;
import org.echotrace.ingest.article.ArticleHtmlReader;
import org.echotrace.model.Format;
import org.echotrace.model.Post;
import org.echotrace.model.Source;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code echotrace eval}: measures echotrace's quality against public benchmarks. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures extraction quality against a benchmark.")
public final class EvalCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        spec.commandLine().getErr().println("echotrace: 'eval' needs a benchmark, e.g. 'eval extraction'");
        return EchotraceCli.USAGE;
    }

    /** {@code echotrace eval extraction [DIR]}: article-body extraction F1 on the shingle benchmark. */
    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = "Article-body extraction on the article-extraction benchmark: precision, recall and F1 "
                    + "of 4-token shingles, averaged over pages.")
    int extraction(
            @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
                    defaultValue = "../shared/data/article-extraction-benchmark",
                    description = "Benchmark folder with html/, ground-truth.json and output/ (default: ${DEFAULT-VALUE}).")
            Path dir,
            @Option(names = "--compare", description = "Also score every tool output in DIR/output.")
            boolean compare,
            @Option(names = "--worst", paramLabel = "N", defaultValue = "0",
                    description = "List the N pages with the lowest F1.")
            int worst) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir) || !Files.isRegularFile(dir.resolve("ground-truth.json"))) {
            err.println("echotrace: benchmark folder not found (or has no ground-truth.json): " + dir);
            return EchotraceCli.USAGE;
        }
        ExtractionBenchmark bench = ExtractionBenchmark.open(dir);
        ArticleHtmlReader reader = new ArticleHtmlReader();
        Source source = Source.of("benchmark", Format.ARTICLE_HTML);
        ExtractionBenchmark.Run run = bench.run((html, url) ->
                reader.extract(html, url, source).map(b -> b.build().text()).orElse(null));
        out.println(String.format(Locale.ROOT, "%-16s %9s %9s %9s", "extractor", "precision", "recall", "F1"));
        print(out, "echotrace", run.summary());
        out.println(String.format(Locale.ROOT, "%d documents, %.1f pages/s", run.summary().documents(),
                run.pagesPerSecond()));
        if (compare) {
            out.println();
            for (Map.Entry<String, ShingleScorer.Summary> e : bench.toolSummaries().entrySet()) {
                print(out, e.getKey(), e.getValue());
            }
        }
        if (worst > 0) {
            out.println();
            out.println("worst pages:");
            for (ShingleScorer.DocumentScore d : run.worst(worst)) {
                out.println(String.format(Locale.ROOT, "  %s  F1 %.3f  P %.3f  R %.3f  (tp %d, fp %d, fn %d)",
                        d.id(), d.f1(), d.precision(), d.recall(), d.truePositives(), d.falsePositives(),
                        d.falseNegatives()));
            }
        }
        out.flush();
        return EchotraceCli.OK;
    }

    /**
     * {@code echotrace eval trace-audit PATH... --sample N --seed S}: random reported copies, translations,
     * same-story pairs and origin choices side by side, for a person to label.
     */
    @Command(name = "trace-audit", mixinStandardHelpOptions = true,
            description = {"Traces the inputs like 'analyze' and prints N random reported copy pairs, translations, "
                    + "same-story pairs and origin choices side by side (ids, sources, times, languages, the first "
                    + "400 characters of each text), each followed by a 'verdict:' line to fill in.",
                    "The same inputs, N and seed give the same samples."})
    int traceAudit(
            @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to trace.")
            java.util.List<String> paths,
            @Option(names = "--sample", paramLabel = "N", defaultValue = "50",
                    description = "Samples of each kind (default: ${DEFAULT-VALUE}).") int sample,
            @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
                    description = "Random seed (default: ${DEFAULT-VALUE}).") long seed,
            @CommandLine.Mixin InputOptions input,
            @CommandLine.Mixin CopyThresholds thresholds) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (sample < 1) {
            err.println("echotrace: --sample must be at least 1, was " + sample);
            return EchotraceCli.USAGE;
        }
        org.echotrace.trace.Tracer tracer = thresholds.tracer();
        org.echotrace.eval.TraceAudit audit = new org.echotrace.eval.TraceAudit();
        org.echotrace.Analyzer.Summary summary = org.echotrace.Analyzer.standard(input.toOptions(spec.commandLine()))
                .run(paths, System.in, post -> {
                    tracer.add(post);
                    audit.add(post);
                }, p -> {
                    err.println("echotrace: " + p.format());
                    err.flush();
                });
        org.echotrace.trace.TraceResult result = tracer.finish();
        audit.print(result, org.echotrace.eval.TraceAudit.draw(result, sample, seed),
                org.echotrace.eval.TraceAudit.totals(result), out);
        err.println("echotrace: " + summary.line() + ", " + AnalyzeCommand.traceLine(result.posts()));
        err.flush();
        return summary.failedInputs() > 0 ? EchotraceCli.SOME_FAILED : EchotraceCli.OK;
    }

    private static void print(PrintWriter out, String name, ShingleScorer.Summary s) {
        out.println(String.format(Locale.ROOT, "%-16s %9.4f %9.4f %9.4f", name, s.precision(), s.recall(), s.f1()));
    }
}

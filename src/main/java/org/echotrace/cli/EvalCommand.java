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
import org.echotrace.eval.ner.EntityEval;
import org.echotrace.eval.ner.NerCorpora;
import org.echotrace.kb.KnowledgeBase;
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

    /** {@code echotrace eval entities [DIR]}: entity F1 on the named-entity reporting sets. */
    @Command(name = "entities", mixinStandardHelpOptions = true,
            description = "Entities (PER, ORG, LOC) on the reporting sets of the named-entity corpora: NEREL test, "
                    + "the held-out fifth of wikigold, BTC section F. Scores the knowledge base alone, the trained "
                    + "tagger alone, and both merged as analyze runs them.")
    int entities(
            @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "../shared/data/ner",
                    description = "Folder holding nerel-v1.1, wikigold, btc (default: ${DEFAULT-VALUE}).")
            Path dir) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        NerCorpora corpora = new NerCorpora(dir);
        if (!corpora.present()) {
            err.println("echotrace: named-entity corpora not found (need nerel-v1.1/test, wikigold, btc): " + dir);
            return EchotraceCli.USAGE;
        }
        EntityEval eval = new EntityEval(corpora, KnowledgeBase.standard());
        for (EntityEval.SetScore s : eval.run()) {
            out.println(String.format(Locale.ROOT, "%s (%d documents; reporting set, never tuned on)", s.set(),
                    s.documents()));
            out.println(s.kb().lines("  knowledge base").get(0));
            out.println(s.model().lines("  tagger").get(0));
            s.merged().lines("  merged (analyze)").forEach(out::println);
            out.println(String.format(Locale.ROOT, "  merged, knowledge-base mentions: precision %.4f (knowledge base "
                    + "alone %.4f)", s.mergedKbMentions().precision(), s.kb().precision()));
            out.println(String.format(Locale.ROOT, "  entity stage: %.0f words/s", s.wordsPerSecond()));
            out.println();
        }
        out.flush();
        return EchotraceCli.OK;
    }

    private static void print(PrintWriter out, String name, ShingleScorer.Summary s) {
        out.println(String.format(Locale.ROOT, "%-16s %9.4f %9.4f %9.4f", name, s.precision(), s.recall(), s.f1()));
    }
}

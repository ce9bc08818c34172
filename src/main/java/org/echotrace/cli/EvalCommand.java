package org.echotrace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.echotrace.eval.ExtractionBenchmark;
import org.echotrace.eval.QuoteDraw;
import org.echotrace.eval.ShingleScorer;
import org.echotrace.eval.ner.EntityEval;
import org.echotrace.eval.ner.NerCorpora;
import org.echotrace.kb.KnowledgeBase;
import org.echotrace.ingest.article.ArticleHtmlReader;
import org.echotrace.model.Format;
import org.echotrace.model.Source;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code echotrace eval}: measures echotrace's quality against public benchmarks. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures extraction quality against a benchmark.")
public final class EvalCommand implements Callable<Integer> {
    /** The development sets looked for under {@code --data}, in report order. */
    private static final List<String> SETS =
            List.of("article-extraction-benchmark", "readability-test-pages", "newspaper-fixtures");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        spec.commandLine().getErr().println("echotrace: 'eval' needs a benchmark, e.g. 'eval extraction'");
        return EchotraceCli.USAGE;
    }

    /**
     * {@code echotrace eval extraction [DIR]}: article-body extraction on the three development sets (or on
     * the one set folder given), per set and, with {@code --pages}, per page.
     */
    @Command(name = "extraction", mixinStandardHelpOptions = true,
            description = {"Article-body extraction: precision, recall and F1 of 4-token shingles, averaged over "
                    + "pages, on each development set found under --data (article-extraction-benchmark, "
                    + "readability-test-pages, newspaper-fixtures), or on the one set folder DIR.",
                    "'empty' counts pages with expected text for which nothing was extracted."})
    int extraction(
            @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
                    description = "One set folder (its layout is recognised); default: every set under --data.")
            Path dir,
            @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
                    description = "Folder holding the development sets (default: ${DEFAULT-VALUE}).")
            Path data,
            @Option(names = "--compare", description = "Also score every tool output bundled with a set (output/).")
            boolean compare,
            @Option(names = {"--pages", "--worst"}, paramLabel = "N", defaultValue = "0",
                    description = "List the N pages of each set with the lowest F1, with their lost and leaked text.")
            int worst) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ExtractionBenchmark> sets = new ArrayList<>();
        if (dir != null) {
            ExtractionBenchmark set = openSet(dir);
            if (set == null) {
                err.println("echotrace: benchmark folder not found (or not a known layout): " + dir);
                return EchotraceCli.USAGE;
            }
            sets.add(set);
        } else {
            for (String name : SETS) {
                ExtractionBenchmark set = openSet(data.resolve(name));
                if (set == null) {
                    err.println("echotrace: set skipped, not found: " + data.resolve(name));
                } else {
                    sets.add(set);
                }
            }
            if (sets.isEmpty()) {
                err.println("echotrace: benchmark folder not found: no development set under " + data);
                return EchotraceCli.USAGE;
            }
        }
        ArticleHtmlReader reader = new ArticleHtmlReader();
        Source source = Source.of("benchmark", Format.ARTICLE_HTML);
        List<ExtractionBenchmark.Run> runs = new ArrayList<>();
        for (ExtractionBenchmark set : sets) {
            runs.add(set.run((html, url) -> reader.extract(html, url, source)
                    .map(b -> b.build().text()).orElse(null)));
        }
        out.println(String.format(Locale.ROOT, "%-30s %5s %9s %9s %9s %5s %8s", "set", "pages", "precision",
                "recall", "F1", "empty", "pages/s"));
        for (ExtractionBenchmark.Run run : runs) {
            ShingleScorer.Summary s = run.summary();
            out.println(String.format(Locale.ROOT, "%-30s %5d %9.4f %9.4f %9.4f %5d %8.1f", run.set(),
                    s.documents(), s.precision(), s.recall(), s.f1(), run.empty().size(), run.pagesPerSecond()));
        }
        if (compare) {
            for (ExtractionBenchmark set : sets) {
                Map<String, ShingleScorer.Summary> tools = set.toolSummaries();
                if (tools.isEmpty()) {
                    continue;
                }
                out.println();
                out.println("other tools on " + set.name() + ":");
                out.println(String.format(Locale.ROOT, "  %-18s %9s %9s %9s", "extractor", "precision", "recall", "F1"));
                for (Map.Entry<String, ShingleScorer.Summary> e : tools.entrySet()) {
                    ShingleScorer.Summary s = e.getValue();
                    out.println(String.format(Locale.ROOT, "  %-18s %9.4f %9.4f %9.4f", e.getKey(), s.precision(),
                            s.recall(), s.f1()));
                }
            }
        }
        if (worst > 0) {
            for (ExtractionBenchmark.Run run : runs) {
                out.println();
                out.println("worst pages of " + run.set() + ":");
                for (ExtractionBenchmark.PageResult p : run.worst(worst)) {
                    ShingleScorer.DocumentScore d = p.score();
                    out.println(String.format(Locale.ROOT, "  %s  F1 %.3f  P %.3f  R %.3f  (tp %d, fp %d, fn %d)",
                            d.id(), d.f1(), d.precision(), d.recall(), d.truePositives(), d.falsePositives(),
                            d.falseNegatives()));
                    ShingleScorer.Diff diff = ShingleScorer.diff(p.page().truth(), p.text(), 3);
                    diff.lost().forEach(l -> out.println("      lost:   " + l));
                    diff.leaked().forEach(l -> out.println("      leaked: " + l));
                }
            }
        }
        out.flush();
        return EchotraceCli.OK;
    }

    /** The set in {@code dir} by its layout, or null when it is none of the known ones. */
    private static ExtractionBenchmark openSet(Path dir) throws IOException {
        if (Files.isRegularFile(dir.resolve("ground-truth.json")) && Files.isDirectory(dir.resolve("html"))) {
            return ExtractionBenchmark.scrapingHub(dir);
        }
        if (Files.isDirectory(dir.resolve("pages"))) {
            return ExtractionBenchmark.readabilityPages(dir);
        }
        if (Files.isDirectory(dir.resolve("html")) && Files.isDirectory(dir.resolve("text"))) {
            return ExtractionBenchmark.newspaperFixtures(dir);
        }
        return null;
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

    /** {@code echotrace eval draw-quotes POSTS SEED COUNT [EXCLUDE…]}: quotes drawn at random for labelling. */
    @Command(name = "draw-quotes", mixinStandardHelpOptions = true,
            description = "Draws quotes at random (fixed seed) from analyze output (JSON Lines) for labelling their "
                    + "speakers by hand: each with its post's text around it, the speaker found and the label columns. "
                    + "Quotes already in the EXCLUDE label files are not drawn again.")
    int drawQuotes(
            @Parameters(index = "0", paramLabel = "POSTS", description = "analyze output, one post a line") Path posts,
            @Parameters(index = "1", paramLabel = "SEED", description = "seed of the draw") long seed,
            @Parameters(index = "2", paramLabel = "COUNT", description = "how many quotes to draw") int count,
            @Parameters(index = "3..*", arity = "0..*", paramLabel = "EXCLUDE",
                    description = "label files (tab-separated: file, item, start, end, …)") List<Path> exclude) {
        PrintWriter err = spec.commandLine().getErr();
        if (count < 0) {
            err.println("echotrace: COUNT must be 0 or more, was " + count);
            return EchotraceCli.USAGE;
        }
        try {
            QuoteDraw.draw(posts, seed, count, exclude == null ? List.of() : exclude, spec.commandLine().getOut());
        } catch (IOException e) {
            err.println("echotrace: " + (e instanceof java.nio.file.NoSuchFileException ? "no such file: " : "")
                    + e.getMessage());
            return EchotraceCli.SOME_FAILED;
        }
        return EchotraceCli.OK;
    }

    private static void print(PrintWriter out, String name, ShingleScorer.Summary s) {
        out.println(String.format(Locale.ROOT, "%-16s %9.4f %9.4f %9.4f", name, s.precision(), s.recall(), s.f1()));
    }
}

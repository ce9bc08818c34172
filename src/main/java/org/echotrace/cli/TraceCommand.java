package org.echotrace.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.echotrace.Analyzer;
import org.echotrace.output.TraceChain;
import org.echotrace.output.TraceChainWriter;
import org.echotrace.trace.TraceResult;
import org.echotrace.trace.Tracer;

/** {@code echotrace trace}: the chain of one message from its origin, copy by copy. */
@Command(name = "trace", mixinStandardHelpOptions = true,
        description = {"Reads a corpus like 'analyze', traces copies and prints the chain of one post: its origin "
                + "(the earliest copy), then every copy ordered by time, with the time (ISO 8601), the delay after "
                + "the origin, the source, the relation (forwarded, credited, copied, translated), similarity, "
                + "coverage and whether the copy is uncredited.",
                "Exit status: 0 the post was found, 1 some inputs failed or no post has that id, 2 usage error."})
public final class TraceCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read; '-' reads stdin.")
    List<String> paths;

    @Option(names = "--post", required = true, paramLabel = "ID",
            description = "The post to trace: its 'id' from 'echotrace analyze', or its URL (source.url).")
    String post;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ChainFormat format;

    @Mixin
    InputOptions input;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CopyThresholds thresholds = new CopyThresholds();

    /** Makes the tracer; tests swap in one with fake finders. */
    Supplier<Tracer> tracers = () -> thresholds.tracer();

    enum ChainFormat { text, json }

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Tracer tracer = tracers.get();
        // published and URL per post: the chain shows them as written, and they are small
        List<String> published = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        int[] found = {-1};
        String wanted = post.strip();
        Analyzer.Summary summary = Analyzer.standard(input.toOptions(spec.commandLine()))
                .run(paths, System.in, p -> {
                    int i = tracer.add(p);
                    published.add(p.published());
                    urls.add(p.source().url());
                    if (found[0] < 0 && (wanted.equals(p.id()) || wanted.equals(p.source().url()))) {
                        found[0] = i;
                    }
                }, p -> {
                    err.println("echotrace: " + p.format());
                    err.flush();
                });
        if (found[0] < 0) {
            err.println("echotrace: no post with id or URL '" + safe(wanted) + "' in " + summary.posts() + " post"
                    + (summary.posts() == 1 ? "" : "s") + " read");
            err.flush();
            return EchotraceCli.SOME_FAILED;
        }
        TraceResult result = tracer.finish();
        TraceChain chain = TraceChain.of(result, found[0], published, urls);
        if (format == ChainFormat.json) {
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            TraceChainWriter.json(chain, json);
            spec.commandLine().getOut().print(json.toString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
        } else {
            TraceChainWriter.text(chain, spec.commandLine().getOut());
        }
        if (spec.commandLine().getOut().checkError() || System.out.checkError()) {
            err.println("echotrace: cannot write to standard output: the write failed (disk full, or the reading end of the "
                    + "pipe closed)");
            err.flush();
            return EchotraceCli.SOME_FAILED;
        }
        return summary.failedInputs() > 0 ? EchotraceCli.SOME_FAILED : EchotraceCli.OK;
    }

    private static String safe(String s) {
        return s.codePoints().limit(200).collect(StringBuilder::new,
                (b, c) -> b.appendCodePoint(c < 0x20 || c >= 0x7F && c <= 0x9F ? '\uFFFD' : c),
                StringBuilder::append).toString();
    }
}

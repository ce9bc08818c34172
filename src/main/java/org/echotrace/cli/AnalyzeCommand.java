package org.echotrace.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.echotrace.AnalyzeOptions;
import org.echotrace.Analyzer;
import org.echotrace.model.Format;
import org.echotrace.output.JsonlWriter;

/** {@code echotrace analyze}: inputs in, one JSON object per clean post out. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Reads files, directories (recursively), '-' for stdin, and .gz/.zip content, detects each "
                + "input's format by content, and writes one JSON object per post (JSON Lines).",
                "Formats: Telegram Desktop export (result.json), saved t.me/s pages (HTML or text), news "
                        + "articles (HTML or text), RSS/Atom feeds, WARC, JSON/JSON Lines/CSV records.",
                "Exit status: 0 all inputs read, 1 some inputs failed, 2 usage error."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read; '-' reads stdin.")
    List<String> paths;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write posts to FILE instead of stdout.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Read every input as this format instead of detecting it: telegram-export, telegram-html, "
                    + "telegram-text, article-html, article-text, feed, warc, records-json, records-jsonl, records-csv.")
    String inputFormat;

    @Option(names = "--map", split = ",", paramLabel = "FIELD=NAME",
            description = "Record field names, e.g. --map text=body,date=ts,id=msg_id,channel=chat. "
                    + "Fields: text, title, date, id, channel, url, author, views, forwarded_from.")
    Map<String, String> fieldMap = new LinkedHashMap<>();

    @Option(names = {"-q", "--quiet"}, description = "Do not print the summary line.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    enum OutputFormat { jsonl }

    static final List<String> MAP_FIELDS = List.of("text", "title", "date", "id", "channel", "url", "author",
            "views", "forwarded_from");

    @Override
    public Integer call() throws IOException {
        Format forced = null;
        if (inputFormat != null) {
            try {
                forced = Format.fromId(inputFormat);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "unknown --input-format '" + inputFormat + "'");
            }
        }
        for (String key : fieldMap.keySet()) {
            if (!MAP_FIELDS.contains(key)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "unknown --map field '" + key + "' (known: " + String.join(", ", MAP_FIELDS) + ")");
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        OutputStream os = out == null ? System.out : Files.newOutputStream(out);
        Analyzer.Summary summary;
        try (JsonlWriter writer = new JsonlWriter(new BufferedOutputStream(os, 1 << 16))) {
            summary = Analyzer.standard(new AnalyzeOptions(forced, fieldMap))
                    .run(paths, System.in, writer::write, p -> {
                        err.println("echotrace: " + p.format());
                        err.flush();
                    });
            writer.flush();
        } finally {
            if (out == null) {
                System.out.flush();
            } else {
                os.close();
            }
        }
        if (!quiet) {
            err.println("echotrace: " + summary.line());
            err.flush();
        }
        return summary.failedInputs() > 0 ? EchotraceCli.SOME_FAILED : EchotraceCli.OK;
    }
}

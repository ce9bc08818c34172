package org.echotrace.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Option;

import org.echotrace.AnalyzeOptions;
import org.echotrace.ingest.WalkOptions;
import org.echotrace.model.Format;

/** The input options shared by every command that reads a corpus: a forced format and record field names. */
final class InputOptions {
    static final List<String> MAP_FIELDS = List.of("text", "title", "date", "id", "channel", "url", "author",
            "views", "forwarded_from");

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Read every input as this format instead of detecting it: telegram-export, "
                    + "telegram-export-html, telegram-html, telegram-text, article-html, article-text, feed, warc, records-json, records-jsonl, records-csv.")
    String inputFormat;

    @Option(names = "--map", split = ",", paramLabel = "FIELD=NAME",
            description = "Record field names, e.g. --map text=body,date=ts,id=msg_id,channel=chat. "
                    + "Fields: text, title, date, id, channel, url, author, views, forwarded_from.")
    Map<String, String> fieldMap = new LinkedHashMap<>();

    @Option(names = "--include", split = ",", paramLabel = "GLOB",
            description = "Read only the files of input directories that match one of these globs: a glob without "
                    + "'/' matches the file name (--include '*.html,*.json'), one with '/' the path inside the directory.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", split = ",", paramLabel = "GLOB",
            description = "Leave out the files of input directories that match one of these globs (--exclude "
                    + "'*.csv,drafts/**'). Files named on the command line are always read.")
    List<String> exclude = new ArrayList<>();

    /** The analyse options these flags ask for; a usage error names a bad format, field or glob. */
    AnalyzeOptions toOptions(CommandLine commandLine) {
        Format forced = null;
        if (inputFormat != null) {
            try {
                forced = Format.fromId(inputFormat);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(commandLine, "unknown --input-format '" + inputFormat + "'");
            }
        }
        for (String key : fieldMap.keySet()) {
            if (!MAP_FIELDS.contains(key)) {
                throw new CommandLine.ParameterException(commandLine,
                        "unknown --map field '" + key + "' (known: " + String.join(", ", MAP_FIELDS) + ")");
            }
        }
        WalkOptions walk;
        try {
            walk = new WalkOptions(include, exclude, List.of());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, "invalid --include/--exclude: " + e.getMessage());
        }
        return new AnalyzeOptions(forced, fieldMap, walk);
    }
}

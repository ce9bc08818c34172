package org.echotrace.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.echotrace.store.CorpusExport;
import org.echotrace.store.Store;
import org.echotrace.store.StoreException;
import org.echotrace.store.index.PostSearch;

/** {@code echotrace export}: the corpus (or the posts a search selects), streamed, uncapped. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the corpus, streamed and uncapped: a table (posts, mentions, quotes, copies, stories) "
                + "as JSON Lines, CSV or Parquet, or the graph between sources as GEXF or GraphML. Posts as JSON Lines "
                + "are exactly what 'analyze' writes. --query and the filters narrow every table to the matching posts.",
                "Exit status: 0 done, 1 the corpus could not be read, 2 usage error."})
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl, csv, parquet (needs --out), gexf or graphml (default: ${DEFAULT-VALUE}).")
    Format format;

    enum Format { jsonl, csv, parquet, gexf, graphml }

    @Option(names = "--table", paramLabel = "TABLE", defaultValue = "posts",
            description = "posts, mentions, quotes, copies or stories (default: ${DEFAULT-VALUE}); not for graphs.")
    String table;

    @Option(names = "--query", paramLabel = "QUERY", description = "Only posts matching this search query.")
    String query;

    @Mixin
    SearchFilters filters;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path out;

    @Mixin
    DataOptions data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!CorpusExport.TABLES.contains(table)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown --table '" + table + "' (known: "
                    + String.join(", ", CorpusExport.TABLES) + ")");
        }
        if (format == Format.parquet && out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format parquet needs --out FILE");
        }
        try (Store store = Store.open(data.dir(), Store.Mode.READ)) {
            CorpusExport export = new CorpusExport(store.connection());
            if (query != null || filters.any()) {
                try {
                    export.select(new PostSearch(store.index(), store.connection()).allSeqs(query, filters.toFilters()));
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
                }
            }
            long rows;
            if (format == Format.parquet) {
                rows = export.parquet(table, out);
            } else {
                Path tmp = out == null ? null : Files.createTempFile(out.toAbsolutePath().getParent(), ".echotrace-", ".part");
                try {
                    try (OutputStream os = new BufferedOutputStream(tmp == null ? new NonClosing(System.out)
                            : Files.newOutputStream(tmp), 1 << 16)) {
                        rows = format == Format.gexf || format == Format.graphml
                                ? export.writeGraph(format.name(), os)
                                : export.write(table, format.name(), os);
                    }
                    if (tmp != null) {
                        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    }
                } finally {
                    if (tmp != null) {
                        Files.deleteIfExists(tmp);
                    }
                }
            }
            err.println("echotrace: " + rows + (format == Format.gexf || format == Format.graphml ? " edges" : " rows")
                    + " exported");
            err.flush();
            return EchotraceCli.OK;
        } catch (StoreException e) {
            err.println("echotrace: " + e.getMessage());
            err.flush();
            return EchotraceCli.SOME_FAILED;
        }
    }

    /** Standard output that a try-with-resources flushes but does not close. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws java.io.IOException {
            flush();
        }
    }
}

package org.echotrace.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import org.echotrace.store.CorpusQueries;
import org.echotrace.store.Store;
import org.echotrace.store.StoreException;

/** {@code echotrace stats}: what the corpus holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Says what the corpus holds: rows per table, "
        + "posts by source, language and format, the most named entities, and the last ingests.")
public final class StatsCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Store store = Store.open(data.dir(), Store.Mode.READ)) {
            CorpusQueries q = store.queries();
            out.println("corpus " + store.dir());
            print(out, "rows", q.counts());
            print(out, "posts by source", q.top("source", "posts", 15));
            print(out, "posts by language", q.top("language", "posts", 10));
            print(out, "posts by format", q.top("format", "posts", 10));
            print(out, "most named entities", q.top("entity_id", "mentions", 10));
            print(out, "copies by relation", q.top("relation", "copies", 10));
            print(out, "ingests by status", q.top("status", "ingests", 5));
            out.flush();
            return EchotraceCli.OK;
        } catch (StoreException e) {
            err.println("echotrace: " + e.getMessage());
            err.flush();
            return EchotraceCli.SOME_FAILED;
        }
    }

    private static void print(PrintWriter out, String title, Map<String, Long> counts) {
        out.println();
        out.println(title);
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            out.printf(Locale.ROOT, "  %10d  %s%n", e.getValue(), e.getKey());
        }
    }
}

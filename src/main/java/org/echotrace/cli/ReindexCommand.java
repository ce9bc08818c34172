package org.echotrace.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import org.echotrace.store.Store;
import org.echotrace.store.StoreException;
import org.echotrace.store.index.IndexSync;

/** {@code echotrace reindex}: rebuilds the search index from the record. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuilds the Lucene search index of the corpus from its DuckDB record (the index is derived "
                + "data: nothing is lost by rebuilding it).")
public final class ReindexCommand implements Callable<Integer> {
    @Mixin
    DataOptions data;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        try (Store store = Store.open(data.dir(), Store.Mode.WRITE)) {
            long t0 = System.nanoTime();
            IndexSync.Result r = IndexSync.rebuild(store, store.index());
            err.printf(java.util.Locale.ROOT, "echotrace: %d posts indexed in %.1f s%n", r.reindexed(),
                    (System.nanoTime() - t0) / 1e9);
            err.flush();
            return EchotraceCli.OK;
        } catch (StoreException e) {
            err.println("echotrace: " + e.getMessage());
            err.flush();
            return EchotraceCli.SOME_FAILED;
        }
    }
}

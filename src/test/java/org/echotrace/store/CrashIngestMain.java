package org.echotrace.store;

import java.io.InputStream;
import java.nio.file.Paths;
import java.util.Arrays;

import org.echotrace.AnalyzeOptions;
import org.echotrace.Analyzer;
import org.echotrace.clean.PostIds;
import org.echotrace.ingest.Readers;
import org.echotrace.trace.Tracer;

/**
 * The process {@link CrashSafetyTest} kills: ingests its arguments into the data directory named first, with only
 * the id stage (start-up stays short; the store is what is under test). Prints {@code open} once the store is
 * open, {@code done} at the end.
 */
public final class CrashIngestMain {
    private CrashIngestMain() {
    }

    public static void main(String[] args) {
        try (Store store = Store.open(Paths.get(args[0]), Store.Mode.WRITE)) {
            store.index();
            System.out.println("open");
            System.out.flush();
            Analyzer analyzer = new Analyzer(Readers.standard(), new PostIds(), AnalyzeOptions.defaults(), 2);
            new CorpusIngest(store, analyzer, Tracer::standard).run(Arrays.asList(args).subList(1, args.length),
                    InputStream.nullInputStream(), p -> System.err.println(p.format()), CorpusIngest.Listener.NONE);
        }
        System.out.println("done");
    }
}

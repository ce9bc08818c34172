package org.echotrace.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.echotrace.AnalyzeOptions;
import org.echotrace.Analyzer;
import org.echotrace.store.CorpusIngest;
import org.echotrace.store.Store;
import org.echotrace.trace.Tracer;

/**
 * A corpus for the server's tests, built once per test JVM: the bundled samples plus our hostile fixture
 * ({@code serve/xss/hostile.jsonl}: markup, event handlers, {@code javascript:} links and right-to-left overrides
 * in the text, the title and the channel name), ingested into a temporary data directory.
 */
final class ServedSamples {

    private static Path dir;

    private ServedSamples() {
    }

    static synchronized Path dataDir() {
        if (dir != null) {
            return dir;
        }
        try {
            Path d = Files.createTempDirectory("echotrace-serve-test");
            List<String> inputs = new ArrayList<>(org.echotrace.cli.DemoCommandAccess.sampleInputs());
            inputs.add(hostile().toString());
            try (Store store = Store.open(d, Store.Mode.WRITE)) {
                new CorpusIngest(store, Analyzer.standard(AnalyzeOptions.defaults()), Tracer::standard)
                        .run(inputs, InputStream.nullInputStream(), p -> { }, CorpusIngest.Listener.NONE);
            }
            dir = d;
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path hostile() {
        return Path.of("src/test/resources/serve/xss/hostile.jsonl").toAbsolutePath();
    }
}
